// Stored replies for Idempotency-Key (migrations/0004_idempotency.sql).

export interface StoredReply {
  request_hash: string;
  status: number | null;
  body: string | null;
  created_at: string;
}

/**
 * Claims the key for this request, or returns what is already stored under it,
 * in one round trip. A claim left unfinished before `staleBefore` (its request
 * failed without clearing it), or any record created before `expiredBefore`
 * (not yet purged), is taken over.
 */
export async function claimKey(db: D1Database, args: { scope: string; key: string; requestHash: string; now: string; staleBefore: string; expiredBefore: string }) {
  const [claim, row] = await db.batch<StoredReply>([
    db
      .prepare(
        `INSERT INTO idempotency_keys (scope, key, request_hash, status, body, created_at) VALUES (?1, ?2, ?3, NULL, NULL, ?4)
         ON CONFLICT(scope, key) DO UPDATE SET request_hash = excluded.request_hash, status = NULL, body = NULL, created_at = excluded.created_at
         WHERE (idempotency_keys.status IS NULL AND idempotency_keys.created_at < ?5) OR idempotency_keys.created_at < ?6`,
      )
      .bind(args.scope, args.key, args.requestHash, args.now, args.staleBefore, args.expiredBefore),
    db.prepare("SELECT request_hash, status, body, created_at FROM idempotency_keys WHERE scope = ? AND key = ?").bind(args.scope, args.key),
  ]);
  return { claimed: claim!.meta.changes === 1, stored: row!.results[0] };
}

export async function storeReply(db: D1Database, args: { scope: string; key: string; status: number; body: string }) {
  await db.prepare("UPDATE idempotency_keys SET status = ?3, body = ?4 WHERE scope = ?1 AND key = ?2").bind(args.scope, args.key, args.status, args.body).run();
}

/** Releases a claim whose request did not succeed, so a retry with the same key runs again. */
export async function releaseKey(db: D1Database, args: { scope: string; key: string }) {
  await db.prepare("DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND status IS NULL").bind(args.scope, args.key).run();
}

/** Rows deleted per statement by the purge: one statement stays well under D1's per-query time limit. */
const PURGE_BATCH = 5_000;
const PURGE_STATEMENTS = 10;

/** Deletes the replies created before `before`, up to PURGE_BATCH × PURGE_STATEMENTS of them; returns how many. */
export async function deleteExpiredReplies(db: D1Database, before: string): Promise<number> {
  const statement = db
    .prepare("DELETE FROM idempotency_keys WHERE rowid IN (SELECT rowid FROM idempotency_keys WHERE created_at < ? LIMIT ?)")
    .bind(before, PURGE_BATCH);
  let deleted = 0;
  for (let i = 0; i < PURGE_STATEMENTS; i++) {
    const { meta } = await statement.run();
    deleted += meta.changes;
    if (meta.changes < PURGE_BATCH) break;
  }
  return deleted;
}

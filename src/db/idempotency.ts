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
 * failed without clearing it) is taken over.
 */
export async function claimKey(db: D1Database, args: { scope: string; key: string; requestHash: string; now: string; staleBefore: string }) {
  const [claim, row] = await db.batch<StoredReply>([
    db
      .prepare(
        `INSERT INTO idempotency_keys (scope, key, request_hash, status, body, created_at) VALUES (?1, ?2, ?3, NULL, NULL, ?4)
         ON CONFLICT(scope, key) DO UPDATE SET request_hash = excluded.request_hash, created_at = excluded.created_at
         WHERE idempotency_keys.status IS NULL AND idempotency_keys.created_at < ?5`,
      )
      .bind(args.scope, args.key, args.requestHash, args.now, args.staleBefore),
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

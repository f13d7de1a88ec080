import { deleteExpiredBlocks } from "./db/auth-blocks";
import { deleteExpiredReplies } from "./db/idempotency";
import { IDEMPOTENCY_TTL_MS } from "./http/idempotency";

// The hourly cron (wrangler.toml [triggers]): stored idempotent replies older
// than their lifetime and expired address blocks are deleted, so neither table
// grows without bound. Each run deletes at most a bounded number of rows per
// statement; a backlog larger than that is finished by the following runs.

export async function purgeExpired(db: D1Database, now = new Date()) {
  const replies = await deleteExpiredReplies(db, new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString());
  const blocks = await deleteExpiredBlocks(db, now.toISOString());
  return { replies, blocks };
}

export const scheduled: ExportedHandlerScheduledHandler<Env> = async (_controller, env) => {
  await purgeExpired(env.DB);
};

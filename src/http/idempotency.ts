import { createMiddleware } from "hono/factory";
import { z } from "@hono/zod-openapi";
import { claimKey, releaseKey, storeReply } from "../db/idempotency";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";
import { sha256Hex } from "./secrets";

// Idempotency-Key on the writes a client may need to retry after losing the
// reply (saving a response, finishing, creating, importing or generating a
// quiz). The first request with a key claims it; a retry with the same key
// and the same request gets the first reply, stored only after D1 committed
// the write; the same key with a different request is refused (422); a retry
// while the first is still being served gets 409. Only successful replies are
// kept: after an error the key is released and a retry runs again. A reply
// answers retries for IDEMPOTENCY_TTL_MS; then the key is free again.

const CLAIM_STALE_MS = 60_000;
/** How long a stored reply answers a retry: a day, as Stripe keeps its keys; the hourly purge deletes older ones. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;

export const IdempotencyHeader = z.object({
  "idempotency-key": z
    .string()
    .regex(KEY_FORMAT, "Idempotency-Key must be 1 to 200 visible ASCII characters")
    .optional()
    .openapi({ description: "makes a retry of this request return the first reply instead of acting twice" }),
});

/** After the route's auth middleware: the key's scope is the teacher, or the attempt and its token. */
export const idempotent = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header("Idempotency-Key");
  if (key === undefined) return next();
  if (!KEY_FORMAT.test(key)) throw new ApiError("validation_failed", "Idempotency-Key must be 1 to 200 visible ASCII characters (a UUID is a good choice).");
  const teacher = c.var.teacher;
  const token = c.var.attemptToken;
  const scope = teacher ? `teacher:${teacher.id}` : `attempt:${c.req.param("attemptId")}:${await sha256Hex(token ?? "")}`;
  const requestHash = await sha256Hex(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
  const now = new Date();
  const { claimed, stored } = await claimKey(c.env.DB, { scope, key, requestHash, now: now.toISOString(), staleBefore: new Date(now.getTime() - CLAIM_STALE_MS).toISOString(),
    expiredBefore: new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString(),
  });
  if (!claimed) {
    if (!stored || stored.request_hash !== requestHash) {
      throw new ApiError("unprocessable", "This Idempotency-Key was already used with a different request. Use a new key for a new request.");
    }
    if (stored.status === null) throw new ApiError("conflict", "The first request with this Idempotency-Key is still being served. Retry in a moment.");
    return c.body(stored.body ?? "", stored.status as 200, { "Content-Type": "application/json", "Idempotency-Replayed": "true" });
  }
  await next();
  if (c.res.status >= 200 && c.res.status < 300) {
    await storeReply(c.env.DB, { scope, key, status: c.res.status, body: await c.res.clone().text() });
  } else {
    await releaseKey(c.env.DB, { scope, key });
  }
});

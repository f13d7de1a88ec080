import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { blockAddress, blockedUntil } from "../db/auth-blocks";
import { findTeacherByKeyHash } from "../db/teachers";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";
import { clientAddress } from "./rate-limit";
import { secretsEqual, sha256Hex } from "./secrets";

// Teacher keys and attempt tokens are 256-bit random secrets; the admin token
// is whatever the operator set. Guessing any of them is slowed per address:
// after FAILURES_PER_MINUTE wrong keys in a minute (the AUTH_FAILURES_PER_CLIENT
// limiter in wrangler.toml) no teacher or admin key is checked from that
// address for BLOCK_MINUTES, right or wrong, so a guess can never be confirmed
// faster than that. Attempt tokens are checked against one attempt by the
// service, and that attempt's saves are rate limited already.

const BLOCK_MINUTES = 15;

/** Admin tokens no operator should run with: too short, or the one earlier versions of .dev.vars.example shipped. */
const MIN_ADMIN_TOKEN_LENGTH = 16;
const PUBLISHED_ADMIN_TOKEN = "local-admin-token-change-me";

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}

function blocked(c: Context<AppEnv>, until: string): never {
  c.header("Retry-After", String(Math.max(1, Math.ceil((Date.parse(until) - Date.now()) / 1000))));
  throw new ApiError("rate_limited", `Too many wrong keys were sent from this address, so keys from it are not checked for ${BLOCK_MINUTES} minutes. Wait, then sign in again with the key you were given.`);
}

/** Counts a wrong key against the address; past the limit, blocks the address and refuses this request too. */
async function countFailure(c: Context<AppEnv>, address: string | null) {
  if (!address) return;
  const { success } = await c.env.AUTH_FAILURES_PER_CLIENT.limit({ key: address });
  if (success) return;
  const until = new Date(Date.now() + BLOCK_MINUTES * 60_000).toISOString();
  await blockAddress(c.env.DB, address, until);
  blocked(c, until);
}

/**
 * The teacher holding this key, or null (a wrong key is counted against the
 * client's address). Throws rate_limited when the address is blocked.
 */
export async function authenticateTeacher(c: Context<AppEnv>, key: string) {
  const address = clientAddress(c);
  const { teacher, blockedUntil: until } = await findTeacherByKeyHash(c.env.DB, await sha256Hex(key), { address, now: new Date().toISOString() });
  if (until) blocked(c, until);
  if (!teacher) await countFailure(c, address);
  return teacher;
}

/** Teacher-only routes: a valid teacher key is required. */
export const requireTeacher = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header("Authorization"));
  if (!token) throw new ApiError("unauthorized", "This needs a teacher key: send 'Authorization: Bearer <teacher key>'.");
  const teacher = await authenticateTeacher(c, token);
  if (!teacher) throw new ApiError("unauthorized", "The teacher key is not valid. Check the key you were given when your teacher account was created.");
  c.set("teacher", teacher);
  await next();
});

/**
 * Routes students and teachers share: a teacher key, when sent, adds the
 * owner's view. Any other bearer token (a student's attempt token, say) is
 * anonymous there and is not looked up.
 */
export const optionalTeacher = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header("Authorization"));
  const teacher = token?.startsWith("tk_") ? await authenticateTeacher(c, token) : null;
  if (teacher) c.set("teacher", teacher);
  await next();
});

export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  if (!expected) throw new ApiError("forbidden", "Creating teachers is disabled: the ADMIN_TOKEN secret is not set on this worker.");
  if (expected.length < MIN_ADMIN_TOKEN_LENGTH || expected === PUBLISHED_ADMIN_TOKEN) {
    throw new ApiError("forbidden", `Creating teachers is disabled: ADMIN_TOKEN is ${expected === PUBLISHED_ADMIN_TOKEN ? "the published example value" : `shorter than ${MIN_ADMIN_TOKEN_LENGTH} characters`}. Set a long random one (npm start writes one to .dev.vars; deployed, use wrangler secret put ADMIN_TOKEN).`);
  }
  const token = bearerToken(c.req.header("Authorization"));
  if (!token) throw new ApiError("unauthorized", "This needs the admin token: send 'Authorization: Bearer <ADMIN_TOKEN>'.");
  const address = clientAddress(c);
  const until = address ? await blockedUntil(c.env.DB, address, new Date().toISOString()) : null;
  if (until) blocked(c, until);
  if (!(await secretsEqual(token, expected))) {
    await countFailure(c, address);
    throw new ApiError("unauthorized", "The admin token is not valid.");
  }
  await next();
});

/** Attempt routes: the bearer attempt token, checked against the attempt itself by the service. */
export const requireAttemptToken = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header("Authorization"));
  if (!token) throw new ApiError("unauthorized", "This needs the attempt token you got when the attempt started: send 'Authorization: Bearer <token>'.");
  c.set("attemptToken", token);
  await next();
});

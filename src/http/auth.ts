import { createMiddleware } from "hono/factory";
import { findTeacherByKeyHash } from "../db/teachers";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";
import { secretsEqual, sha256Hex } from "./secrets";

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}

export async function teacherFromToken(db: D1Database, token: string) {
  return findTeacherByKeyHash(db, await sha256Hex(token));
}

/** Teacher-only routes: a valid teacher key is required. */
export const requireTeacher = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header("Authorization"));
  if (!token) throw new ApiError("unauthorized", "This needs a teacher key: send 'Authorization: Bearer <teacher key>'.");
  const teacher = await teacherFromToken(c.env.DB, token);
  if (!teacher) throw new ApiError("unauthorized", "The teacher key is not valid. Check the key you were given when your teacher account was created.");
  c.set("teacher", teacher);
  await next();
});

/**
 * Routes students and teachers share: a teacher key, when sent, adds the
 * owner's view. Any other bearer token (a student's attempt token, say) is
 * simply anonymous there.
 */
export const optionalTeacher = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header("Authorization"));
  const teacher = token ? await teacherFromToken(c.env.DB, token) : null;
  if (teacher) c.set("teacher", teacher);
  await next();
});

export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  if (!expected) throw new ApiError("forbidden", "Creating teachers is disabled: the ADMIN_TOKEN secret is not set on this worker.");
  const token = bearerToken(c.req.header("Authorization"));
  if (!token) throw new ApiError("unauthorized", "This needs the admin token: send 'Authorization: Bearer <ADMIN_TOKEN>'.");
  if (!(await secretsEqual(token, expected))) throw new ApiError("unauthorized", "The admin token is not valid.");
  await next();
});

/** Attempt routes: the bearer attempt token, checked against the attempt itself by the service. */
export const requireAttemptToken = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header("Authorization"));
  if (!token) throw new ApiError("unauthorized", "This needs the attempt token you got when the attempt started: send 'Authorization: Bearer <token>'.");
  c.set("attemptToken", token);
  await next();
});

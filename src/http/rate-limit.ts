import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";

// Rate limits on the calls that cost the most or could be abused: starting
// attempts and saving answers (per client address, and per attempt, so the
// scorer cannot be used as an answer oracle at speed), and generating and
// importing (per teacher). The limits themselves are in wrangler.toml.

type Limiter = "START_PER_CLIENT" | "SAVE_PER_CLIENT" | "SAVE_PER_ATTEMPT" | "TEACHER_HEAVY";

/**
 * The client's address as Cloudflare gives it. Without one (a test calling the
 * Worker directly) the per-address limits do not apply; the per-attempt and
 * per-teacher ones still do.
 */
export const clientAddress = (c: Context<AppEnv>) => c.req.header("CF-Connecting-IP") ?? null;

export function rateLimit(limiter: Limiter, keyOf: (c: Context<AppEnv>) => string | null | undefined, what: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = keyOf(c);
    if (key) {
      const { success } = await c.env[limiter].limit({ key });
      if (!success) {
        c.header("Retry-After", "60");
        throw new ApiError("rate_limited", `${what} Wait a minute, then try again.`);
      }
    }
    await next();
  });
}

export const limitStartsPerClient = rateLimit("START_PER_CLIENT", clientAddress, "Too many attempts were started from this address in the last minute.");
export const limitSavesPerClient = rateLimit("SAVE_PER_CLIENT", clientAddress, "Too many answers were saved from this address in the last minute.");
export const limitSavesPerAttempt = rateLimit("SAVE_PER_ATTEMPT", (c) => c.req.param("attemptId"), "This attempt saved answers faster than a person answers.");
export const limitTeacherHeavy = rateLimit("TEACHER_HEAVY", (c) => c.var.teacher?.id, "Too many quizzes were generated or imported with this teacher key in the last minute.");

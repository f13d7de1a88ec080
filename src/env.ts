import type { Teacher } from "./db/teachers";

/** Hono's environment: the Worker bindings (types from `wrangler types`) and per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    teacher?: Teacher;
    /** The bearer token of an attempt route, not yet checked against the attempt. */
    attemptToken?: string;
  };
}

import { applyD1Migrations, env } from "cloudflare:test";

// Idempotent: wrangler's migration table records what has been applied.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

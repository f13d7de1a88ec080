// `npm start`: install, create .dev.vars with a random local ADMIN_TOKEN,
// apply the D1 migrations to the local database, and run the worker on
// localhost:8787.
import { execSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

// The token every copy of .dev.vars.example once held: a well-known value that
// anyone on the network could use, so a .dev.vars still holding it gets a new one.
const WELL_KNOWN = "local-admin-token-change-me";

execSync("node scripts/ensure-deps.mjs", { stdio: "inherit" });
const vars = existsSync(".dev.vars") ? readFileSync(".dev.vars", "utf8") : null;
if (vars === null || vars.includes(WELL_KNOWN)) {
  const token = randomBytes(24).toString("base64url");
  const line = `ADMIN_TOKEN="${token}"`;
  writeFileSync(".dev.vars", vars === null ? `${line}\n` : vars.replace(/^ADMIN_TOKEN=.*$/m, line), { mode: 0o600 });
  console.log(`\nA new local admin token is in .dev.vars (create teachers with it):\n\n  ADMIN_TOKEN=${token}\n`);
}
execSync("npx wrangler d1 migrations apply DB --local", { stdio: "inherit", env: { ...process.env, CI: "true" } });
const port = process.env.PORT ?? "8787";
const dev = spawn("npx", ["wrangler", "dev", "--local", "--port", port, ...process.argv.slice(2)], { stdio: "inherit" });
dev.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));

// `npm start`: install, create .dev.vars from the example, apply the D1
// migrations to the local database, and run the worker on localhost:8787.
import { execSync, spawn } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";

execSync("node scripts/ensure-deps.mjs", { stdio: "inherit" });
if (!existsSync(".dev.vars")) {
  copyFileSync(".dev.vars.example", ".dev.vars");
  console.log("Created .dev.vars from .dev.vars.example (local ADMIN_TOKEN).");
}
execSync("npx wrangler d1 migrations apply DB --local", { stdio: "inherit", env: { ...process.env, CI: "true" } });
const port = process.env.PORT ?? "8787";
const dev = spawn("npx", ["wrangler", "dev", "--local", "--port", port, ...process.argv.slice(2)], { stdio: "inherit" });
dev.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));

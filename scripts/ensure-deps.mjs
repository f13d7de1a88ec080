// Installs the locked dependencies when node_modules is missing or older than
// package-lock.json, so the README's commands work on a fresh clone.
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const lock = "package-lock.json";
const marker = "node_modules/.package-lock.json";
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log("Installing dependencies (npm ci)…");
  execSync("npm ci --no-audit --no-fund", { stdio: "inherit" });
}

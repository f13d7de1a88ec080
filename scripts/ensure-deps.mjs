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

// The browser tests (test/browser) drive Debian's chromium: install it where
// it is missing and this user may (as on CI and the workplace's machines).
const chromium = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];
if (!chromium.some((path) => existsSync(path))) {
  if (process.getuid?.() === 0) {
    console.log("Installing chromium for the browser tests (apt-get)…");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  } else {
    console.log("The browser tests need chromium: run `sudo apt-get install chromium` (Debian/Ubuntu).");
  }
}

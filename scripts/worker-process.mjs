// Starts the real worker the way `npm start` does (wrangler dev, local D1 with
// the real migrations) on a free port, with a throwaway database and admin
// token. Used by the browser tests and by `npm run loadtest`.

import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

// Generous: on a loaded 2-core machine (CI, or two test files each starting
// a worker beside chromium) wrangler dev can take a minute to come up.
async function waitUntilUp(url, child, log, timeoutMs = 150_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${log()}`);
    try {
      // Each probe has its own timeout, so a connection that hangs cannot outlast the deadline.
      if ((await fetch(`${url}/api/quizzes`, { signal: AbortSignal.timeout(10_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not answer within ${timeoutMs / 1000} s:\n${log()}`);
}

/**
 * @returns {Promise<{ url: string, adminToken: string, state: string, d1(sql: string): unknown[], stop(): Promise<void> }>}
 * `d1` runs one SQL statement on the worker's local database (through wrangler) and returns its rows.
 */
export async function startWorker() {
  // A port is free when probed but may be taken before wrangler binds it (another worker or server starting at
  // the same moment): wrangler then exits with "Address already in use", and a try with fresh ports settles it.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce();
    } catch (err) {
      if (attempt === 3 || !String(err?.message).includes("Address already in use")) throw err;
    }
  }
}

async function startOnce() {
  const state = mkdtempSync(join(tmpdir(), "quiz-worker-"));
  const adminToken = randomBytes(16).toString("hex");
  const port = await freePort();
  // The devtools port too: left to wrangler, two workers starting at once (the browser test files run in
  // parallel) can both probe 9229 and find it free, and the second then exits failing to bind it.
  const inspectorPort = await freePort();
  const env = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" };
  execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", state], { env, stdio: "pipe" });
  const args = ["wrangler", "dev", "--local", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspectorPort)];
  const child = spawn("npx", [...args, "--persist-to", state, "--var", `ADMIN_TOKEN:${adminToken}`], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    rmSync(state, { recursive: true, force: true });
  };
  const d1 = (sql) => {
    const out = execFileSync("npx", ["wrangler", "d1", "execute", "DB", "--local", "--persist-to", state, "--json", "--command", sql], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return JSON.parse(out)[0].results;
  };
  try {
    await waitUntilUp(url, child, () => output);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, adminToken, state, d1, stop };
}

#!/usr/bin/env node
// Prints the size the generator adds to the Worker, minified and gzipped, the
// whole Worker bundle as wrangler would upload it, and its startup time. Part
// of `npm run bench`.

import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const STARTS = 3;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sizes = (code) => `${kib(Buffer.byteLength(code))} minified, ${kib(gzipSync(code).length)} gzipped`;

// The generator alone, without zod: the Worker carries zod anyway, so this is what generation adds.
const generator = await build({ entryPoints: [join(root, "src/generate/index.ts")], bundle: true, minify: true, format: "esm", platform: "neutral", write: false, logLevel: "error", external: ["zod"] });
console.log(`\nsrc/generate (article → facts → questions, zod excluded): ${sizes(generator.outputFiles[0].text)}`);

const out = mkdtempSync(join(tmpdir(), "quiz-bundle-"));
try {
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out], { cwd: root, stdio: "ignore", env: { ...process.env, CI: "true" } });
  const file = readdirSync(out).find((f) => f.endsWith(".js"));
  console.log(`the whole Worker (wrangler deploy --dry-run): ${sizes(readFileSync(join(out, file), "utf8"))}`);
  console.log(`startup: ${startup(out)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

/**
 * Startup: `wrangler check startup` profiles the Worker's startup phase in
 * workerd (parsing the script and running its global scope, what Cloudflare's
 * startup limit covers). The figure is the profile's busy time, idle left out;
 * a different CPU than Cloudflare's, so a guide rather than the number there.
 */
function startup(dir) {
  const busy = [];
  for (let i = 0; i < STARTS; i++) {
    const file = join(dir, `startup-${i}.cpuprofile`);
    execFileSync("npx", ["wrangler", "check", "startup", "--outfile", file], { cwd: root, stdio: "ignore", env: { ...process.env, CI: "true" } });
    const profile = JSON.parse(readFileSync(file, "utf8"));
    const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
    busy.push(profile.samples.reduce((sum, id, k) => sum + (idle.has(id) ? 0 : profile.timeDeltas[k] ?? 0), 0) / 1000);
  }
  return `${busy.sort((a, b) => a - b)[STARTS >> 1].toFixed(0)} ms busy (median of ${STARTS} runs of wrangler check startup, in workerd on this machine)`;
}

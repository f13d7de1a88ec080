#!/usr/bin/env node
// Prints the size the generator adds to the Worker, minified and gzipped, and
// the whole Worker bundle as wrangler would upload it. Part of `npm run bench`.

import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
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
} finally {
  rmSync(out, { recursive: true, force: true });
}

#!/usr/bin/env node
// Runs after `npm install` / `npm ci` (package.json "postinstall").
//
// zod's classic API re-exports all of its ~60 message locales as `z.locales`,
// so every bundle carries them (about 258 KiB minified, a third of the
// Worker), though only English is ever used. This rewrites zod's locale index
// to export English alone. Types are untouched; the English messages zod uses
// by default are unchanged. Idempotent.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const index = fileURLToPath(new URL("../node_modules/zod/v4/locales/index.js", import.meta.url));
const trimmed = `// Trimmed by scripts/trim-zod-locales.mjs: only English is bundled.\nexport { default as en } from "./en.js";\n`;
if (existsSync(index) && readFileSync(index, "utf8") !== trimmed) {
  if (!readFileSync(index, "utf8").includes('export { default as en } from "./en.js";')) {
    console.warn("trim-zod-locales: zod's locale index has changed shape; left as it is");
  } else {
    writeFileSync(index, trimmed);
    console.log("trim-zod-locales: zod bundles English messages only");
  }
}

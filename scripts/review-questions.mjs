#!/usr/bin/env node
// node scripts/review-questions.mjs [--out <dir>]
//
// Writes test/fixtures/question-review/<article>.json: every candidate the
// generator makes for the bundled article and the evaluation articles, with
// the review labels that still apply kept and new questions left unlabelled
// for a reviewer. The acceptability test reads these files.

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { importTypeScript, root } from "./ts-import.mjs";

const entry = 'export { generateQuestions } from "./src/generate/index.ts"; export { reviewKey, describeKey } from "./test/generate/review.ts";';
const lib = await importTypeScript(entry);

const articles = [["interaction-2025", join(root, "questions/interaction-2025/article.txt")]];
for (const slug of readdirSync(join(root, "test/fixtures/articles")).filter((s) => !s.includes("."))) articles.push([slug, join(root, "test/fixtures/articles", slug, "article.txt")]);

const outAt = process.argv.indexOf("--out");
const dir = outAt > 0 ? resolve(process.argv[outAt + 1]) : join(root, "test/fixtures/question-review");
mkdirSync(dir, { recursive: true });
for (const [slug, file] of articles) {
  const out = join(dir, `${slug}.json`);
  const previous = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : [];
  const labels = new Map(previous.filter((e) => e.verdict).map((e) => [e.key, e]));
  const { candidates } = lib.generateQuestions(readFileSync(file, "utf8"), { count: 100 });
  const entries = candidates.map((q) => {
    const key = lib.reviewKey(q);
    const old = labels.get(key);
    return { key, id: q.id, kind: q.kind, prompt: q.prompt, key_answer: lib.describeKey(q), source: q.source.text, ...(old ? { verdict: old.verdict, reason: old.reason } : {}) };
  });
  writeFileSync(out, `${JSON.stringify(entries, null, 2)}\n`);
  console.log(`${slug}: ${entries.length} questions, ${entries.filter((e) => e.verdict).length} labelled`);
}

#!/usr/bin/env node
// npm run generate -- <article file> [--out questions/<id>/] [--count N] [--seed N]
//
// Generates a question set from an article with the same code the Worker runs
// (bundled on the fly with esbuild). Without --out it prints the set as JSON.
// With --out it writes article.txt and quiz.json there, applying the folder's
// overrides.json (a teacher's reviewed drops, edits and additions), and bumps
// quiz.json's version when the content changed, because attempts pin versions.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { importTypeScript, root } from "./ts-import.mjs";

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const out = flag("--out");
const number = (name) => {
  const raw = flag(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`${name} takes a whole number, not '${raw}'`);
    process.exit(2);
  }
  return n;
};
const count = number("--count");
const seed = number("--seed");
const [articleFile] = args;
if (!articleFile) {
  console.error("usage: npm run generate -- <article file> [--out questions/<id>/] [--count N] [--seed N]");
  process.exit(2);
}

const entry = `
  export { buildQuestionSet } from "./src/content/question-set.ts";
  export { generateQuestions } from "./src/generate/index.ts";
  export { contentHash } from "./src/content/hash.ts";
  export { QuizContentSchema } from "./src/schemas/quiz.ts";
`;
const lib = await importTypeScript(entry);

const text = readFileSync(articleFile, "utf8");
// Errors in the generator or the override file are reported by their message: the stack would point into a bundle.
process.on("uncaughtException", (err) => {
  console.error(`generate: ${err.message}`);
  process.exit(1);
});
const summary = (questions, flagged) => {
  const kinds = {};
  for (const q of questions) kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
  console.error(`${questions.length} questions: ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(", ")}; ${flagged.length} flagged`);
  for (const f of flagged) console.error(`  flagged ${f.question.id} (${f.reasons.join(", ")}${f.duplicateOf ? ` of ${f.duplicateOf}` : ""}): ${f.question.prompt.slice(0, 90)}`);
};

if (!out) {
  const result = lib.generateQuestions(text, { ...(count !== undefined ? { count } : {}), ...(seed !== undefined ? { seed } : {}) });
  summary(result.questions, result.flagged);
  // No process.exit here: a piped stdout must drain first.
  process.stdout.write(`${JSON.stringify({ questions: result.questions, facts: result.facts, flagged: result.flagged }, null, 2)}\n`);
} else {
  writeSet(out);
}

function writeSet(dir) {

mkdirSync(dir, { recursive: true });
const overridesFile = join(dir, "overrides.json");
const overrides = existsSync(overridesFile) ? JSON.parse(readFileSync(overridesFile, "utf8")) : { title: text.split(/\r?\n/)[0].trim().slice(0, 120) || "Generated quiz" };
// The set must be rebuildable from its folder alone, so options given here are saved in overrides.json.
const fresh = !existsSync(overridesFile);
if (count !== undefined || seed !== undefined) overrides.generate = { ...overrides.generate, ...(count !== undefined ? { count } : {}), ...(seed !== undefined ? { seed } : {}) };
if (fresh || count !== undefined || seed !== undefined) writeFileSync(overridesFile, `${JSON.stringify(overrides, null, 2)}\n`);
const set = lib.buildQuestionSet(text, overrides);
const content = lib.QuizContentSchema.parse({ ...set, article: { ...(set.article ?? {}), text } });
const hash = lib.contentHash(content);
const quizFile = join(dir, "quiz.json");
const previous = existsSync(quizFile) ? JSON.parse(readFileSync(quizFile, "utf8")) : null;
const version = !previous ? 1 : previous.contentHash === hash ? previous.version : previous.version + 1;
writeFileSync(join(dir, "article.txt"), text);
writeFileSync(quizFile, `${JSON.stringify({ title: set.title, version, contentHash: hash, ...(set.article ? { article: set.article } : {}), ...(set.settings ? { settings: set.settings } : {}), questions: set.questions }, null, 2)}\n`);
summary(set.questions, lib.generateQuestions(text, overrides.generate ?? {}).flagged);
console.error(`wrote ${quizFile} (version ${version}${previous && previous.version !== version ? `, was ${previous.version}` : ""})`);
}

#!/usr/bin/env node
// node scripts/question-packets.mjs <articles dir> <out dir>
//
// Writes one Markdown packet per article folder (<dir>/<slug>/article.txt):
// the article and every question the generator returns with the default
// options, with its key written out, for a blind judge who reads only the
// packets and ../shared/QUESTION-RUBRIC.md. Only folders whose name starts
// with "gen-" are read (a set's "score-" folders are scoring material).

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { importTypeScript } from "./ts-import.mjs";

const [from, to] = process.argv.slice(2).map((p) => resolve(p));
if (!from || !to) {
  console.error("usage: node scripts/question-packets.mjs <articles dir> <out dir>");
  process.exit(2);
}
const lib = await importTypeScript('export { generateQuestions } from "./src/generate/index.ts";');

const quote = (s) => `“${s}”`;
const list = (xs) => xs.map((x) => `"${x}"`).join(", ");
const number = (a) => (a.value !== undefined ? `${a.value}${a.tolerance ? ` ± ${a.tolerance}` : ""}` : `${a.min} to ${a.max}`);

function keyLines(q) {
  switch (q.kind) {
    case "multiple_choice":
      return q.options.map((o, i) => `${String.fromCharCode(65 + i)}. ${o.text}${o.weight > 0 ? (o.weight < 1 ? ` (correct, ${o.weight})` : " (correct)") : ""}`);
    case "true_false":
      return [`Statement: ${q.prompt}`, `Key: ${q.answer ? "true" : "false"}`];
    case "short_answer":
      return [`Accepted answers: ${list(q.answers.filter((a) => a.weight > 0).map((a) => a.text))}`];
    case "numeric":
      return [`Accepted: ${q.answers.map(number).join("; ")}${q.units?.length ? ` (units: ${q.units.join(", ")})` : ""}`];
    case "cloze":
      return [`Text: ${q.text}`, ...q.gaps.map((g, i) => `Gap ${i + 1}: ${g.options ? `choices ${list(g.options.map((o) => `${o.text}${o.weight > 0 ? " (correct)" : ""}`))}` : `accepted: ${list((g.answers ?? []).map((a) => a.text))}`}`)];
    case "matching":
      return [...q.pairs.map((p) => `${p.left} → ${p.right}`), ...(q.distractors?.length ? [`Extra choices: ${list(q.distractors)}`] : [])];
    case "ordering":
      return [`Right order: ${q.items.map((x, i) => `${i + 1}. ${x}`).join("  ")}`];
    default:
      return [JSON.stringify(q)];
  }
}

mkdirSync(to, { recursive: true });
for (const slug of readdirSync(from).filter((s) => s.startsWith("gen-")).sort()) {
  const article = readFileSync(join(from, slug, "article.txt"), "utf8").trim();
  const { questions, flagged } = lib.generateQuestions(article);
  const parts = [`# ${slug}`, "", "## Article", "", article, "", `## Returned questions (${questions.length}; ${flagged.length} more were held back by the generator and are not part of the set)`, ""];
  questions.forEach((q, i) => {
    parts.push(`### Q${i + 1} (${q.kind}, difficulty ${q.difficulty ?? "unset"})`);
    if (q.kind !== "true_false") parts.push(`Prompt: ${q.prompt}`);
    parts.push(...keyLines(q));
    if (q.explanation) parts.push(`Explanation shown after answering: ${q.explanation}`);
    if (q.source?.text) parts.push(`Cited sentence: ${quote(q.source.text)}`);
    parts.push("");
  });
  writeFileSync(join(to, `${slug}.md`), parts.join("\n"));
  console.log(`${slug}: ${questions.length} questions`);
}

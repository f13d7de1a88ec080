#!/usr/bin/env node
// Part of `npm run bench`: GIFT import time per 1,000 questions, ours
// (src/formats) side by side with gift-pegjs on the same input in the same
// run, in Node, with the questions each reads back compared.
//   node scripts/bench-gift.mjs [questions]   (default 500: an import reads at most a quiz's 500 questions)

import { createRequire } from "node:module";
import { importTypeScript } from "./ts-import.mjs";

const count = Math.min(500, Number(process.argv[2] ?? 500));
const { parseGift } = await importTypeScript('export { parseGift } from "./src/formats/index.ts";');
const giftPegjs = createRequire(import.meta.url)("gift-pegjs");

// One of each common type, repeated: multiple choice with feedback, true/false,
// short answer, numeric with tolerance, matching, a missing-word question.
const templates = [
  (i) => `::Where ${i}::Where did team ${i} train? {=Lisbon#Yes. ~Porto#No, Porto is in the north. ~Faro}`,
  (i) => `::Coach ${i}::Ana Ruiz coached team ${i}. {TRUE}`,
  (i) => `::Who ${i}::Who is the coach of team ${i}? {=Ana Ruiz =Ruiz}`,
  (i) => `::Days ${i}::How many days did team ${i} train? {#12:1}`,
  (i) => `::Match ${i}::Match the people of team ${i}. {=Ana Ruiz -> coach =Luis Costa -> captain =Rui Sousa -> doctor}`,
  (i) => `::Gap ${i}::Team ${i} trained in {=Lisbon ~Porto ~Faro} for twelve days.`,
];
const source = Array.from({ length: count }, (_, i) => templates[i % templates.length](i)).join("\n\n");

/** Medians of both parsers, warmed up first and run alternately so neither gets a quieter machine. */
function timeBoth(a, b, runs = 25) {
  for (let i = 0; i < 5; i++) (a(), b());
  const [ta, tb] = [[], []];
  for (let r = 0; r < runs; r++) {
    for (const [fn, out] of [[a, ta], [b, tb]]) {
      const t0 = performance.now();
      fn();
      out.push(performance.now() - t0);
    }
  }
  const median = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
  return [median(ta), median(tb)];
}

const ours = parseGift(source);
const theirs = giftPegjs.parse(source);
const [oursMs, theirsMs] = timeBoth(() => parseGift(source), () => giftPegjs.parse(source));
const kinds = (list, key) => Object.entries(list.reduce((acc, q) => ((acc[key(q)] = (acc[key(q)] ?? 0) + 1), acc), {})).map(([k, n]) => `${k} ${n}`).join(", ");

console.log(`\nGIFT import of ${count} questions (${(source.length / 1024).toFixed(0)} KiB), median of 25 runs each after 5 to warm up, alternating, in Node ${process.version}`);
console.log(`  ours (src/formats/gift-parse.ts):  ${oursMs.toFixed(1)} ms, ${ours.questions.length} questions (${kinds(ours.questions, (q) => q.kind)}), ${ours.rejected.length} rejected`);
console.log(`  gift-pegjs 1.0.2:                  ${theirsMs.toFixed(1)} ms, ${theirs.length} questions (${kinds(theirs, (q) => q.type)})`);
// The same questions out: title, prompt (a missing word as "_____" in both) and how many answers each.
const answerCount = (q) => q.options?.length ?? q.answers?.length ?? q.pairs?.length ?? q.gaps?.[0]?.options?.length ?? q.gaps?.[0]?.answers?.length ?? 1;
const theirCount = (q) => (Array.isArray(q.choices) ? q.choices.length : q.matchPairs?.length ?? 1);
const differing = ours.questions.filter((q, i) => {
  const t = theirs[i];
  return !t || q.title !== t.title || q.prompt !== t.stem.text.trim() || answerCount(q) !== theirCount(t);
});
const same = ours.questions.length === theirs.length && differing.length === 0;
console.log(`  ours is ${(theirsMs / oursMs).toFixed(1)}× as fast; the same questions out (count, titles, prompts, answers per question): ${same ? "yes" : `NO (${differing.length} differ)`}`);
if (!same) process.exitCode = 1;

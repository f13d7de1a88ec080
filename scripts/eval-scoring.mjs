#!/usr/bin/env node
// npm run eval:scoring [-- -v]
//
// Agreement of the short-answer scorer with the labelled set in
// test/fixtures/scoring, with SQuAD exact match on the same cases as a baseline.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { importTypeScript, root } from "./ts-import.mjs";

const verbose = process.argv.includes("-v");
const entry = 'export { agreementOfScorer, agreementOfSquadExactMatch } from "./test/score/labelled.ts";';
const lib = await importTypeScript(entry);

// Article texts by slug: each labelled set is scored as a quiz carrying its article.
const articles = {};
for (const dir of ["test/fixtures/articles", "test/fixtures/articles-heldout", "test/fixtures/articles-final", "test/fixtures/articles-blind-3", "test/fixtures/articles-blind-4", "test/fixtures/articles-blind-5", "test/fixtures/articles-blind-6", "test/fixtures/articles-blind-7", "test/fixtures/articles-blind-8", "test/fixtures/articles-blind-9", "test/fixtures/articles-blind-10", "questions"]) {
  if (!existsSync(join(root, dir))) continue;
  for (const slug of readdirSync(join(root, dir))) {
    try { articles[slug] = readFileSync(join(root, dir, slug, "article.txt"), "utf8"); } catch { /* not an article folder */ }
  }
}

for (const [title, folder] of [["development set", "test/fixtures/scoring"], ["held-out set", "test/fixtures/scoring-heldout"], ["final held-out set", "test/fixtures/scoring-final"], ["blind set 3 (development data now)", "test/fixtures/scoring-blind-3"], ["blind set 4 (development data now)", "test/fixtures/scoring-blind-4"], ["blind set 5 (development data now)", "test/fixtures/scoring-blind-5"], ["blind set 6 (development data now)", "test/fixtures/scoring-blind-6"], ["blind set 7 (development data now)", "test/fixtures/scoring-blind-7"], ["blind set 8 (development data now)", "test/fixtures/scoring-blind-8"], ["blind set 9 (development data now)", "test/fixtures/scoring-blind-9"], ["blind set 10", "test/fixtures/scoring-blind-10"]]) {
  const dir = join(root, folder);
  if (!existsSync(dir)) continue;
  const sets = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
  console.log(`${title} (${folder})`);
  report(sets);
  if (sets.length > 1) {
    for (const set of sets) {
      const a = lib.agreementOfScorer([set], articles);
      console.log(`  ${set.article.padEnd(44)} ${(a.agree / a.cases * 100).toFixed(1)}% of ${a.cases}; credited wrongly ${a.wrongCredited.length}; marked down ${a.rightMarkedDown.length}`);
    }
  }
}

function report(sets) {
for (const [name, fn] of [["scorer", lib.agreementOfScorer], ["SQuAD exact match", lib.agreementOfSquadExactMatch]]) {
  const a = fn(sets, articles);
  console.log(`${name.padEnd(18)} agreement ${(a.agree / a.cases * 100).toFixed(1)}% of ${a.cases} cases; wrong answers given credit: ${a.wrongCredited.length}; right answers marked down: ${a.rightMarkedDown.length}`);
  if (verbose) for (const line of [...a.wrongCredited.map((l) => `  CREDITED ${l}`), ...a.rightMarkedDown.map((l) => `  MARKED DOWN ${l}`)]) console.log(line);
}
}

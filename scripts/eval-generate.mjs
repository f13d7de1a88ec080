#!/usr/bin/env node
// npm run eval:generate [-- -v]
//
// Prints entity precision/recall and quote attribution for every annotated
// article: test/fixtures/articles (the evaluation set, also checked by
// tests) and test/fixtures/articles-heldout (written after the rules were
// fixed and used only for this measurement, never for tuning).

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { importTypeScript, root } from "./ts-import.mjs";

const verbose = process.argv.includes("-v");
const entry = 'export { extractFacts } from "./src/generate/extract.ts"; export { scoreEntities, scoreQuotes } from "./test/generate/evaluate.ts";';
const lib = await importTypeScript(entry);

for (const set of ["articles", "articles-heldout"]) {
  const dir = join(root, "test/fixtures", set);
  if (!existsSync(dir)) continue;
  const totals = { tp: 0, extracted: 0, found: 0, annotated: 0, quotes: 0, quotesFound: 0, speakers: 0 };
  console.log(`\n${set}`);
  for (const slug of readdirSync(dir).filter((s) => !s.includes("."))) {
    const text = readFileSync(join(dir, slug, "article.txt"), "utf8");
    const annotation = JSON.parse(readFileSync(join(dir, slug, "annotations.json"), "utf8"));
    const { facts } = lib.extractFacts(text);
    const e = lib.scoreEntities(facts, annotation);
    const q = lib.scoreQuotes(facts, annotation);
    totals.tp += e.truePositives;
    totals.extracted += e.extracted;
    totals.found += Math.round(e.recall * e.annotated);
    totals.annotated += e.annotated;
    totals.quotes += q.annotated;
    totals.quotesFound += q.found;
    totals.speakers += q.speakerRight;
    console.log(`  ${slug.padEnd(36)} precision ${e.precision.toFixed(2)}  recall ${e.recall.toFixed(2)}  (${e.truePositives}/${e.extracted} extracted, ${e.annotated} annotated)  quotes ${q.found}/${q.annotated}, speaker right ${q.speakerRight}`);
    if (verbose) {
      if (e.falsePositives.length) console.log(`    not annotated: ${e.falsePositives.join("; ")}`);
      if (e.missed.length) console.log(`    missed: ${e.missed.join("; ")}`);
      for (const w of q.wrong) console.log(`    quote ${w}`);
    }
  }
  const pct = (a, b) => (b ? a / b : 1).toFixed(3);
  console.log(`  ALL  precision ${pct(totals.tp, totals.extracted)}  recall ${pct(totals.found, totals.annotated)}  quotes found ${pct(totals.quotesFound, totals.quotes)}  speakers right ${pct(totals.speakers, totals.quotes)}`);
}

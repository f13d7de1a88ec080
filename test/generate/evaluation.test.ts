import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/generate/extract";
import { scoreEntities, scoreQuotes } from "./evaluate";
import { evalArticles } from "./fixtures";

// Entity precision and recall against hand-made annotations of six articles
// in six domains (test/fixtures/articles). The target is 0.9 for each over
// the set; a single article may dip to 0.8 before this fails. Re-measure with
// `npm run eval:generate`, which prints the table.

const TARGET = 0.9;
const PER_ARTICLE_FLOOR = 0.8;

const scores = evalArticles.map((a) => {
  const { facts } = extractFacts(a.text);
  return { slug: a.slug, entities: scoreEntities(facts, a.annotation), quotes: scoreQuotes(facts, a.annotation) };
});

describe("fact extraction on the evaluation articles", () => {
  it("covers six domains", () => {
    expect(new Set(evalArticles.map((a) => a.annotation.domain)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(scores.map((s) => [s.slug, s] as const))("%s: entity precision and recall stay above the per-article floor", (_slug, s) => {
    expect(s.entities.precision, `false positives: ${s.entities.falsePositives.join(", ")}`).toBeGreaterThanOrEqual(PER_ARTICLE_FLOOR);
    expect(s.entities.recall, `missed: ${s.entities.missed.join(", ")}`).toBeGreaterThanOrEqual(PER_ARTICLE_FLOOR);
  });

  it("reaches the target precision and recall over the whole set", () => {
    const sum = (f: (s: (typeof scores)[number]) => number) => scores.reduce((a, s) => a + f(s), 0);
    const precision = sum((s) => s.entities.truePositives) / sum((s) => s.entities.extracted);
    const recall = sum((s) => s.entities.recall * s.entities.annotated) / sum((s) => s.entities.annotated);
    expect(precision).toBeGreaterThanOrEqual(TARGET);
    expect(recall).toBeGreaterThanOrEqual(TARGET);
  });

  it("finds the quotes and names their speakers", () => {
    const annotated = scores.reduce((a, s) => a + s.quotes.annotated, 0);
    const found = scores.reduce((a, s) => a + s.quotes.found, 0);
    const right = scores.reduce((a, s) => a + s.quotes.speakerRight, 0);
    expect(found / annotated, scores.flatMap((s) => s.quotes.wrong).join("\n")).toBeGreaterThanOrEqual(TARGET);
    expect(right / annotated, scores.flatMap((s) => s.quotes.wrong).join("\n")).toBeGreaterThanOrEqual(TARGET);
  });
});

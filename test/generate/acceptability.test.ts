import { describe, expect, it } from "vitest";
import seed from "../../questions/interaction-2025/article.txt";
import { generateQuestions } from "../../src/generate";
import { evalArticles } from "./fixtures";
import { type ReviewEntry, reviewKey } from "./review";

// How many generated questions a teacher would put before a class unchanged,
// by human review (test/fixtures/question-review: labelled by reviewers who
// had not seen the generator's code). Issue 3's target is 85% over the set; the
// generator is not there yet (see the README in that folder for the measured
// rates), so these floors only stop it getting worse and move up as it improves.
// A generator change that alters questions leaves them unlabelled: run
// `node scripts/review-questions.mjs` and label the new entries.

const OVERALL_FLOOR = 0.83;
const PER_ARTICLE_FLOOR = 0.65;

const reviews = import.meta.glob("../fixtures/question-review/*.json", { eager: true, import: "default" }) as Record<string, ReviewEntry[]>;
const labelsFor = (slug: string) => new Map((reviews[`../fixtures/question-review/${slug}.json`] ?? []).filter((e) => e.verdict).map((e) => [e.key, e]));

const articles = [{ slug: "interaction-2025", text: seed }, ...evalArticles];
const results = articles.map(({ slug, text }) => {
  const labels = labelsFor(slug);
  const candidates = generateQuestions(text, { count: 100 }).candidates;
  const labelled = candidates.map((q) => labels.get(reviewKey(q))).filter((e): e is ReviewEntry => !!e);
  return { slug, candidates: candidates.length, labelled: labelled.length, ok: labelled.filter((e) => e.verdict === "ok").length };
});

describe("acceptable generated questions, by human review", () => {
  it.each(results.map((r) => [r.slug, r] as const))("%s: reviewed, and not below the per-article floor", (_slug, r) => {
    expect(r.labelled / r.candidates, `${r.candidates - r.labelled} questions have no review label: run node scripts/review-questions.mjs and label them`).toBeGreaterThanOrEqual(0.9);
    expect(r.ok / r.labelled).toBeGreaterThanOrEqual(PER_ARTICLE_FLOOR);
  });

  it("does not fall below the overall floor", () => {
    const ok = results.reduce((a, r) => a + r.ok, 0);
    const labelled = results.reduce((a, r) => a + r.labelled, 0);
    expect(ok / labelled).toBeGreaterThanOrEqual(OVERALL_FLOOR);
  });
});

/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { type LabelledSet, agreementOfScorer, agreementOfSquadExactMatch } from "./labelled";
import { articleTexts } from "./articles";

// The labelled short-answer set (test/fixtures/scoring: 538 cases over 7 articles,
// written by someone who had not read the scorer). Issue 4 asks for 97% agreement;
// `npm run eval:scoring` prints where the scorer stands. What must already hold:
// no wrong answer is given credit, and the scorer does at least as well as SQuAD
// exact match on the same cases.

const files = import.meta.glob("../fixtures/scoring/*.json", { eager: true, import: "default" }) as Record<string, LabelledSet>;
const sets = Object.values(files);

describe("short-answer scoring against the labelled set", () => {
  it("covers at least 300 cases over at least 6 articles", () => {
    expect(sets.length).toBeGreaterThanOrEqual(6);
    expect(sets.reduce((n, s) => n + s.questions.reduce((m, q) => m + q.cases.length, 0), 0)).toBeGreaterThanOrEqual(300);
  });

  it("never gives credit to an answer labelled wrong", () => {
    expect(agreementOfScorer(sets, articleTexts).wrongCredited).toEqual([]);
  });

  it("agrees with the labels at least as often as SQuAD exact match", () => {
    const ours = agreementOfScorer(sets, articleTexts);
    const squad = agreementOfSquadExactMatch(sets);
    expect(ours.agree).toBeGreaterThanOrEqual(squad.agree);
  });
});

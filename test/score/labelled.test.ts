/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { articleTexts } from "./articles";
import { type LabelledSet, agreementOfScorer, agreementOfSquadExactMatch } from "./labelled";

// Labelled short-answer sets, each written by someone who had not read the
// scorer: the development set (test/fixtures/scoring, 538 cases over 7
// articles), a held-out set on other articles (scoring-heldout) and a final
// held-out set on articles written for it (scoring-final). Issue 4 asks for
// 97% agreement and no wrong answer given credit; `npm run eval:scoring`
// prints the figures and every disagreement.

const load = (files: Record<string, LabelledSet>) => Object.values(files);
const sets: Record<string, LabelledSet[]> = {
  development: load(import.meta.glob("../fixtures/scoring/*.json", { eager: true, import: "default" })),
  "held-out": load(import.meta.glob("../fixtures/scoring-heldout/*.json", { eager: true, import: "default" })),
  final: load(import.meta.glob("../fixtures/scoring-final/*.json", { eager: true, import: "default" })),
};
const caseCount = (s: LabelledSet[]) => s.reduce((n, set) => n + set.questions.reduce((m, q) => m + q.cases.length, 0), 0);

// The blind sets, each measured first before any change made for it (its
// FIRST-MEASUREMENT.md), then fixed for general causes: held at their figure
// now with a margin of about one point, so a regression fails where it is made.
const blind: [string, LabelledSet[], number, number][] = [
  ["blind set 3", load(import.meta.glob("../fixtures/scoring-blind-3/*.json", { eager: true, import: "default" })), 0.865, 0],
  ["blind set 4", load(import.meta.glob("../fixtures/scoring-blind-4/*.json", { eager: true, import: "default" })), 0.92, 0],
  ["blind set 5", load(import.meta.glob("../fixtures/scoring-blind-5/*.json", { eager: true, import: "default" })), 0.91, 0],
  ["blind set 6", load(import.meta.glob("../fixtures/scoring-blind-6/*.json", { eager: true, import: "default" })), 0.885, 3],
  ["blind set 7", load(import.meta.glob("../fixtures/scoring-blind-7/*.json", { eager: true, import: "default" })), 0.915, 3],
  ["blind set 8", load(import.meta.glob("../fixtures/scoring-blind-8/*.json", { eager: true, import: "default" })), 0.925, 6],
  ["blind set 9", load(import.meta.glob("../fixtures/scoring-blind-9/*.json", { eager: true, import: "default" })), 0.935, 1],
  ["blind set 10", load(import.meta.glob("../fixtures/scoring-blind-10/*.json", { eager: true, import: "default" })), 0.915, 1],
];

describe("short-answer scoring against the blind sets (development data once measured)", () => {
  for (const [name, labelled, agreement, wrongCredit] of blind) {
    it(`${name}: at least ${agreement * 100}% agreement, at most ${wrongCredit} wrong credit`, () => {
      expect(labelled.length).toBeGreaterThanOrEqual(3);
      const ours = agreementOfScorer(labelled, articleTexts);
      expect(ours.wrongCredited.length).toBeLessThanOrEqual(wrongCredit);
      expect(ours.agree / ours.cases).toBeGreaterThanOrEqual(agreement);
    });
  }
});

describe("short-answer scoring against the labelled sets", () => {
  it("has at least 300 development cases over at least 6 articles, and held-out cases besides", () => {
    expect(sets.development!.length).toBeGreaterThanOrEqual(6);
    expect(caseCount(sets.development!)).toBeGreaterThanOrEqual(300);
    expect(caseCount(sets["held-out"]!)).toBeGreaterThanOrEqual(200);
  });

  for (const [name, labelled] of Object.entries(sets).filter(([, s]) => s.length)) {
    describe(`the ${name} set`, () => {
      it("never gives credit to an answer labelled wrong", () => {
        expect(agreementOfScorer(labelled, articleTexts).wrongCredited).toEqual([]);
      });

      it("agrees with at least 97% of the labels, far more often than SQuAD exact match", () => {
        const ours = agreementOfScorer(labelled, articleTexts);
        const squad = agreementOfSquadExactMatch(labelled);
        expect(ours.agree / ours.cases).toBeGreaterThanOrEqual(0.97);
        expect(ours.agree - squad.agree).toBeGreaterThan(ours.cases * 0.3);
      });
    });
  }
});

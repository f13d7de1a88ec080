import { describe, expect, it } from "vitest";
import { scoreShortAnswer } from "../../src/score/short-answer";
import type { QuestionOf } from "../../src/schemas/question";

const question = (answers: { text: string; weight?: number; feedback?: string }[], extra: Partial<QuestionOf<"short_answer">> = {}): QuestionOf<"short_answer"> => ({
  id: "q",
  kind: "short_answer",
  prompt: "?",
  points: 1,
  answers: answers.map((a) => ({ weight: 1, ...a })),
  ...extra,
});
const on = { typoTolerance: true };
const off = { typoTolerance: false };

describe("short answers", () => {
  it("ignores case, punctuation, curly quotes and extra whitespace", () => {
    const q = question([{ text: "Interaction-2025" }]);
    for (const given of ["interaction-2025", "  INTERACTION 2025 ", "‘Interaction–2025’", "Interaction - 2025."]) {
      expect(scoreShortAnswer(q, given, on).credit, given).toBe(1);
    }
  });

  it("ignores articles but keeps a one-letter answer", () => {
    expect(scoreShortAnswer(question([{ text: "Vitebsk region" }]), "the Vitebsk region", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "A" }]), "a", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "A" }]), "b", on).credit).toBe(0);
  });

  it("folds accents and apostrophes", () => {
    expect(scoreShortAnswer(question([{ text: "Belarus’s army" }]), "Belarus's army", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "Müller" }]), "muller", on).credit).toBe(1);
  });

  it("gives the weight of the best matching answer and its feedback", () => {
    const q = question([
      { text: "Serdykov", weight: 1 },
      { text: "General", weight: 0.5, feedback: "Which general?" },
    ]);
    const v = scoreShortAnswer(q, "general", on);
    expect(v).toMatchObject({ credit: 0.5, status: "partial", feedback: "Which general?" });
    expect(v.rule).toMatch(/^partial: matches ‘General’/);
  });

  it("matches '*' wildcards in place", () => {
    const q = question([{ text: "Lepel*" }]);
    expect(scoreShortAnswer(q, "Lepelets", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "Losvido", on).credit).toBe(0);
    const catchAll = question([{ text: "Vitebsk" }, { text: "*", weight: 0, feedback: "Look at the second sentence." }]);
    expect(scoreShortAnswer(catchAll, "Minsk", on)).toMatchObject({ credit: 0, feedback: "Look at the second sentence." });
    expect(scoreShortAnswer(catchAll, "Vitebsk", on).credit).toBe(1);
  });

  it("accepts small typos scaled to word length, and none in short words or numbers", () => {
    const q = question([{ text: "Lukashenko" }]);
    expect(scoreShortAnswer(q, "Lukashenco", on)).toMatchObject({ credit: 1 });
    expect(scoreShortAnswer(q, "Lukashenco", on).rule).toMatch(/spelling variant/);
    expect(scoreShortAnswer(q, "Lukashenco", off).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "Vitebsk" }]), "Vitbesk", on).credit).toBe(1);
  });

  it("names the exact accepted answer rather than a typo of another at the same weight", () => {
    const q = question([{ text: "Organization" }, { text: "Organisation" }]);
    expect(scoreShortAnswer(q, "organisation", on).rule).toBe("accepted: matches ‘Organisation’");
  });

  it("never treats a different first letter as a typo (Minsk is not Pinsk)", () => {
    expect(scoreShortAnswer(question([{ text: "Minsk" }]), "Pinsk", on).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "Serdykov" }]), "Berdykov", on).credit).toBe(0);
  });

  it("never credits a different number or a different short word", () => {
    expect(scoreShortAnswer(question([{ text: "September 6" }]), "September 16", on).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "West-2025" }]), "West-2024", on).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "Iran" }]), "Iraq", on).credit).toBe(0);
  });

  it("treats an empty answer as unanswered", () => {
    expect(scoreShortAnswer(question([{ text: "x" }]), "  ", on).status).toBe("unanswered");
  });

  it("respects case when the question asks for it", () => {
    const q = question([{ text: "NATO" }], { caseSensitive: true });
    expect(scoreShortAnswer(q, "NATO", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "nato", on).credit).toBe(0);
  });
});

describe("short answers, edge cases a teacher would hit", () => {
  it("matches a wildcard pattern that starts with an article, with or without it", () => {
    const q = question([{ text: "the * war" }]);
    expect(scoreShortAnswer(q, "the cold war", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "Cold War", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "the cold peace", on).credit).toBe(0);
  });

  it("never lets a typo rule overrule a wrong answer the teacher listed", () => {
    const q = question([{ text: "Serdykov", weight: 1 }, { text: "Serdyukov", weight: 0, feedback: "Check the article's spelling." }]);
    expect(scoreShortAnswer(q, "Serdyukov", on)).toMatchObject({ credit: 0, feedback: "Check the article's spelling." });
    expect(scoreShortAnswer(q, "Serdykow", on).credit).toBe(1);
  });

  it("keeps a trailing one-letter word: 'Plan' is not 'Plan A'", () => {
    const q = question([{ text: "Plan A" }]);
    expect(scoreShortAnswer(q, "Plan", on).credit).toBe(0);
    expect(scoreShortAnswer(q, "plan a", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "an apple" }]), "apple", on).credit).toBe(1);
  });

  it("uses a catch-all only when nothing else matches", () => {
    const q = question([{ text: "Vitebsk" }, { text: "*", weight: 0, feedback: "Reread sentence 2." }]);
    expect(scoreShortAnswer(q, "Vitbesk", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "Grodno", on)).toMatchObject({ credit: 0, rule: "rejected: matches none of the accepted answers", feedback: "Reread sentence 2." });
  });
});

describe("short answers with signs and symbols", () => {
  it("keeps a minus sign and the symbols of C++ and C#", () => {
    expect(scoreShortAnswer(question([{ text: "-5" }]), "5", on).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "-5" }]), "−5", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "C++" }]), "C", on).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "C#" }]), "c#", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "C#" }]), "C++", on).credit).toBe(0);
  });

  it("never turns a symbol-only pattern piece into a catch-all", () => {
    const q = question([{ text: "$*" }]);
    expect(scoreShortAnswer(q, "no idea", on).credit).toBe(0);
    expect(scoreShortAnswer(q, "$1,000", on).credit).toBe(1);
  });

  it("checks many-star patterns against long answers without backtracking", () => {
    const q = question([{ text: "*a*a*a*a*b" }]);
    const long = "a".repeat(2000);
    expect(scoreShortAnswer(q, long, on).credit).toBe(0); // linear: returns at once
    expect(scoreShortAnswer(q, `${long}b`, on).credit).toBe(1);
  });
});

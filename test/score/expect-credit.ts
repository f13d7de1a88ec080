import { expect } from "vitest";
import type { QuestionOf } from "../../src/schemas/question";
import { scoreShortAnswer } from "../../src/score/short-answer";

// The short-answer question and the credit checks the scoring class tests share.

export const ask = (prompt: string, key: string): QuestionOf<"short_answer"> => ({ id: "q", kind: "short_answer", prompt, points: 1, answers: [{ text: key, weight: 1 }] });

export const creditFor = (q: QuestionOf<"short_answer">, given: string, article?: string) =>
  scoreShortAnswer(q, given, { typoTolerance: true, ...(article ? { article } : {}) }).credit;

/** Each typed answer earns exactly its credit, scored with typo tolerance and, when given, the quiz's article. */
export function expectCredits(q: QuestionOf<"short_answer">, cases: Record<string, number>, article?: string) {
  for (const [given, expected] of Object.entries(cases)) expect(creditFor(q, given, article), `${given} for ${q.answers[0]!.text}`).toBe(expected);
}

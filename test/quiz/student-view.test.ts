import { describe, expect, it } from "vitest";
import { toStudentQuestion } from "../../src/quiz/student-view";
import { itemId } from "../../src/score/item-id";
import { QuestionSchema } from "../../src/schemas/question";
import { QuizContentSchema } from "../../src/schemas/quiz";
import { everyKindQuiz, keyFieldsIn } from "../helpers";

const quiz = QuizContentSchema.parse(everyKindQuiz());

describe("the student view of a question", () => {
  it.each(quiz.questions.map((q) => [q.kind, q] as const))("holds no answer key for %s", (_kind, q) => {
    for (const seed of [0, 1, 42, 2 ** 31]) {
      const view = toStudentQuestion(q, seed, true);
      expect(keyFieldsIn(view)).toEqual([]);
    }
  });

  it("does not carry accepted short answers anywhere in its text", () => {
    const sa = quiz.questions.find((q) => q.kind === "short_answer")!;
    expect(JSON.stringify(toStudentQuestion(sa, 7, true))).not.toContain("Ruiz\"");
  });

  it("never shows ordering items or matching choices in the key's order", () => {
    const ordering = QuestionSchema.parse({ id: "o", kind: "ordering", prompt: "?", items: ["a1", "b2", "c3"] });
    const matching = QuestionSchema.parse({ id: "m", kind: "matching", prompt: "?", pairs: [{ left: "x", right: "1" }, { left: "y", right: "2" }] });
    for (let seed = 0; seed < 200; seed++) {
      const o = toStudentQuestion(ordering, seed, false) as { items: { text: string }[] };
      expect(o.items.map((i) => i.text)).not.toEqual(["a1", "b2", "c3"]);
      const m = toStudentQuestion(matching, seed, false) as { choices: { text: string }[] };
      expect(m.choices.map((c) => c.text)).not.toEqual(["1", "2"]);
    }
  });

  it("uses ids for prompts and choices that do not reveal the pairing", () => {
    const matching = QuestionSchema.parse({ id: "m", kind: "matching", prompt: "?", pairs: [{ left: "x", right: "1" }, { left: "y", right: "2" }] });
    const view = toStudentQuestion(matching, 3, true) as { prompts: { id: string }[]; choices: { id: string }[] };
    expect(view.prompts.map((p) => p.id)).toEqual([itemId("x"), itemId("y")]);
    for (const c of view.choices) expect(view.prompts.map((p) => p.id)).not.toContain(c.id);
  });

  it("keeps the same option order for the same seed and shuffles across seeds", () => {
    const mc = QuestionSchema.parse({ id: "mc", kind: "multiple_choice", prompt: "?", options: "abcdef".split("").map((id, i) => ({ id, text: id, weight: i === 0 ? 1 : 0 })) });
    const order = (seed: number) => (toStudentQuestion(mc, seed, true) as { options: { id: string }[] }).options.map((o) => o.id).join("");
    expect(order(5)).toBe(order(5));
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map(order)).size).toBeGreaterThan(1);
    expect((toStudentQuestion(mc, 5, false) as { options: { id: string }[] }).options.map((o) => o.id).join("")).toBe("abcdef");
  });
});

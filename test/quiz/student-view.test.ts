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

  it("always shuffles ordering items and matching choices, every order possible, so the shown order tells nothing", () => {
    const ordering = QuestionSchema.parse({ id: "o", kind: "ordering", prompt: "?", items: ["a1", "b2", "c3"] });
    const matching = QuestionSchema.parse({ id: "m", kind: "matching", prompt: "?", pairs: [{ left: "x", right: "1" }, { left: "y", right: "2" }] });
    const orders = new Map<string, number>();
    const choiceOrders = new Set<string>();
    for (let seed = 0; seed < 600; seed++) {
      const o = toStudentQuestion(ordering, seed, false) as { items: { text: string }[] };
      const key = o.items.map((i) => i.text).join(",");
      orders.set(key, (orders.get(key) ?? 0) + 1);
      choiceOrders.add((toStudentQuestion(matching, seed, false) as { choices: { text: string }[] }).choices.map((c) => c.text).join(","));
    }
    expect(orders.size).toBe(6);
    for (const count of orders.values()) expect(count).toBeGreaterThan(50); // about 100 each
    expect(choiceOrders).toEqual(new Set(["1,2", "2,1"]));
  });

  it("depends only on the set of options, items and choices, never on the key's order", () => {
    const view = (input: unknown) => toStudentQuestion(QuestionSchema.parse(input), 0, true);
    const items = ["first", "second", "third", "fourth"];
    expect(view({ id: "o", kind: "ordering", prompt: "?", items })).toEqual(view({ id: "o", kind: "ordering", prompt: "?", items: [...items].reverse() }));
    const pairs = [{ left: "x", right: "1" }, { left: "y", right: "2" }, { left: "z", right: "3" }];
    const swapped = pairs.map((p, i) => ({ left: p.left, right: pairs[(i + 1) % 3]!.right }));
    const choices = (ps: typeof pairs) => (view({ id: "m", kind: "matching", prompt: "?", pairs: ps }) as { choices: unknown }).choices;
    expect(choices(pairs)).toEqual(choices(swapped));
    const options = (rightFirst: boolean) =>
      view({ id: "c", kind: "multiple_choice", prompt: "?", options: [{ id: "a", text: rightFirst ? "R" : "W", weight: rightFirst ? 1 : 0 }, { id: "b", text: rightFirst ? "W" : "R", weight: rightFirst ? 0 : 1 }] });
    expect((options(true) as { options: unknown }).options).toEqual((options(false) as { options: unknown }).options);
  });

  it("shows option ids that do not reveal the right option", () => {
    const mc = QuestionSchema.parse({ id: "q", kind: "multiple_choice", prompt: "?", options: [{ id: "a", text: "Right", weight: 1 }, { id: "b", text: "Wrong", weight: 0 }] });
    const view = toStudentQuestion(mc, 1, false) as { options: { id: string; text: string }[] };
    expect(view.options.map((o) => o.id)).toEqual([itemId("Right"), itemId("Wrong")]);
  });

  it("uses ids for prompts and choices that do not reveal the pairing", () => {
    const matching = QuestionSchema.parse({ id: "m", kind: "matching", prompt: "?", pairs: [{ left: "x", right: "1" }, { left: "y", right: "2" }] });
    const view = toStudentQuestion(matching, 3, true) as { prompts: { id: string }[]; choices: { id: string }[] };
    expect(view.prompts.map((p) => p.id)).toEqual([itemId("x"), itemId("y")]);
    for (const c of view.choices) expect(view.prompts.map((p) => p.id)).not.toContain(c.id);
  });

  it("keeps the same option order for the same seed and shuffles across seeds", () => {
    const mc = QuestionSchema.parse({ id: "mc", kind: "multiple_choice", prompt: "?", options: "abcdef".split("").map((id, i) => ({ id, text: id, weight: i === 0 ? 1 : 0 })) });
    const order = (seed: number, shuffle = true) => (toStudentQuestion(mc, seed, shuffle) as { options: { text: string }[] }).options.map((o) => o.text).join("");
    expect(order(5)).toBe(order(5));
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => order(s))).size).toBeGreaterThan(1);
    expect(order(5, false)).toBe("abcdef");
  });
});

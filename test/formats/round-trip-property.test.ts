import { describe, expect, it } from "vitest";
import { exportGift, parseGift } from "../../src/formats";
import { QuestionSchema, type Question, type QuestionInput } from "../../src/schemas/question";
import { prng } from "../../src/quiz/shuffle";

// Pieces chosen to collide with GIFT syntax: every special character, escapes, markers.
const PIECES = ["a", "b", " ", "~", "=", "#", "{", "}", ":", "\\", "\n", "%", "->", "*", "_", "//", "T", "é", "😀", "\\n", "[html]", "::", "####", "%50%", "$CATEGORY:", "{{1}}", "\t"];

function generator(seed: number) {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const maybe = <T>(value: () => T): T | undefined => (random() < 0.5 ? value() : undefined);
  // Leading "x" and trimming: GIFT trims text, and the schema trims most of it anyway.
  const text = () => `x${Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(PIECES)).join("").trim()}`;
  const weight = () => pick([1, 0.5, 0.25, 0.125, 0, -0.5, -1]);

  return (index: number): QuestionInput => {
    const base = { id: `q${index}`, prompt: text(), feedback: maybe(text), category: maybe(() => pick(["Geo", "Geo/Europe", "History"])) };
    switch (pick(["mc", "tf", "short", "numeric", "matching", "cloze"])) {
      case "mc":
        return {
          ...base,
          kind: "multiple_choice",
          multiple: random() < 0.5,
          options: [
            { id: "a", text: text(), weight: 1, feedback: maybe(text) },
            { id: "b", text: text(), weight: weight() },
            { id: "c", text: text(), weight: weight(), feedback: maybe(text) },
          ],
        };
      case "tf":
        return { ...base, kind: "true_false", answer: random() < 0.5, feedbackWrong: maybe(text), feedbackRight: maybe(text) };
      case "short":
        return { ...base, kind: "short_answer", answers: [{ text: text(), weight: 1, feedback: maybe(text) }, { text: text(), weight: weight() }] };
      case "numeric":
        return {
          ...base,
          kind: "numeric",
          answers: [
            { value: Math.floor(random() * 2000) / 8 - 100, tolerance: maybe(() => 0.5), weight: 1, feedback: maybe(text) },
            { min: -1, max: 3.5, weight: 0.5 },
          ],
        };
      case "matching":
        return { ...base, kind: "matching", pairs: [{ left: `L${text()}`, right: text() }, { left: `M${text()}`, right: text() }], distractors: maybe(() => [text()]) };
      default: {
        const before = text();
        const after = `z${text()}`;
        const gap = random() < 0.5 ? { answers: [{ text: text() }] } : { options: [{ id: "a", text: text(), weight: 1 }, { id: "b", text: text(), weight: 0 }] };
        return { ...base, kind: "cloze", prompt: `${before}_____${after}`, text: `${before}{{1}}${after}`, gaps: [gap] };
      }
    }
  };
}

describe("exportGift → parseGift on random questions full of GIFT syntax", () => {
  it("reads back exactly what it wrote whenever the export gave no warning", () => {
    const next = generator(20240611);
    let exact = 0;
    for (let i = 0; i < 400; i++) {
      const parsed = QuestionSchema.safeParse(JSON.parse(JSON.stringify(next(i))));
      if (!parsed.success) continue;
      const question: Question = parsed.data;
      const { text, warnings } = exportGift([question]);
      if (warnings.length > 0) continue;
      const back = parseGift(text);
      expect(back.rejected, text).toEqual([]);
      expect(back.warnings, text).toEqual([]);
      expect(back.questions, text).toEqual([{ ...question, title: question.id }]);
      exact++;
    }
    // Warnings (a '->' in a typed answer, say) must stay the exception, or this test proves little.
    expect(exact).toBeGreaterThan(300);
  });
});

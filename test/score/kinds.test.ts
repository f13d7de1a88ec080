import { describe, expect, it } from "vitest";
import { checkResponseShape, scoreQuestion } from "../../src/score";
import { itemId } from "../../src/score/item-id";

// Students pick options by their public id, a hash of the option text.
const pick = (text: string) => itemId(text);
import { parseNumber } from "../../src/score/numbers";
import { type Question, QuestionSchema } from "../../src/schemas/question";

const q = (input: unknown) => QuestionSchema.parse(input);
const on = { typoTolerance: true };

describe("multiple choice", () => {
  const single = q({ id: "s", kind: "multiple_choice", prompt: "?", options: [
    { id: "a", text: "Minsk region", weight: 0, feedback: "Minsk is the capital." },
    { id: "b", text: "Vitebsk region", weight: 1 },
    { id: "c", text: "Half right", weight: 0.5 },
  ] });
  const multi = q({ id: "m", kind: "multiple_choice", prompt: "?", multiple: true, options: [
    { id: "a", text: "Losvido", weight: 0.5 },
    { id: "b", text: "Lepelets", weight: 0.5 },
    { id: "c", text: "Borisov", weight: -0.5 },
    { id: "d", text: "Obuz-Lesnovsky", weight: -0.5 },
  ] });

  it("credits the chosen option's weight, with its feedback", () => {
    expect(scoreQuestion(single, pick("Vitebsk region"), on)).toMatchObject({ credit: 1, status: "correct" });
    expect(scoreQuestion(single, pick("Minsk region"), on)).toMatchObject({ credit: 0, status: "incorrect", feedback: "Minsk is the capital." });
    expect(scoreQuestion(single, pick("Half right"), on)).toMatchObject({ credit: 0.5, status: "partial" });
  });

  it("sums multiple-response weights and clamps the total to [0, 1]", () => {
    const [a, b, c, d] = ["Losvido", "Lepelets", "Borisov", "Obuz-Lesnovsky"].map(pick) as [string, string, string, string];
    expect(scoreQuestion(multi, [a, b], on).credit).toBe(1);
    expect(scoreQuestion(multi, [a], on)).toMatchObject({ credit: 0.5, rule: "partial: 1 of 2 right options chosen" });
    expect(scoreQuestion(multi, [a, b, c], on).credit).toBe(0.5);
    expect(scoreQuestion(multi, [c, d], on).credit).toBe(0);
    expect(scoreQuestion(multi, [a, b, c, d], on).credit).toBe(0);
    expect(scoreQuestion(multi, [a, a], on).credit).toBe(0.5); // choosing twice counts once
  });

  it("refuses several options on a single-answer question and unknown option ids", () => {
    expect(scoreQuestion(single, [pick("Minsk region"), pick("Vitebsk region")], on).credit).toBe(0);
    // The refusal says what is expected and lists no option: in authored order the ids would undo the shuffle.
    const refused = checkResponseShape(single, "z");
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("not an option id") });
    for (const text of ["Minsk region", "Vitebsk region", "Half right"]) expect(JSON.stringify(refused)).not.toContain(pick(text));
    // The author's own ids are not what students send: they could reveal the key.
    expect(checkResponseShape(single, "b").ok).toBe(false);
  });
});

describe("true/false", () => {
  const tf = q({ id: "t", kind: "true_false", prompt: "?", answer: false, feedbackWrong: "Look again.", feedbackRight: "Yes." });
  it("credits the right truth value with the matching feedback", () => {
    expect(scoreQuestion(tf, false, on)).toMatchObject({ credit: 1, feedback: "Yes." });
    expect(scoreQuestion(tf, true, on)).toMatchObject({ credit: 0, feedback: "Look again." });
  });
  it("accepts 'true' and 'false' strings as booleans", () => {
    expect(checkResponseShape(tf, "false")).toEqual({ ok: true, value: false });
    expect(checkResponseShape(tf, "maybe").ok).toBe(false);
  });
});

describe("numeric", () => {
  const n = q({ id: "n", kind: "numeric", prompt: "?", units: ["km", "kilometres"], answers: [
    { value: 100, tolerance: 5, weight: 1 },
    { min: 80, max: 120, weight: 0.5, feedback: "Close." },
  ] });
  it("accepts values within tolerance and ranges, best weight first", () => {
    expect(scoreQuestion(n, 103, on).credit).toBe(1);
    expect(scoreQuestion(n, "95 km", on).credit).toBe(1);
    expect(scoreQuestion(n, "1,00", on).credit).toBe(0);
    expect(scoreQuestion(n, 118, on)).toMatchObject({ credit: 0.5, feedback: "Close." });
    expect(scoreQuestion(n, 121, on).credit).toBe(0);
    expect(scoreQuestion(n, "lots", on)).toMatchObject({ credit: 0, rule: "rejected: not a number" });
  });
  it("reads number words and thousands separators", () => {
    expect(parseNumber("two")).toBe(2);
    expect(parseNumber("twenty-one")).toBe(21);
    expect(parseNumber("three hundred and five")).toBe(305);
    expect(parseNumber("1,500")).toBe(1500);
    expect(parseNumber("1 500")).toBe(1500);
    expect(parseNumber("-2.5")).toBe(-2.5);
    expect(parseNumber("6th")).toBeNull();
  });
  it("treats 0.1 + 0.2 as 0.3", () => {
    const exact = q({ id: "e", kind: "numeric", prompt: "?", answers: [{ value: 0.3 }] });
    expect(scoreQuestion(exact, 0.1 + 0.2, on).credit).toBe(1);
  });
});

describe("cloze", () => {
  const c = q({ id: "c", kind: "cloze", prompt: "Fill in", text: "Drills in the {{1}} region until {{2}}.", gaps: [
    { options: [{ id: "a", text: "Minsk", weight: 0 }, { id: "b", text: "Vitebsk", weight: 1 }] },
    { answers: [{ text: "September 6" }, { text: "6 September" }] },
  ] });
  it("scores each gap and averages", () => {
    expect(scoreQuestion(c, [pick("Vitebsk"), "september 6"], on)).toMatchObject({ credit: 1, rule: "accepted: 2 of 2 gaps right" });
    expect(scoreQuestion(c, [pick("Minsk"), "6 September"], on)).toMatchObject({ credit: 0.5, status: "partial" });
    expect(scoreQuestion(c, ["", ""], on).status).toBe("unanswered");
  });
  it("rejects a choice that is not one of the gap's options", () => {
    expect(checkResponseShape(c, ["Vitebsk", "x"]).ok).toBe(false);
    expect(checkResponseShape(c, ["b", "x", "extra"]).ok).toBe(false);
  });
});

describe("matching and ordering", () => {
  const m = q({ id: "m", kind: "matching", prompt: "Match", pairs: [
    { left: "Serdykov", right: "head of the Unified Staff" },
    { left: "Lukashenko", right: "President of Belarus" },
    { left: "Ivanova", right: "military affairs expert" },
  ], distractors: ["NATO spokesperson"] });
  const o = q({ id: "o", kind: "ordering", prompt: "Order", items: ["first", "second", "third", "fourth"] });

  it("credits each pair matched", () => {
    const right = Object.fromEntries((m as Extract<Question, { kind: "matching" }>).pairs.map((p) => [itemId(p.left), itemId(p.right)]));
    expect(scoreQuestion(m, right, on).credit).toBe(1);
    const oneWrong = { ...right, [itemId("Ivanova")]: itemId("NATO spokesperson") };
    expect(scoreQuestion(m, oneWrong, on)).toMatchObject({ rule: "partial: 2 of 3 pairs matched" });
    expect(scoreQuestion(m, oneWrong, on).credit).toBeCloseTo(2 / 3);
  });

  it("credits each item in its right place", () => {
    const ids = ["first", "second", "third", "fourth"].map(itemId);
    expect(scoreQuestion(o, ids, on).credit).toBe(1);
    expect(scoreQuestion(o, [ids[1]!, ids[0]!, ids[2]!, ids[3]!], on).credit).toBe(0.5);
    expect(checkResponseShape(o, [ids[0]!, ids[0]!, ids[1]!, ids[2]!]).ok).toBe(false);
  });
});

describe("numbers, strictly", () => {
  it("does not add up a list of number words", () => {
    expect(parseNumber("one two")).toBeNull();
    expect(parseNumber("five five")).toBeNull();
    expect(parseNumber("twenty one")).toBe(21);
    expect(parseNumber("one hundred twenty")).toBe(120);
  });
  it("accepts the singular of a listed unit", () => {
    const n = q({ id: "n", kind: "numeric", prompt: "?", units: ["days"], answers: [{ value: 1 }] });
    expect(scoreQuestion(n, "1 day", on).credit).toBe(1);
  });
});

describe("a saved option id the question does not know", () => {
  it("scores 0 instead of failing", () => {
    const single = q({ id: "s", kind: "multiple_choice", prompt: "?", options: [{ id: "a", text: "x", weight: 1 }, { id: "b", text: "y", weight: 0 }] });
    expect(scoreQuestion(single, "b", on)).toMatchObject({ credit: 0, rule: "rejected: not an option of this question" });
  });
});

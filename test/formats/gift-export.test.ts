import { describe, expect, it } from "vitest";
import { exportGift, parseGift } from "../../src/formats";
import { QuestionSchema, type Question, type QuestionInput } from "../../src/schemas/question";

const make = (input: QuestionInput): Question => QuestionSchema.parse(input);
const roundTrip = (questions: Question[]) => parseGift(exportGift(questions).text);

// One of each kind GIFT can express, with the awkward corners of each.
const everything: Question[] = [
  make({
    id: "capitals",
    title: "Capitals",
    category: "Geography/Europe",
    format: "html",
    kind: "multiple_choice",
    prompt: "What is the capital of <b>France</b>?",
    feedback: "Paris has been the capital since 987.",
    multiple: false,
    options: [
      { id: "a", text: "Paris", weight: 1, feedback: "Right" },
      { id: "b", text: "Lyon", weight: 0, feedback: "No, that's the third city" },
      { id: "c", text: "London", weight: -0.5 },
    ],
  }),
  make({
    id: "two-right",
    kind: "multiple_choice",
    prompt: "Name a prime below 4.",
    multiple: false,
    options: [
      { id: "a", text: "2", weight: 1 },
      { id: "b", text: "3", weight: 1 },
    ],
  }),
  make({
    id: "half-right",
    kind: "multiple_choice",
    prompt: "Which is closest?",
    multiple: false,
    options: [
      { id: "a", text: "almost", weight: 0.5 },
      { id: "b", text: "far", weight: 0 },
    ],
  }),
  make({
    id: "grant-s-tomb-who-lies-there",
    title: "Grant's tomb: who lies there?",
    kind: "multiple_choice",
    prompt: "Who is entombed in Grant's tomb?",
    multiple: true,
    options: [
      { id: "a", text: "No one", weight: -1 },
      { id: "b", text: "Grant", weight: 0.5 },
      { id: "c", text: "Grant's wife", weight: 0.5 },
      { id: "d", text: "Grant's father", weight: 0 },
    ],
  }),
  make({
    id: "full-and-multiple",
    kind: "multiple_choice",
    prompt: "Tick all true statements.",
    multiple: true,
    options: [
      { id: "a", text: "1 = 1", weight: 1 },
      { id: "b", text: "1 = 2", weight: -1 },
    ],
  }),
  make({ id: "sun", kind: "true_false", prompt: "The sun rises in the east.", answer: true, feedbackWrong: "It does.", feedbackRight: "Yes." }),
  make({ id: "only-right-feedback", kind: "true_false", prompt: "Grant is buried.", answer: false, feedbackRight: "Entombed." }),
  make({ id: "only-wrong-feedback", kind: "true_false", prompt: "Ice is cold.", answer: true, feedbackWrong: "Touch it.", feedback: "General." }),
  make({
    id: "grant-short",
    kind: "short_answer",
    prompt: "Who's buried in Grant's tomb?",
    answers: [
      { text: "Grant", weight: 1 },
      { text: "Ulysses * Grant", weight: 0.5, feedback: "Give the short name" },
      { text: "*", weight: 0, feedback: "No" },
    ],
  }),
  make({ id: "born", kind: "numeric", prompt: "When was Grant born?", answers: [{ value: 1822, weight: 1 }] }),
  make({ id: "pi", kind: "numeric", prompt: "Pi to two places?", answers: [{ value: 3.14, tolerance: 0.01, weight: 1, feedback: "Good" }], feedback: "About 3.14159." }),
  make({ id: "range", kind: "numeric", prompt: "A number from -5 to 5.", answers: [{ min: -5, max: 5, weight: 1 }] }),
  make({
    id: "pi-catch-all",
    kind: "numeric",
    prompt: "Pi to four places?",
    answers: [
      { value: 3.1416, tolerance: 0.00005, weight: 1, feedback: "Right" },
      { value: 3.14, tolerance: 0.01, weight: 0.5 },
      { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, weight: 0, feedback: "Try again" },
    ],
  }),
  make({
    id: "match-capitals",
    kind: "matching",
    prompt: "Match each country with its capital.",
    pairs: [
      { left: "Canada", right: "Ottawa" },
      { left: "Italy", right: "Rome" },
    ],
    distractors: ["Paris", "Berlin"],
  }),
  make({
    id: "costs",
    kind: "cloze",
    prompt: "Moodle costs _____ to download.",
    text: "Moodle costs {{1}} to download.",
    gaps: [{ options: [{ id: "a", text: "lots of money", weight: 0 }, { id: "b", text: "nothing", weight: 1, feedback: "Free!" }] }],
  }),
  make({
    id: "two-plus",
    kind: "cloze",
    prompt: "_____ plus two equals four.",
    text: "{{1}} plus two equals four.",
    gaps: [{ answers: [{ text: "two", weight: 1 }, { text: "2", weight: 0.5 }] }],
    feedback: "Arithmetic.",
  }),
  make({
    id: "escapes-all-of-them",
    title: "Escapes: {all} of them ~ = # \\",
    kind: "multiple_choice",
    prompt: "Which is {set} notation: a~b = c # d \\ e?\nSecond line, with C:\\new and \\frac.",
    multiple: false,
    options: [
      { id: "a", text: "x~y", weight: 1, feedback: "right # here\nnext line" },
      { id: "b", text: "%50% of people", weight: 0 },
      { id: "c", text: "a -> b", weight: 0 },
      { id: "d", text: "{}", weight: 0 },
    ],
  }),
];

// Titled questions use the slug of their title as id, so ids survive; untitled ones
// get the id as ::title::, and parseGift reads it back as their title.
const expected = everything.map((q) => ({ ...q, title: q.title ?? q.id }));

describe("exportGift → parseGift round trip", () => {
  it("reads back every kind GIFT can express unchanged", () => {
    const { text, warnings } = exportGift(everything);
    expect(warnings).toEqual([]);
    const result = parseGift(text);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.questions).toEqual(expected);
  });

  it("keeps ids through the title, and categories through $CATEGORY lines", () => {
    const back = roundTrip(everything);
    expect(back.questions.map((q) => q.id)).toEqual(everything.map((q) => q.id));
    expect(back.questions.map((q) => q.category)).toEqual(everything.map((q) => q.category));
  });

  it("writes a $CATEGORY line only when the category changes, and an empty one to leave it", () => {
    const tf = (id: string, category?: string) => make({ id, kind: "true_false", prompt: "Q", answer: true, category });
    const { text } = exportGift([tf("a", "One"), tf("b", "One"), tf("c", "Two"), tf("d")]);
    expect(text.match(/^\$CATEGORY:.*$/gm)).toEqual(["$CATEGORY: One", "$CATEGORY: Two", "$CATEGORY:"]);
    expect(parseGift(text).questions.map((q) => q.category)).toEqual(["One", "One", "Two", undefined]);
  });

  it("makes multiple explicit when it was left to its default", () => {
    const single = make({ id: "s", kind: "multiple_choice", prompt: "Q", options: [{ id: "a", text: "x", weight: 1 }, { id: "b", text: "y", weight: 0 }] });
    const several = make({ id: "m", kind: "multiple_choice", prompt: "Q", options: [{ id: "a", text: "x", weight: 0.5 }, { id: "b", text: "y", weight: 0.5 }] });
    expect(roundTrip([single, several]).questions.map((q) => q.kind === "multiple_choice" && q.multiple)).toEqual([false, true]);
  });

  it("keeps thirds and sevenths close enough through percentages", () => {
    const q = make({
      id: "thirds",
      kind: "multiple_choice",
      prompt: "Q",
      multiple: true,
      options: [
        { id: "a", text: "x", weight: 1 / 3 },
        { id: "b", text: "y", weight: 2 / 3 },
        { id: "c", text: "z", weight: -1 / 7 },
      ],
    });
    const back = roundTrip([q]).questions[0]!;
    expect(back.kind === "multiple_choice" && back.options.map((o) => o.weight)).toEqual([
      expect.closeTo(1 / 3, 7),
      expect.closeTo(2 / 3, 7),
      expect.closeTo(-1 / 7, 7),
    ]);
  });

  it("writes plain, readable GIFT", () => {
    const text = exportGift([
      make({ id: "sun", kind: "true_false", prompt: "The sun rises in the east.", answer: true }),
      make({ id: "pick", title: "Pick: one", kind: "multiple_choice", prompt: "2 + 2 = ?", options: [{ id: "a", text: "4", weight: 1 }, { id: "b", text: "5", weight: 0 }] }),
    ]).text;
    expect(text).toBe("::sun::The sun rises in the east. {TRUE}\n\n::Pick\\: one::2 + 2 \\= ? {\n\t=4\n\t~5\n}\n");
  });

  it("returns empty text for no questions", () => {
    expect(exportGift([])).toEqual({ text: "", warnings: [] });
  });
});

describe("exportGift warnings", () => {
  const choice = (weights: number[], multiple = true) =>
    make({ id: "w", kind: "multiple_choice", prompt: "Q", multiple, options: weights.map((weight, i) => ({ id: "abcdefgh"[i]!, text: `o${i}`, weight })) });

  it("warns about each weight Moodle would reject, naming the nearest it accepts", () => {
    const { text, warnings } = exportGift([choice([0.42, 0.58, -0.07])]);
    expect(text).toContain("~%42%o0");
    expect(warnings).toEqual([
      { questionId: "w", message: "option a ('o0') has the weight 42%, which Moodle does not accept (the nearest it does is 40%)" },
      { questionId: "w", message: "option b ('o1') has the weight 58%, which Moodle does not accept (the nearest it does is 60%)" },
      { questionId: "w", message: "option c ('o2') has the weight -7%, which Moodle does not accept (the nearest it does is -5%)" },
    ]);
  });

  it("accepts Moodle's own fractions, negatives included, without warnings", () => {
    expect(exportGift([choice([1 / 3, 1 / 6, 1 / 7, 1 / 9, 0.125, -0.5, -5 / 6])]).warnings).toEqual([]);
  });

  it("warns about Moodle-invalid short-answer and numeric weights too", () => {
    const { warnings } = exportGift([
      make({ id: "s", kind: "short_answer", prompt: "Q", answers: [{ text: "a", weight: 1 }, { text: "b", weight: 0.35 }] }),
      make({ id: "n", kind: "numeric", prompt: "Q", answers: [{ value: 1, weight: 1 }, { value: 2, weight: 0.45 }] }),
    ]);
    expect(warnings.map((w) => w.questionId)).toEqual(["s", "n"]);
    expect(warnings[0]!.message).toMatch(/35%/);
    expect(warnings[1]!.message).toMatch(/45%/);
  });

  it("skips ordering questions and cloze questions with several gaps, naming them", () => {
    const { text, warnings } = exportGift([
      make({ id: "steps", kind: "ordering", prompt: "Order these", items: ["first", "second"] }),
      make({ id: "two-gaps", kind: "cloze", prompt: "Fill", text: "{{1}} and {{2}}", gaps: [{ answers: [{ text: "a" }] }, { answers: [{ text: "b" }] }] }),
      make({ id: "kept", kind: "true_false", prompt: "Q", answer: true }),
    ]);
    expect(text).not.toContain("steps");
    expect(text).not.toContain("two-gaps");
    expect(parseGift(text).questions.map((q) => q.id)).toEqual(["kept"]);
    expect(warnings).toEqual([
      { questionId: "steps", message: "question 'steps' is not exported: GIFT has no ordering questions" },
      { questionId: "two-gaps", message: expect.stringMatching(/^question 'two-gaps' is not exported: .*exactly one gap.*has 2/) },
    ]);
  });

  it("skips a choice question with no right option", () => {
    const { text, warnings } = exportGift([choice([0, -1], false)]);
    expect(text).toBe("");
    expect(warnings[0]!.message).toMatch(/not exported: it has no option with a positive weight/);
  });

  it("puts the explanation into general feedback only when there is none", () => {
    const tf = (extra: Partial<QuestionInput>) => make({ id: "t", kind: "true_false", prompt: "Q", answer: true, ...extra } as QuestionInput);
    const alone = exportGift([tf({ explanation: "Because." })]);
    expect(alone.warnings).toEqual([]);
    expect(parseGift(alone.text).questions[0]!.feedback).toBe("Because.");
    const both = exportGift([tf({ explanation: "Because.", feedback: "General." })]);
    expect(parseGift(both.text).questions[0]!.feedback).toBe("General.");
    expect(both.text).not.toContain("Because");
    expect(both.warnings).toEqual([{ questionId: "t", message: expect.stringContaining("explanation is not exported") }]);
  });

  it("does not write the source span", () => {
    const q = make({ id: "t", kind: "true_false", prompt: "Q", answer: true, source: { sentence: 0, start: 0, end: 9, text: "SECRETSRC" } });
    const { text, warnings } = exportGift([q]);
    expect(text).not.toContain("SECRETSRC");
    expect(warnings).toEqual([]);
  });

  it("warns about what GIFT cannot hold: points, case sensitivity, units, '->' in a short answer", () => {
    const { warnings } = exportGift([
      make({ id: "p", kind: "true_false", prompt: "Q", answer: true, points: 2 }),
      make({ id: "c", kind: "short_answer", prompt: "Q", caseSensitive: true, answers: [{ text: "NaCl" }] }),
      make({ id: "u", kind: "numeric", prompt: "Q", units: ["m"], answers: [{ value: 1 }] }),
      make({ id: "a", kind: "short_answer", prompt: "Q", answers: [{ text: "x -> y" }] }),
    ]);
    expect(warnings.map((w) => w.questionId)).toEqual(["p", "c", "u", "a"]);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining("no points"),
      expect.stringContaining("case-sensitive"),
      expect.stringContaining("no units"),
      expect.stringContaining("matching"),
    ]);
  });

  it("warns when '->' in typed-answer feedback would make the block read as matching", () => {
    const { warnings } = exportGift([make({ id: "f", kind: "short_answer", prompt: "Q", answers: [{ text: "a", feedback: "a -> b" }] })]);
    expect(warnings).toEqual([{ questionId: "f", message: expect.stringContaining("'->'") }]);
  });

  it("warns when text without a format starts like a format marker", () => {
    const { text, warnings } = exportGift([make({ id: "m", kind: "true_false", prompt: "[html] is a tag", answer: true })]);
    expect(warnings).toEqual([{ questionId: "m", message: "the text starts with '[html]', which GIFT reads as a format marker" }]);
    expect(parseGift(text).questions[0]).toMatchObject({ format: "html", prompt: "is a tag" });
  });

  it("warns when a cloze question cannot come back as missing-word", () => {
    const { warnings } = exportGift([
      make({ id: "end", kind: "cloze", prompt: "The capital is _____", text: "The capital is {{1}}", gaps: [{ answers: [{ text: "Paris" }] }] }),
      make({ id: "own-prompt", kind: "cloze", prompt: "Fill the gap.", text: "The capital is {{1}} today.", gaps: [{ answers: [{ text: "Paris" }] }] }),
    ]);
    expect(warnings).toEqual([
      { questionId: "end", message: expect.stringContaining("the gap ends the text") },
      { questionId: "own-prompt", message: expect.stringContaining("the prompt is not exported") },
    ]);
  });
});

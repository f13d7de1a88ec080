import { describe, expect, it } from "vitest";
import { parseGift } from "../../src/formats";
import { lines, single } from "./helpers";

describe("parseGift: multiple choice", () => {
  it("reads one right answer among wrong ones, with per-answer feedback", () => {
    const q = single("Who's buried in Grant's tomb?{~Grant#No, he was cremated =Ulysses S. Grant#Right ~No one}", "multiple_choice");
    expect(q.prompt).toBe("Who's buried in Grant's tomb?");
    expect(q.multiple).toBe(false);
    expect(q.options).toEqual([
      { id: "a", text: "Grant", weight: 0, feedback: "No, he was cremated" },
      { id: "b", text: "Ulysses S. Grant", weight: 1, feedback: "Right" },
      { id: "c", text: "No one", weight: 0 },
    ]);
  });

  it("keeps a single-answer question single when several answers are marked '='", () => {
    const q = single("Name a prime. {=2 =3 ~4}", "multiple_choice");
    expect(q.multiple).toBe(false);
    expect(q.options.map((o) => o.weight)).toEqual([1, 1, 0]);
  });

  it("reads multiple-response weights with negatives as a multiple-answer question", () => {
    const q = single(
      "Who is entombed in Grant's tomb? {~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-33.33333%Grant's father}",
      "multiple_choice",
    );
    expect(q.multiple).toBe(true);
    expect(q.options.map((o) => o.weight)).toEqual([-1, 0.5, 0.5, -0.3333333]);
  });

  it("lets an explicit weight override what '=' implies", () => {
    const q = single("Pick {=%50%half ~none ~%-0%zero}", "multiple_choice");
    expect(q.options.map((o) => o.weight)).toEqual([0.5, 0, 0]);
    expect(Object.is(q.options[2]!.weight, 0)).toBe(true);
  });

  it("reads answers written one per line", () => {
    const q = single(lines("What colour is the sky?", "{", "  =blue", "  ~green", "  ~red", "}"), "multiple_choice");
    expect(q.options.map((o) => o.text)).toEqual(["blue", "green", "red"]);
  });

  it("clamps a weight beyond ±100% and warns", () => {
    const result = parseGift("Pick {~%150%a ~%-200%b}");
    expect(result.questions[0]).toMatchObject({ options: [{ weight: 1 }, { weight: -1 }] });
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[0]).toEqual({ line: 1, message: expect.stringContaining("150%") });
  });
});

describe("parseGift: true/false", () => {
  it.each([
    ["{T}", true],
    ["{TRUE}", true],
    ["{F}", false],
    ["{FALSE}", false],
    ["{ true }", true],
  ])("reads %s", (block, answer) => {
    expect(single(`The sun rises in the east. ${block}`, "true_false").answer).toBe(answer);
  });

  it("takes the first feedback as shown when wrong and the second as shown when right", () => {
    const q = single("Grant is buried in Grant's tomb. {FALSE#No, he is entombed there.#Right: entombed, not buried.}", "true_false");
    expect(q).toMatchObject({ answer: false, feedbackWrong: "No, he is entombed there.", feedbackRight: "Right: entombed, not buried." });
  });

  it("reads feedback shown only when right", () => {
    const q = single("2 is even. {T##Yes}", "true_false");
    expect(q.feedbackWrong).toBeUndefined();
    expect(q.feedbackRight).toBe("Yes");
  });
});

describe("parseGift: short answer", () => {
  it("reads accepted answers with partial credit, keeping '*' wildcards verbatim", () => {
    const q = single("Who's buried in Grant's tomb? {=Grant =%50%Ulysses * Grant#Almost =%0%*#Not quite}", "short_answer");
    expect(q.answers).toEqual([
      { text: "Grant", weight: 1 },
      { text: "Ulysses * Grant", weight: 0.5, feedback: "Almost" },
      { text: "*", weight: 0, feedback: "Not quite" },
    ]);
  });

  it("warns that a catch-all '*' without a weight gives full credit", () => {
    const result = parseGift("Two plus two? {=four =*#catch-all feedback}");
    expect(result.questions[0]).toMatchObject({ answers: [{ text: "four" }, { text: "*", weight: 1, feedback: "catch-all feedback" }] });
    expect(result.warnings).toEqual([{ line: 1, message: expect.stringContaining("=%0%*") }]);
  });

  it("clamps a short-answer weight outside 0..100 and warns", () => {
    const result = parseGift("Capital of France? {=%120%Paris =%-50%Lyon}");
    expect(result.questions[0]).toMatchObject({ answers: [{ weight: 1 }, { weight: 0 }] });
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringContaining("120%"), expect.stringContaining("-50%")]);
  });
});

describe("parseGift: numeric", () => {
  it("reads an exact number", () => {
    expect(single("When was Ulysses S. Grant born? {#1822}", "numeric").answers).toEqual([{ value: 1822, weight: 1 }]);
  });

  it("reads a value with tolerance, and answer feedback", () => {
    expect(single("What is pi to two places? {#3.14:0.01#Good}", "numeric").answers).toEqual([
      { value: 3.14, tolerance: 0.01, weight: 1, feedback: "Good" },
    ]);
  });

  it("reads a range as min and max, including negatives", () => {
    expect(single("Pick a number from 1 to 5 {#1..5}", "numeric").answers).toEqual([{ min: 1, max: 5, weight: 1 }]);
    expect(single("A negative range {#-5.5..-2}", "numeric").answers).toEqual([{ min: -5.5, max: -2, weight: 1 }]);
  });

  it("reads several answers with partial credit", () => {
    expect(single("When was Grant born? {# =1822:0 =%50%1822:2}", "numeric").answers).toEqual([
      { value: 1822, tolerance: 0, weight: 1 },
      { value: 1822, tolerance: 2, weight: 0.5 },
    ]);
  });

  it("reads a numeric answer with tolerance plus a catch-all", () => {
    const q = single(
      lines("What is pi to four places? {#", "  =3.1416:0.00005#Right", "  =%50%3.14:0.01#Close", "  =%0%*#Try again", "  ####Pi is about 3.14159.", "}"),
      "numeric",
    );
    expect(q.feedback).toBe("Pi is about 3.14159.");
    expect(q.answers).toEqual([
      { value: 3.1416, tolerance: 0.00005, weight: 1, feedback: "Right" },
      { value: 3.14, tolerance: 0.01, weight: 0.5, feedback: "Close" },
      { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, weight: 0, feedback: "Try again" },
    ]);
  });

  it("reads a '~' catch-all as a wrong answer worth nothing", () => {
    const q = single("Grant's birth year? {#=1822 ~*#No}", "numeric");
    expect(q.answers[1]).toEqual({ min: -Number.MAX_VALUE, max: Number.MAX_VALUE, weight: 0, feedback: "No" });
  });

  it("accepts exponents and signs", () => {
    expect(single("Avogadro {#6.022e23:1e21}", "numeric").answers[0]).toMatchObject({ value: 6.022e23, tolerance: 1e21 });
  });
});

describe("parseGift: matching", () => {
  it("reads pairs in order", () => {
    const q = single("Match the capitals. {=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo}", "matching");
    expect(q.pairs).toEqual([
      { left: "Canada", right: "Ottawa" },
      { left: "Italy", right: "Rome" },
      { left: "Japan", right: "Tokyo" },
    ]);
    expect(q.distractors).toBeUndefined();
  });

  it("reads an entry with an empty left side as a distractor", () => {
    const q = single("Match {=Canada -> Ottawa =Italy -> Rome = -> Paris =  -> Berlin}", "matching");
    expect(q.pairs).toHaveLength(2);
    expect(q.distractors).toEqual(["Paris", "Berlin"]);
  });
});

describe("parseGift: general feedback and format", () => {
  it("reads '####' as general feedback for every type", () => {
    expect(single("Q {=a ~b ####Because.}", "multiple_choice").feedback).toBe("Because.");
    expect(single("Q {T####Because.}", "true_false").feedback).toBe("Because.");
    expect(single("Q {=a####Because.}", "short_answer").feedback).toBe("Because.");
    expect(single("Q {#4####Because.}", "numeric").feedback).toBe("Because.");
    expect(single("Q {=a -> 1 =b -> 2 ####Because.}", "matching").feedback).toBe("Because.");
  });

  it.each(["html", "moodle", "plain", "markdown"] as const)("reads the [%s] format marker", (format) => {
    const q = single(`::T::[${format}]What is **bold**? {T}`, "true_false");
    expect(q.format).toBe(format);
    expect(q.prompt).toBe("What is **bold**?");
  });
});

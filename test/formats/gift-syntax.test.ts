import { describe, expect, it } from "vitest";
import { parseGift } from "../../src/formats";
import { lines, single } from "./helpers";

describe("parseGift: missing-word questions", () => {
  it("turns a choice block inside the sentence into a one-gap cloze with options", () => {
    const q = single("Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org.", "cloze");
    expect(q.text).toBe("Moodle costs {{1}} to download from moodle.org.");
    expect(q.prompt).toBe("Moodle costs _____ to download from moodle.org.");
    expect(q.gaps).toEqual([
      {
        options: [
          { id: "a", text: "lots of money", weight: 0 },
          { id: "b", text: "nothing", weight: 1 },
          { id: "c", text: "a small amount", weight: 0 },
        ],
      },
    ]);
  });

  it("turns a typed block inside the sentence into a one-gap cloze with accepted answers", () => {
    const q = single("Two plus {=two =%50%2#digits are half credit} equals four.", "cloze");
    expect(q.text).toBe("Two plus {{1}} equals four.");
    expect(q.prompt).toBe("Two plus _____ equals four.");
    expect(q.gaps).toEqual([{ answers: [{ text: "two", weight: 1 }, { text: "2", weight: 0.5, feedback: "digits are half credit" }] }]);
  });

  it("accepts the block at the very start of the sentence", () => {
    const q = single("{=Paris ~Lyon} is the capital of France.", "cloze");
    expect(q.text).toBe("{{1}} is the capital of France.");
    expect(q.prompt).toBe("_____ is the capital of France.");
  });

  it("keeps true/false, numeric and matching kinds in the middle of text, blanking the prompt", () => {
    expect(single("Grant is {T} buried in Grant's tomb.", "true_false").prompt).toBe("Grant is _____ buried in Grant's tomb.");
    expect(single("Grant was born in {#1822} in Ohio.", "numeric").prompt).toBe("Grant was born in _____ in Ohio.");
    expect(single("Match {=a -> 1 =b -> 2} now.", "matching").prompt).toBe("Match _____ now.");
  });

  it("does not treat whitespace after the block as missing-word text", () => {
    expect(single("Capital of France? {=Paris ~Lyon}   ", "multiple_choice").prompt).toBe("Capital of France?");
  });
});

describe("parseGift: escapes", () => {
  it("reads escaped special characters in stems, answers and feedback", () => {
    const q = single(String.raw`Which is \{set\} notation\: a\~b \= c \# d \\ e? {=x\~y#right \# here ~x\=y#no\: sorry ~\{\}}`, "multiple_choice");
    expect(q.prompt).toBe(String.raw`Which is {set} notation: a~b = c # d \ e?`);
    expect(q.options.map((o) => o.text)).toEqual(["x~y", "x=y", "{}"]);
    expect(q.options.map((o) => o.feedback)).toEqual(["right # here", "no: sorry", undefined]);
  });

  it("reads \\n as a newline everywhere and keeps other backslashes", () => {
    const q = single(String.raw`::Line\nbreak::First\nsecond \frac{}? {=a\nb#c\nd ~e ####f\ng}`.replace("{}", "\\{\\}"), "multiple_choice");
    expect(q.title).toBe("Line\nbreak");
    expect(q.prompt).toBe("First\nsecond \\frac{}?");
    expect(q.options[0]).toMatchObject({ text: "a\nb", feedback: "c\nd" });
    expect(q.feedback).toBe("f\ng");
  });

  it("reads a title containing an escaped colon", () => {
    const q = single(String.raw`::Time\: 10\:30 sharp::When does it start? {=10\:30 ~11\:00}`, "multiple_choice");
    expect(q.title).toBe("Time: 10:30 sharp");
    expect(q.id).toBe("time-10-30-sharp");
    expect(q.options.map((o) => o.text)).toEqual(["10:30", "11:00"]);
  });

  it("keeps escaped braces in a short answer and in a matching pair", () => {
    expect(single(String.raw`Empty set? {=\{\}}`, "short_answer").answers[0]!.text).toBe("{}");
    const q = single(String.raw`Match {=a\=b -> yes =c\~d -> no}`, "matching");
    expect(q.pairs).toEqual([{ left: "a=b", right: "yes" }, { left: "c~d", right: "no" }]);
  });
});

describe("parseGift: file structure", () => {
  it("applies $CATEGORY to the questions after it until the next one", () => {
    const result = parseGift(
      lines("$CATEGORY: $course$/top/Geography", "", "Q1 {T}", "", "Q2 {F}", "", "$CATEGORY: History/Rome", "", "Q3 {T}", "", "$CATEGORY:", "", "Q4 {T}"),
    );
    expect(result.rejected).toEqual([]);
    expect(result.questions.map((q) => q.category)).toEqual(["$course$/top/Geography", "$course$/top/Geography", "History/Rome", undefined]);
  });

  it("reads a question written right under its $CATEGORY line", () => {
    const result = parseGift(lines("$CATEGORY: Maths", "Two plus two? {#4}"));
    expect(result.questions).toMatchObject([{ category: "Maths", kind: "numeric" }]);
  });

  it("ignores comments between questions and inside a question", () => {
    const result = parseGift(
      lines(
        "// Exported from somewhere",
        "// question: 1",
        "::Q1::Capital of Italy? {",
        "  =Rome",
        "  // a teacher's note about Milan",
        "  ~Milan",
        "}",
        "",
        "// question: 2",
        "",
        "// another comment",
        "::Q2::Is water wet? {T}",
      ),
    );
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.questions.map((q) => q.id)).toEqual(["q1", "q2"]);
    expect(result.questions[0]).toMatchObject({ options: [{ text: "Rome" }, { text: "Milan" }] });
  });

  it("keeps '//' that is not at the start of a line", () => {
    expect(single("See http://example.org for details. {T}", "true_false").prompt).toBe("See http://example.org for details.");
  });

  it("reads CRLF, CR-only and BOM input the same as LF", () => {
    const lf = lines("::A::Capital of France? {", "=Paris", "~Lyon", "}", "", "// c", "::B::Sky is blue {T#no#yes}");
    const expected = parseGift(lf);
    expect(expected.questions).toHaveLength(2);
    expect(parseGift(lf.replace(/\n/g, "\r\n"))).toEqual(expected);
    expect(parseGift(lf.replace(/\n/g, "\r"))).toEqual(expected);
    expect(parseGift(`\uFEFF${lf.replace(/\n/g, "\r\n")}`)).toEqual(expected);
  });

  it("reports line numbers of CRLF input as an editor shows them", () => {
    const result = parseGift("Good {T}\r\n\r\nBad {=a ~b\r\n\r\nGood {F}\r\n");
    expect(result.questions).toHaveLength(2);
    expect(result.rejected.map((r) => r.line)).toEqual([3]);
  });

  it("returns an empty result for an empty file or one with only comments", () => {
    expect(parseGift("")).toEqual({ questions: [], rejected: [], rejectedCount: 0, warnings: [] });
    expect(parseGift("// nothing\n\n   \n// here")).toEqual({ questions: [], rejected: [], rejectedCount: 0, warnings: [] });
  });
});

describe("parseGift: ids", () => {
  it("slugifies titles, including accents, and numbers untitled questions by position", () => {
    const result = parseGift(lines("::Café Crème — No. 1!::Q {T}", "", "Q {T}", "", "::Über::Q {T}"));
    expect(result.questions.map((q) => q.id)).toEqual(["cafe-creme-no-1", "q2", "uber"]);
  });

  it("keeps ids unique with -2, -3 suffixes", () => {
    const result = parseGift(lines("::Same::A {T}", "", "::same::B {T}", "", "::SAME!::C {T}", "", "::q4::D {T}", "", "E {T}"));
    expect(result.questions.map((q) => q.id)).toEqual(["same", "same-2", "same-3", "q4", "q5"]);
  });

  it("shortens long titles to at most 48 characters and falls back to q<n> for titles with no letters", () => {
    const result = parseGift(lines(`::${"Very long title ".repeat(10)}::A {T}`, "", "::???::B {T}", "", "::日本語::C {T}"));
    const [long, symbols, cjk] = result.questions.map((q) => q.id);
    expect(long!.length).toBeLessThanOrEqual(48);
    expect(long).toMatch(/^very-long-title-very-long-title-very-long-title$/);
    expect([symbols, cjk]).toEqual(["q2", "q3"]);
    for (const q of result.questions) expect(q.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
  });

  it("keeps the title verbatim after unescaping", () => {
    expect(single("::  Grant's  tomb (1897)  ::Q {T}", "true_false").title).toBe("Grant's  tomb (1897)");
  });
});

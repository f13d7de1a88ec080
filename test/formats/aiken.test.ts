import { describe, expect, it } from "vitest";
import { parseAiken } from "../../src/formats";
import { lines } from "./helpers";

describe("parseAiken: well-formed files", () => {
  const source = lines(
    "What is the correct answer to this question?",
    "A. Is it this one?",
    "B. Maybe this answer?",
    "C. Possibly this one?",
    "D. Must be this one!",
    "ANSWER: D",
    "",
    "Which LMS has the most quiz import formats?",
    "A) Moodle",
    "B) ATutor",
    "C) Claroline",
    "ANSWER: A",
  );

  it("reads each question as single-answer multiple choice with options a, b, c …", () => {
    const result = parseAiken(source);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.questions).toEqual([
      {
        id: "q1",
        kind: "multiple_choice",
        prompt: "What is the correct answer to this question?",
        points: 1,
        multiple: false,
        options: [
          { id: "a", text: "Is it this one?", weight: 0 },
          { id: "b", text: "Maybe this answer?", weight: 0 },
          { id: "c", text: "Possibly this one?", weight: 0 },
          { id: "d", text: "Must be this one!", weight: 1 },
        ],
      },
      {
        id: "q2",
        kind: "multiple_choice",
        prompt: "Which LMS has the most quiz import formats?",
        points: 1,
        multiple: false,
        options: [
          { id: "a", text: "Moodle", weight: 1 },
          { id: "b", text: "ATutor", weight: 0 },
          { id: "c", text: "Claroline", weight: 0 },
        ],
      },
    ]);
  });

  it("reads CRLF input with a BOM, extra blank lines and indentation the same way", () => {
    const messy = `\uFEFF\r\n\r\n${source.replace(/\n/g, "\r\n").replace("A) Moodle", "   A) Moodle")}\r\n\r\n`;
    expect(parseAiken(messy).questions).toEqual(parseAiken(source).questions);
  });

  it("accepts a blank line between the options and the ANSWER line, and a lowercase answer letter", () => {
    const result = parseAiken(lines("2 + 2?", "A) 3", "B) 4", "", "ANSWER: b"));
    expect(result.questions[0]!).toMatchObject({ options: [{ weight: 0 }, { weight: 1 }] });
  });

  it("does not mistake a question starting like an option for an option when it follows a blank line", () => {
    const result = parseAiken(lines("Who wrote 'A. Lincoln: a life'?", "A) Smith", "B) Jones", "ANSWER: A"));
    expect(result.questions[0]!.prompt).toBe("Who wrote 'A. Lincoln: a life'?");
  });
});

describe("parseAiken: malformed blocks", () => {
  it("reports a question with no ANSWER line at its first line and still imports the next one", () => {
    const result = parseAiken(lines("Q1?", "A) x", "B) y", "", "Q2?", "A) x", "B) y", "ANSWER: B"));
    expect(result.questions.map((q) => q.prompt)).toEqual(["Q2?"]);
    expect(result.rejected).toEqual([{ line: 1, message: expect.stringContaining("add 'ANSWER: <letter>'") }]);
  });

  it("reports a missing ANSWER line at the end of the file", () => {
    expect(parseAiken(lines("Good?", "A) x", "B) y", "ANSWER: A", "", "Bad?", "A) x", "B) y")).rejected).toEqual([
      { line: 6, message: expect.stringContaining("not followed by an ANSWER line") },
    ]);
  });

  it("reports an answer letter that names no option", () => {
    const result = parseAiken(lines("Q?", "A) x", "B) y", "ANSWER: E"));
    expect(result.rejected).toEqual([{ line: 1, message: "'ANSWER: E' names no option: the options are A to B" }]);
  });

  it("reports fewer than two options", () => {
    expect(parseAiken(lines("", "Q?", "A) only", "ANSWER: A")).rejected).toEqual([
      { line: 2, message: "an Aiken question needs at least 2 options (A and B); this one has 1" },
    ]);
  });

  it("reports a question with no options at all", () => {
    const result = parseAiken(lines("Lonely question?", "", "Q?", "A) x", "B) y", "ANSWER: A"));
    expect(result.questions).toHaveLength(1);
    expect(result.rejected).toEqual([{ line: 1, message: expect.stringContaining("has no options") }]);
  });

  it.each([
    ["options out of order", lines("Q?", "A) x", "C) y", "ANSWER: A"), /option 'C' on line 3 should be 'B'/],
    ["several answer letters", lines("Q?", "A) x", "B) y", "ANSWER: A, B"), /exactly one option letter/],
    ["an empty answer", lines("Q?", "A) x", "B) y", "ANSWER:"), /exactly one option letter/],
    ["an empty option", lines("Q?", "A)", "B) y", "ANSWER: B"), /option 1: option text must not be empty/],
    ["options without a question", lines("A) x", "B) y", "ANSWER: A"), /no question line before them/],
    ["an ANSWER line alone", "ANSWER: A", /ANSWER line has no question/],
  ])("rejects %s", (_, source, reason) => {
    const result = parseAiken(source);
    expect(result.questions).toEqual([]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.line).toBe(1);
    expect(result.rejected[0]!.message).toMatch(reason);
  });

  it("keeps good questions around several bad ones with their own line numbers", () => {
    const result = parseAiken(
      lines("Good 1?", "A) x", "B) y", "ANSWER: A", "", "Bad?", "A) x", "ANSWER: A", "", "Good 2?", "A) x", "B) y", "ANSWER: B", "", "Bad again?", "A) x", "B) y", "ANSWER: Z"),
    );
    expect(result.questions.map((q) => [q.id, q.prompt])).toEqual([
      ["q1", "Good 1?"],
      ["q3", "Good 2?"],
    ]);
    expect(result.rejected.map((r) => r.line)).toEqual([6, 15]);
  });
});

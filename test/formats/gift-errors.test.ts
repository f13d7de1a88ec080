import { describe, expect, it } from "vitest";
import { parseGift } from "../../src/formats";
import { lines } from "./helpers";

describe("parseGift: a malformed question among good ones", () => {
  const source = lines(
    "// Week 3 quiz", //                     1
    "", //                                   2
    "::Q1::Capital of France? {", //         3
    "  =Paris", //                           4
    "  ~Lyon", //                            5
    "}", //                                  6
    "", //                                   7
    "// the next one is broken", //          8
    "::Q2::Capital of Italy? {", //          9
    "  =Rome", //                            10
    "  ~Milan", //                           11
    "", //                                   12
    "::Q3::Grant was born in {#1822}.", //   13
    "", //                                   14
    "::Q4::Pick one {~a ~b ~c}", //          15
  );
  const result = parseGift(source);

  it("imports the good questions", () => {
    expect(result.questions.map((q) => q.id)).toEqual(["q1", "q3"]);
  });

  it("reports each bad question at the line where its block starts, with a fix", () => {
    expect(result.rejected).toEqual([
      { line: 9, message: "the answer block opened on line 9 is never closed: add '}'" },
      { line: 15, message: "a multiple-choice question needs at least one right answer ('=' or a positive %weight%)" },
    ]);
  });
});

describe("parseGift: reasons a teacher can act on", () => {
  it.each([
    ["an unclosed answer block", "Q {=a ~b", /never closed: add '}'/],
    ["a stray closing brace in the text", "Q } oops {T}", /'}' on line 1 has no '{' before it: escape it as '\\}'/],
    ["a stray closing brace after the block", "Q {T} oops }", /'}' on line 1 has no '{'/],
    ["a brace inside the answer block", "Q {=a {b}", /'{' on line 1 is inside the answer block.*escape it as '\\{'/],
    ["two answer blocks", "Q {T} and {F}", /second answer block starts on line 1/],
    ["an unclosed title", "::Title Q {T}", /title is never closed: add '::'/],
    ["a title that runs into the answer block", "::Title Q {=a ~b::c}", /title is never closed/],
    ["a weight that is not a number", "Q {~%fifty%a =b}", /weight '%fifty%'.*not a number/],
    ["text before the first answer", "Q {Paris}", /'Paris' comes before the first answer: start each accepted answer with '='/],
    ["text before the first choice", "Q {Paris ~Lyon =Rome}", /'Paris' comes before the first answer: start each answer with '=' \(right\) or '~' \(wrong\)/],
    ["a matching entry without '->'", "Q {=a -> 1 =b}", /matching entry 2 \('b'\) needs '->'/],
    ["too many true/false feedbacks", "Q {T#a#b#c}", /at most two feedback texts/],
    ["no question text", "{=a ~b}", /has no text/],
    ["a single option", "Q {~%100%only}", /option.*at least 2 options/],
    ["an empty option", "Q {=a ~}", /option 2: option text must not be empty/],
    ["one matching pair", "Q {=a -> 1}", /at least 2 pairs/],
    ["duplicate matching items", "Q {=a -> 1 =A -> 2}", /each left item must be different/],
    ["a non-number in a numeric answer", "Q {#abc}", /answer 1 \('abc'\) is not a number: numeric answers look like 1822, 3\.14:0\.01 or 1\.\.5/],
    ["an empty numeric answer", "Q {#}", /numeric answer 1 is empty/],
    ["a backwards range", "Q {#5..1}", /runs backwards/],
    ["a negative tolerance", "Q {#5:-1}", /tolerance .* must not be negative/],
    ["a number too large", "Q {#1e999}", /not a number/],
    ["an over-long prompt", `${"x".repeat(4001)} {T}`, /prompt must be at most 4000 characters/],
  ])("rejects %s", (_, source, reason) => {
    const result = parseGift(source);
    expect(result.questions).toEqual([]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.line).toBe(1);
    expect(result.rejected[0]!.message).toMatch(reason);
  });

  it("names the line of a problem deeper in a multi-line block", () => {
    const result = parseGift(lines("Q line one", "line two {", "=a", "~b {c}", "}"));
    expect(result.rejected).toEqual([{ line: 1, message: expect.stringContaining("'{' on line 4 is inside the answer block opened on line 2") }]);
  });

  it("suggests a blank line when two questions run together", () => {
    const result = parseGift(lines("Q1 {T}", "// no blank line here", "Q2 {F}"));
    expect(result.rejected).toEqual([{ line: 1, message: expect.stringMatching(/second answer block starts on line 3.*blank line/) }]);
  });

  it("drops warnings raised by a question that is then rejected", () => {
    const result = parseGift("Q {~%150%a ~b ~}");
    expect(result.rejected).toHaveLength(1);
    expect(result.warnings).toEqual([]);
  });
});

describe("parseGift: essays and descriptions", () => {
  it("rejects an essay, explaining it needs manual grading", () => {
    const result = parseGift(lines("Good {T}", "", "::Essay::Write about Grant. {}", "", "Good {F}"));
    expect(result.questions).toHaveLength(2);
    expect(result.rejected).toEqual([{ line: 3, message: expect.stringContaining("essay questions ({}) need manual grading and are not supported") }]);
  });

  it("treats a block with only general feedback as an essay", () => {
    expect(parseGift("Write. {####Model answer}").rejected[0]!.message).toMatch(/essay/);
  });

  it("skips a description with a warning at its line", () => {
    const result = parseGift(lines("Good {T}", "", "// intro", "You will now answer questions about Grant.", "Second line."));
    expect(result.questions).toHaveLength(1);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([
      { line: 4, message: expect.stringMatching(/skipped 'You will now answer.*description.*not supported/) },
    ]);
  });

  it("counts skipped and rejected blocks in positional ids, so later ids do not shift when they are fixed", () => {
    const result = parseGift(lines("Intro text", "", "Bad {", "", "Third {T}"));
    expect(result.questions.map((q) => q.id)).toEqual(["q3"]);
  });
});

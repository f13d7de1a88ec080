import { describe, expect, it } from "vitest";
import { exportGift, parseAiken, parseGift, type ImportResult } from "../../src/formats";
import { QuestionSchema } from "../../src/schemas/question";
import { prng } from "../../src/quiz/shuffle";

const FRAGMENTS = [
  "{", "}", "~", "=", "#", "####", "%", "%50%", "%-100%", "%x%", "->", "::", "\\", "\\n", "\\{", ":", "..", "*",
  "\n", "\r\n", "\r", "\n\n", " ", "\t", "//", "$CATEGORY: ", "T", "TRUE", "FALSE", "[html]", "1822", "3.14", "-5",
  "a", "Paris", "é", "😀", "\uD800", "\uFEFF", "\u0000", "日本", "A) ", "B. ", "ANSWER: ", "ANSWER: A", "ANSWER: Z", "1e999",
];

const SAMPLE = [
  "$CATEGORY: Geo",
  "",
  "::Capitals::What is the capital of France? {=Paris#Right ~Lyon ~%-50%London ####General}",
  "",
  "Moodle costs {~lots =nothing} to download.",
  "",
  "Pi? {#=3.14:0.01 =%0%*#No}",
  "",
  "Match {=a -> 1 =b -> 2 = -> 3}",
  "",
  "Q?",
  "A) x",
  "B) y",
  "ANSWER: B",
].join("\n");

function soup(random: () => number): string {
  const length = Math.floor(random() * 60);
  let out = "";
  for (let i = 0; i < length; i++) out += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
  return out;
}

function codeUnits(random: () => number): string {
  const length = Math.floor(random() * 200);
  return String.fromCharCode(...Array.from({ length }, () => Math.floor(random() * (random() < 0.7 ? 128 : 0x10000))));
}

function mutate(random: () => number): string {
  let text = SAMPLE;
  const edits = 1 + Math.floor(random() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * text.length);
    const span = Math.floor(random() * 8);
    const choice = random();
    if (choice < 0.4) text = text.slice(0, at) + text.slice(at + span);
    else if (choice < 0.8) text = text.slice(0, at) + FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] + text.slice(at);
    else text = text.slice(0, at) + text.slice(at, at + span).repeat(3) + text.slice(at + span);
  }
  return text;
}

function lineCount(source: string): number {
  return source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).length;
}

function checkResult(source: string, result: ImportResult): void {
  const lastLine = lineCount(source);
  for (const issue of [...result.rejected, ...result.warnings]) {
    expect(Number.isInteger(issue.line), source).toBe(true);
    expect(issue.line, source).toBeGreaterThanOrEqual(1);
    expect(issue.line, source).toBeLessThanOrEqual(lastLine);
    expect(issue.message.length, source).toBeGreaterThan(0);
  }
  const ids = result.questions.map((q) => q.id);
  expect(new Set(ids).size, source).toBe(ids.length);
  for (const question of result.questions) {
    expect(question.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
    expect(QuestionSchema.safeParse(question).success, source).toBe(true);
  }
}

const GENERATORS = { soup, codeUnits, mutate };

describe("parsers on random and garbage input", () => {
  for (const [name, generate] of Object.entries(GENERATORS)) {
    it(`never throw and report lines inside the file (${name}, 300 inputs)`, () => {
      const random = prng(name.length * 7919 + 17);
      for (let i = 0; i < 300; i++) {
        const source = generate(random);
        checkResult(source, parseGift(source));
        checkResult(source, parseAiken(source));
      }
    });
  }

  it("exports whatever it imported, and reads the export back without rejections", () => {
    const random = prng(2024);
    let total = 0;
    for (let i = 0; i < 300; i++) {
      const source = mutate(random);
      const imported = parseGift(source).questions;
      total += imported.length;
      const exported = exportGift(imported);
      const back = parseGift(exported.text);
      expect(back.rejected, `${source}\n---\n${exported.text}`).toEqual([]);
      expect(back.questions.map((q) => q.kind)).toEqual(imported.map((q) => q.kind));
    }
    expect(total).toBeGreaterThan(300);
  });

  it("copes with huge and pathological files", () => {
    const inputs = [
      "{".repeat(200_000),
      "}".repeat(200_000),
      "\\".repeat(200_001),
      "::".repeat(100_000),
      `Q {${"~a ".repeat(50_000)}}`,
      "\n".repeat(100_000),
      "x\r".repeat(100_000),
      `${"Q {T}\n\n".repeat(5_000)}`,
      "A) x\n".repeat(50_000),
    ];
    for (const source of inputs) {
      checkResult(source, parseGift(source));
      checkResult(source, parseAiken(source));
    }
    // Reading stops at a quiz's 500 questions, and says so.
    const long = parseGift("Q {T}\n\n".repeat(5_000));
    expect(long.questions).toHaveLength(500);
    expect(long.warnings).toEqual([{ line: 1001, message: expect.stringMatching(/^reading stopped here/) }]);
  });

  it("never throws on values that are not strings at all", () => {
    const unprintable = { toString: () => { throw new Error("no"); } };
    for (const value of [undefined, null, 42, {}, [], unprintable]) {
      expect(() => parseGift(value as unknown as string)).not.toThrow();
      expect(() => parseAiken(value as unknown as string)).not.toThrow();
    }
  });
});

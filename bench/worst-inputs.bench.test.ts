import { expect, it } from "vitest";
import { findBundledQuiz } from "../src/content/bundled";
import { parseAiken, parseGift } from "../src/formats";
import { generateQuestions } from "../src/generate";
import { markResponse } from "../src/quiz/grading";
import { GENERATE_MAX_CHARS, IMPORT_MAX_BYTES } from "../src/schemas/api";
import { ARTICLE_MAX_CHARS } from "../src/schemas/quiz";
import type { Question } from "../src/schemas/question";
import { articleIndex } from "../src/score/article";
import { SLICE_RESPONSES } from "../src/services/regrades";
import { report, time } from "./timing";

// The inputs the cost search (test/security/cost.test.ts) found most costly,
// rebuilt deterministically at each cap and timed: what a request does with
// the worst a client may send. The budgets are 5 ms for a student's request
// and 50 ms for a teacher's heaviest (SECURITY.md); nothing here is asserted
// about speed.

const grown = (pieces: string[], size: number, glue = " ") => {
  let text = "";
  for (let i = 0; text.length < size; i++) text += pieces[i % pieces.length]! + glue;
  return text.slice(0, size);
};

it("times the worst inputs at each cap", { timeout: 300_000 }, () => {
  // Speakers, titles, quotes, numbers and reasons packed as densely as crafted text packs them.
  const article = grown(["Deputy Minister of Water Resources Nurlan Abdullaev", "said", "“Not yet,”", "in 2019", "1,200 people", "because", "their coach, Dana Whitlock,", "the Northern Water Authority (NWA)", "."], GENERATE_MAX_CHARS);
  // Capitals and brackets that close once at the end: the shapes that were quadratic in the article index.
  const indexed = `${"(".repeat(ARTICLE_MAX_CHARS / 4)}${"AB CD ".repeat(ARTICLE_MAX_CHARS / 8)}`.slice(0, ARTICLE_MAX_CHARS - 1) + ")";
  const variants = Array.from({ length: 17 }, (_, i) => `${i}${indexed.slice(String(i).length)}`);
  let turn = 0;
  const gift = grown(["::T::Q {=a ~b\n\n", "Q {=a -> b =c -> d}\n\n"], IMPORT_MAX_BYTES, "");
  const aiken = grown(["Q?\nA) x\n", "A. x\n"], IMPORT_MAX_BYTES, "");

  const bundled = findBundledQuiz("interaction-2025")!.content;
  const typed = bundled.questions.filter((q) => q.kind === "short_answer" || q.kind === "numeric" || q.kind === "cloze");
  const longAnswer = grown(["Collective", "Security", "Treaty", "Organisation", "x".repeat(40), "two hundred", "6th", "*"], 2000);
  const valueFor = (q: Question, given: string) => (q.kind === "cloze" ? q.gaps.map(() => given) : given);
  // A regrade slice: as many responses of the longest shape as one regrade request scores.
  const slice = Array.from({ length: SLICE_RESPONSES }, (_, i) => typed[i % typed.length]!);

  expect(generateQuestions(article).questions.length).toBeGreaterThan(0);
  const rows = [
    time(`generate from ${GENERATE_MAX_CHARS.toLocaleString("en")} crafted characters`, () => generateQuestions(article), 8, 50),
    time("generate, asking for kinds that match little", () => generateQuestions(article, { kinds: ["ordering"] }), 8, 50),
    // 17 variants in turn: the index keeps 16 articles, so every run builds one.
    time(`index a ${ARTICLE_MAX_CHARS.toLocaleString("en")}-character article (once per isolate)`, () => articleIndex(variants[++turn % variants.length]!), 8, 50),
    time(`score a 2,000-character answer (${typed.length} typed questions each)`, () => {
      for (const q of typed) markResponse(q, valueFor(q, longAnswer), bundled);
    }, 10),
    time(`score a regrade slice (${SLICE_RESPONSES} long responses)`, () => {
      for (const q of slice) markResponse(q, valueFor(q, longAnswer), bundled);
    }, 5, 50),
    time(`parse a ${IMPORT_MAX_BYTES / 1024 / 1024} MB GIFT file of broken questions`, () => parseGift(gift), 8, 50),
    time(`parse a ${IMPORT_MAX_BYTES / 1024 / 1024} MB Aiken file of broken questions`, () => parseAiken(aiken), 8, 50),
  ];
  report("The worst inputs at each cap (budgets: 5 ms a student's request, 50 ms a teacher's)", rows);
  expect(rows.every((r) => r.runs > 0)).toBe(true);
});

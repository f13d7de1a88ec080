import { expect, it } from "vitest";
import seed from "../questions/interaction-2025/article.txt";
import { generateQuestions } from "../src/generate";
import { GENERATE_MAX_CHARS } from "../src/schemas/api";
import { extractFacts } from "../src/generate/extract";
import { evalArticles } from "../test/generate/fixtures";
import { report, time } from "./timing";

// Generation time inside workerd. Target: under 5 ms for a 4 KB article.
// Run with `npm run bench`.

/** Whole sentences from the given texts, up to `size` characters. */
function articleOf(size: number): string {
  const all = [seed, ...evalArticles.map((a) => a.text)].join("\n\n");
  let text = all;
  while (text.length < size) text += `\n\n${all}`;
  const cut = text.lastIndexOf(". ", size);
  return text.slice(0, cut + 1);
}

it("times fact extraction and question generation", { timeout: 120_000 }, () => {
  const four = articleOf(4096);
  const limit = articleOf(GENERATE_MAX_CHARS);
  const rows = [
    time(`extract facts, bundled article (${seed.length} chars)`, () => extractFacts(seed)),
    time(`generate quiz, bundled article (${seed.length} chars)`, () => generateQuestions(seed)),
    time(`extract facts, 4 KB (${four.length} chars)`, () => extractFacts(four)),
    time(`generate quiz, 4 KB (${four.length} chars)`, () => generateQuestions(four)),
    time(`generate quiz, the size limit (${limit.length} chars)`, () => generateQuestions(limit), 10),
    ...evalArticles.map((a) => time(`generate quiz, ${a.slug} (${a.text.length})`, () => generateQuestions(a.text), 20)),
  ];
  report("Question generation inside workerd", rows);
  expect(rows.every((r) => r.medianMs > 0)).toBe(true);
});

import { expect, it } from "vitest";
import { generateQuestions } from "../src/generate";
import { scoreQuestion } from "../src/score";
import { choiceId, itemId } from "../src/score/item-id";
import { QuestionSchema } from "../src/schemas/question";
import { itemAnalysis } from "../src/stats/items";
import seed from "../questions/interaction-2025/article.txt";
import { evalArticles } from "../test/generate/fixtures";
import { report, time } from "./timing";

// Scoring time per answer for each question kind, item statistics over 1,000
// attempts × 30 questions, and generation for 1 KB and 16 KB articles (the
// 4 KB figure is in generate.bench.test.ts). Run with `npm run bench`.

const q = (input: unknown) => QuestionSchema.parse(input);
const KINDS = [
  ["multiple choice", q({ id: "mc", kind: "multiple_choice", prompt: "Where?", options: [{ id: "a", text: "Lisbon", weight: 1 }, { id: "b", text: "Porto", weight: 0 }, { id: "c", text: "Faro", weight: 0 }] }), choiceId({ text: "Porto" })],
  ["true/false", q({ id: "tf", kind: "true_false", prompt: "True?", answer: true }), false],
  ["short answer (typo)", q({ id: "sa", kind: "short_answer", prompt: "Who heads the Unified Staff?", answers: [{ text: "Andrei Serdykov" }] }), "General Serdikov"],
  ["numeric (words)", q({ id: "num", kind: "numeric", prompt: "How many days?", answers: [{ value: 12 }], units: ["days"] }), "twelve days"],
  ["cloze (2 gaps)", q({ id: "cz", kind: "cloze", prompt: "Fill", text: "In {{1}} for {{2}} days.", gaps: [{ answers: [{ text: "Lisbon" }] }, { answers: [{ text: "12" }] }] }), ["lisbon", "twelve"]],
  ["matching (4 pairs)", q({ id: "mt", kind: "matching", prompt: "Match", pairs: ["a", "b", "c", "d"].map((x) => ({ left: `L${x}`, right: `R${x}` })) }), Object.fromEntries(["a", "b", "c", "d"].map((x) => [itemId(`L${x}`), itemId(`R${x}`)]))],
  ["ordering (5 items)", q({ id: "ord", kind: "ordering", prompt: "Order", items: ["one", "two", "three", "four", "five"] }), ["two", "one", "three", "four", "five"].map(itemId)],
] as const;

it("times scoring per kind, item statistics, and generation at 1 KB and 16 KB", { timeout: 300_000 }, () => {
  const options = { typoTolerance: true, article: seed };
  const scoring = KINDS.map(([name, question, response]) => time(`score one answer: ${name}`, () => scoreQuestion(question, response as never, options)));

  // A deterministic 1,000 × 30 mark matrix with partial marks.
  let x = 7;
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const marks = Array.from({ length: 1000 }, () => Array.from({ length: 30 }, () => Math.round(next() * 4) / 4));
  const stats = time("item statistics, 1,000 attempts × 30 questions", () => itemAnalysis({ marks, maxMarks: Array(30).fill(1) }), 10);

  const all = [seed, ...evalArticles.map((a) => a.text)].join("\n\n");
  const cut = (size: number) => {
    let text = all;
    while (text.length < size) text += `\n\n${all}`;
    return text.slice(0, text.lastIndexOf(". ", size) + 1);
  };
  const one = cut(1024);
  const sixteen = cut(16 * 1024);
  const generation = [
    time(`generate quiz, 1 KB (${one.length} chars)`, () => generateQuestions(one), 20),
    time(`generate quiz, 16 KB (${sixteen.length} chars)`, () => generateQuestions(sixteen), 5),
  ];
  report("Scoring one answer inside workerd, by kind (the quiz article as context)", scoring);
  report("Item statistics inside workerd", [stats]);
  report("Question generation inside workerd, beyond the 4 KB figure", generation);
  expect([...scoring, stats, ...generation].every((r) => r.medianMs >= 0 && r.runs > 0)).toBe(true);
});

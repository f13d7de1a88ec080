import { expect, it } from "vitest";
import { articleIndex } from "../src/score/article";
import { scoreShortAnswer } from "../src/score/short-answer";
import { ShortAnswerSchema } from "../src/schemas/question";
import { articleTexts } from "../test/score/articles";
import type { LabelledSet } from "../test/score/labelled";
import { report, time } from "./timing";

// Short-answer scoring time inside workerd, per answer, over every case of the
// labelled development set. Target: under 50 µs median. Run with `npm run bench`.

const sets = Object.values(import.meta.glob("../test/fixtures/scoring/*.json", { eager: true, import: "default" })) as LabelledSet[];

it("times short-answer scoring per answer", { timeout: 300_000 }, () => {
  const cases = sets.flatMap((set) =>
    set.questions.flatMap((q) => {
      const question = ShortAnswerSchema.parse({ id: q.id, kind: "short_answer", prompt: q.prompt, answers: q.answers });
      const options = { typoTolerance: true, article: articleTexts[set.article]! };
      return q.cases.map((c) => () => scoreShortAnswer(question, c.given, options));
    }),
  );
  // Each answer timed on its own (batched, as workerd's clock is coarse); the median is over answers.
  const perAnswer = cases.map((run, i) => time(`case ${i}`, run, 5, 2).medianMs).sort((a, b) => a - b);
  const at = (q: number) => perAnswer[Math.min(perAnswer.length - 1, Math.floor(q * perAnswer.length))]!;
  const µs = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  console.log(`\nShort-answer scoring inside workerd, ${cases.length} labelled answers, each timed alone (article index warm)`);
  console.log(`per answer: median ${µs(at(0.5))}, p95 ${µs(at(0.95))}, max ${µs(at(1))}`);

  let n = 0;
  const article = articleTexts["interaction-2025"]!;
  report("Once per article text and isolate (then cached)", [time(`index the bundled article (${article.length} chars)`, () => articleIndex(`${article} ${n++}`), 20)]);
  expect(perAnswer.length).toBe(cases.length);
});

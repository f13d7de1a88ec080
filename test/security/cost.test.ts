import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { findBundledQuiz } from "../../src/content/bundled";
import { parseAiken, parseGift } from "../../src/formats";
import { generateQuestions } from "../../src/generate";
import { GENERATE_MAX_CHARS, IMPORT_MAX_BYTES } from "../../src/schemas/api";
import { ARTICLE_MAX_CHARS } from "../../src/schemas/quiz";
import { scoreQuestion } from "../../src/score";
import { articleIndex } from "../../src/score/article";
import { clip, runs } from "./fuzz-helpers";

// The cost search (SECURITY.md, "What one request may cost"): fast-check grows
// inputs toward each cap from pieces that real text and the rules care about,
// times the work a request does with them, and fails when a run passes its
// budget by a wide margin (ten times: a loaded 2-core CI, workerd's
// millisecond clock), printing the worst input. The budgets: 5 ms of CPU for a
// student's request, 50 ms for a teacher's heaviest. `npm run bench` prints the
// figures for the worst inputs found.

const STUDENT_MS = 5;
const TEACHER_MS = 50;
const MARGIN = 10;

const worst = new Map<string, { ms: number; input: string }>();
function timed<T>(what: string, budgetMs: number, input: string, work: () => T): T {
  const start = performance.now();
  const out = work();
  const ms = performance.now() - start;
  const seen = worst.get(what);
  if (!seen || ms > seen.ms) worst.set(what, { ms, input });
  expect(ms, `${what}: ${ms.toFixed(1)} ms (budget ${budgetMs} ms × ${MARGIN}) on ${JSON.stringify(clip(input, 300))}`).toBeLessThan(budgetMs * MARGIN);
  return out;
}
afterAll(() => {
  for (const [what, { ms, input }] of worst) console.log(`cost search: worst ${what} ${ms.toFixed(1)} ms on ${input.length} chars: ${JSON.stringify(clip(input, 120))}`);
});

const ARTICLE_PIECES = [
  "Anna Smith", "Boris Ivanov", "the Northern Water Authority (NWA)", "NWA (Northern Water Authority)", '"We are ready,"', "“Not yet,”", "said", "she said", "he told reporters",
  "in 2019", "1,200 people", "$3.5 million", "40%", "twelve", "because", "to save the crops", "after the storm", "led to", "On March 3, 2021,", "Deputy Minister of Water Resources Nurlan Abdullaev",
  "their coach, Dana Whitlock,", "Dr. Lee", "St. Petersburg", "Falcon-2024", "the Vitebsk region", "Belarus", "CSTO", "which", "who", "—", "(", ")", ",", ".", "\n\n", "\n", "AAAAAAAAAAAA", "Ab-Cd'Ef’Gh",
];
/** Text grown from the pieces to about `size` characters: a few pieces repeated in random order, as crafted input is. */
const grownText = (size: number) =>
  fc
    .tuple(fc.array(fc.constantFrom(...ARTICLE_PIECES), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), fc.constantFrom(" ", "", " ", ", "))
    .map(([pool, picks, glue]) => {
      let text = "";
      for (let i = 0; text.length < size; i++) text += pool[picks[i % picks.length]! % pool.length]! + glue;
      return text.slice(0, size);
    });

describe("the cost search: inputs grown to the caps stay inside each request's budget", () => {
  it("generation from an article at the cap (a teacher's request)", () => {
    fc.assert(
      fc.property(grownText(GENERATE_MAX_CHARS), (text) => {
        timed("generation", TEACHER_MS, text, () => generateQuestions(text));
        timed("generation, kinds that match little", TEACHER_MS, text, () => generateQuestions(text, { kinds: ["ordering"] }));
      }),
      runs(12),
    );
  }, 120_000);

  it("the scorer's index of a quiz article at the cap, built once per isolate (a student's request)", () => {
    fc.assert(fc.property(grownText(ARTICLE_MAX_CHARS), (text) => void timed("article index", 4 * STUDENT_MS, text, () => articleIndex(text))), runs(8));
  }, 120_000);

  const bundled = findBundledQuiz("interaction-2025")!.content;
  const typed = bundled.questions.filter((q) => q.kind === "short_answer" || q.kind === "numeric" || q.kind === "cloze");
  const ANSWER_PIECES = ["Lukashenko", "Vitebsk", "region", "CSTO", "Collective", "Security", "Treaty", "Organisation", "and", "September", "6th", "2025", "12", "two hundred", "thousand", "x".repeat(40), "-", ",", "the", "Minsk", "*", "’"];
  const answer = fc.array(fc.constantFrom(...ANSWER_PIECES), { minLength: 1, maxLength: 400 }).map((w) => w.join(" ").slice(0, 2000));
  it("scoring typed answers up to the field's cap, on every typed question of the bundled quiz (a student's request)", () => {
    const options = { typoTolerance: true, article: bundled.article!.text };
    // The first answer in an isolate compiles the code and builds the key's memos (startup, benched apart); the search times the rest.
    for (const q of typed) scoreQuestion(q, q.kind === "cloze" ? q.gaps.map(() => "warm") : "warm", options);
    fc.assert(
      fc.property(answer, (given) => {
        for (const q of typed) {
          const value = q.kind === "cloze" ? q.gaps.map(() => given) : given;
          timed("scoring one answer", STUDENT_MS, given, () => scoreQuestion(q, value, options));
        }
      }),
      runs(25),
    );
  }, 120_000);

  const GIFT_PIECES = ["::T::Q {=a ~b}\n\n", "::T::Q {=a ~b\n\n", "Q {#12:2}\n\n", "Q {TRUE}\n\n", "Q {=a -> b =c -> d}\n\n", "$CATEGORY: x\n\n", "// c\n", "{", "}", "\\{", "\n"];
  const AIKEN_PIECES = ["Q?\nA. x\nB. y\nANSWER: A\n\n", "Q?\nA) x\n", "ANSWER: B\n", "A. x\n", "\n"];
  const file = (pieces: string[]) =>
    fc.tuple(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: IMPORT_MAX_BYTES })).map(([pool, size]) => {
      const unit = pool.join("");
      return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    });
  it("GIFT and Aiken files up to the import cap (a teacher's request)", () => {
    fc.assert(
      fc.property(file(GIFT_PIECES), file(AIKEN_PIECES), (gift, aiken) => {
        const g = timed("GIFT import", TEACHER_MS, gift, () => parseGift(gift));
        const a = timed("Aiken import", TEACHER_MS, aiken, () => parseAiken(aiken));
        for (const r of [g, a]) expect(r.rejected.length + r.warnings.length).toBeLessThanOrEqual(100);
      }),
      runs(10),
    );
  }, 120_000);
});

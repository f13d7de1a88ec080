import { describe, expect, it } from "vitest";
import seed from "../../questions/interaction-2025/article.txt";
import { generateQuestions } from "../../src/generate";
import { checkQuestion, nearDuplicate } from "../../src/generate/guards";
import { type Question, QuestionSchema } from "../../src/schemas/question";
import { QuizContentSchema } from "../../src/schemas/quiz";
import { evalArticles } from "./fixtures";

const fold = (s: string) => ` ${s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
const articles = [{ slug: "interaction-2025", text: seed }, ...evalArticles];

describe.each(articles.map((a) => [a.slug, a] as const))("questions generated from %s", (_slug, { text }) => {
  const out = generateQuestions(text, { count: 100 });
  const all = out.candidates;

  it("are valid quiz content with unique ids, and the quiz is a subset of the candidates", () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(() => QuizContentSchema.parse({ title: "t", article: { text }, questions: all })).not.toThrow();
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    for (const q of out.questions) expect(all).toContainEqual(q);
  });

  it("are the same on every run, and a different seed changes only choices, not validity", () => {
    expect(generateQuestions(text, { count: 100 })).toEqual(out);
    const other = generateQuestions(text, { count: 100, seed: 99 });
    expect(() => QuizContentSchema.parse({ title: "t", article: { text }, questions: other.candidates })).not.toThrow();
  });

  it("pass every guard: the cited sentences hold the key, the stem does not, options are distinct", () => {
    for (const q of all) {
      // A quote's speaker may be named by surname only ("Okafor said"), which the generator passed as a key form.
      const reasons = checkQuestion(q);
      expect(q.prompt.startsWith("Who said this") ? reasons.filter((r) => r !== "unsupported-key") : reasons, q.id).toEqual([]);
    }
    for (const q of all.filter((x) => x.kind === "multiple_choice")) {
      const right = q.options.filter((o) => o.weight > 0);
      expect(right, q.id).toHaveLength(1);
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(4);
      // Never an option that is also true: no wrong option is named in the cited text.
      for (const o of q.options.filter((x) => x.weight === 0)) expect(fold(q.source!.text).includes(fold(o.text)), `${q.id}: '${o.text}'`).toBe(false);
    }
  });

  it("balances true and false statements", () => {
    const tf = all.filter((q): q is Extract<Question, { kind: "true_false" }> => q.kind === "true_false");
    const trues = tf.filter((q) => q.answer).length;
    expect(Math.abs(trues - (tf.length - trues))).toBeLessThanOrEqual(1);
  });

  it("never blanks an acronym right beside its expansion", () => {
    for (const q of all.filter((x) => x.kind === "cloze")) {
      expect(q.text, q.id).not.toMatch(/\(\s*\{\{\d+\}\}\s*\)|\{\{\d+\}\}\s*\(/);
    }
  });

  it("record the facts they came from and a difficulty", () => {
    const ids = new Set(out.facts.map((f) => f.id));
    for (const q of all) {
      expect(q.facts!.length, q.id).toBeGreaterThan(0);
      for (const f of q.facts!) expect(ids.has(f), `${q.id}: ${f}`).toBe(true);
      expect(["easy", "medium", "hard"]).toContain(q.difficulty);
    }
  });
});

describe("the bundled article", () => {
  it("gives at least 30 candidate questions of at least 6 kinds", () => {
    const { candidates } = generateQuestions(seed, { count: 100 });
    expect(candidates.length).toBeGreaterThanOrEqual(30);
    expect(new Set(candidates.map((q) => q.kind)).size).toBeGreaterThanOrEqual(6);
  });

  it("never asks what an acronym stands for: the initials give the key away and no fact of the story is asked", () => {
    const { flagged, candidates } = generateQuestions(seed, { count: 100 });
    expect([...candidates, ...flagged.map((f) => f.question)].filter((q) => /stand for\?$/.test(q.prompt))).toEqual([]);
  });

  it("gives `count` questions of the kinds asked for, mixing kinds", () => {
    const some = generateQuestions(seed, { count: 10 });
    expect(some.questions).toHaveLength(10);
    expect(new Set(some.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(5);
    const tf = generateQuestions(seed, { kinds: ["true_false"] });
    expect(tf.questions.length).toBeGreaterThan(0);
    expect(tf.questions.every((q) => q.kind === "true_false")).toBe(true);
  });
});

describe("guards", () => {
  const source = { sentence: 0, start: 0, end: 44, text: "The drills will take place in Vitebsk region." };
  const sa = (prompt: string, answer: string) => QuestionSchema.parse({ id: "q", kind: "short_answer", prompt, answers: [{ text: answer }], source }) as Question;

  it("flag a key the cited sentence does not hold, and a stem that gives the key away", () => {
    expect(checkQuestion(sa("Where will the drills take place?", "Vitebsk region"))).toEqual([]);
    expect(checkQuestion(sa("Where will the drills take place?", "Minsk region"))).toEqual(["unsupported-key"]);
    expect(checkQuestion(sa("Where in Vitebsk region will the drills take place?", "Vitebsk region"))).toEqual(["key-in-stem"]);
    // Another name the article uses for the key counts as support.
    expect(checkQuestion(sa("Who leads it?", "Andrei Serdykov"), ["Vitebsk"])).toEqual([]);
  });

  it("flag duplicate options and too few of them", () => {
    const mc = (texts: string[]) =>
      ({ id: "m", kind: "multiple_choice", prompt: "Where?", points: 1, source, options: texts.map((text, i) => ({ id: String(i), text, weight: i === 0 ? 1 : 0 })) }) as Question;
    expect(checkQuestion(mc(["Vitebsk region", "Minsk", "Brest", "Gomel"]))).toEqual([]);
    expect(checkQuestion(mc(["Vitebsk region", "Minsk", "Brest"]))).toEqual(["too-few-options"]);
    expect(checkQuestion(mc(["Vitebsk region", "Minsk", "minsk!", "Gomel"]))).toContain("duplicate-options");
  });

  it("see two questions that share their words and key as one", () => {
    expect(nearDuplicate(sa("Where will the drills take place?", "Vitebsk region"), sa("Where will the drills take place, then?", "Vitebsk region"))).toBe(true);
    expect(nearDuplicate(sa("Where will the drills take place?", "Vitebsk region"), sa("Where will the drills end?", "Vitebsk region"))).toBe(false);
  });
});

describe("timelines", () => {
  // An article written for this test (not one of the evaluation set): four dated events, each a clause of its own.
  const TIMELINE = `The Harbour Museum in Kestrel Bay will reopen next month after a long restoration, its director said on Tuesday.

The museum opened on 4 June 1931 in the old customs house on Quay Street. The great storm of 12 January 1953 flooded its ground floor and destroyed much of the ship-model collection. In 1978 the council bought the building from the port authority. The museum closed in March 2019 for repairs to its roof and foundations.

"We found letters in the walls that nobody had read for ninety years," said the director, Helen Marsh. The festival budget was 9 per cent more than in 2018, Marsh said.`;

  it("orders dated events earliest first, each item a clause without its date", () => {
    const ordering = generateQuestions(TIMELINE, { count: 100 }).candidates.filter((q) => q.kind === "ordering");
    expect(ordering).toHaveLength(1);
    const q = ordering[0]! as Extract<Question, { kind: "ordering" }>;
    expect(q.items).toEqual([
      "The museum opened in the old customs house on Quay Street",
      "The great storm flooded its ground floor and destroyed much of the ship-model collection",
      "The council bought the building from the port authority",
      "The museum closed for repairs to its roof and foundations",
    ]);
    expect(checkQuestion(q)).toEqual([]);
    // "9 per cent more than in 2018" needs its date: it is never an item.
    expect(q.items.some((item) => /than$/.test(item))).toBe(false);
  });

  it("asks no timeline of an article without three cleanly dated events", () => {
    expect(generateQuestions(seed, { count: 100 }).candidates.some((q) => q.kind === "ordering")).toBe(false);
  });
});

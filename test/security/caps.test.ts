import { describe, expect, it } from "vitest";
import { ARTICLE_MAX_CHARS } from "../../src/schemas/quiz";
import { articleIndex } from "../../src/score/article";
import { scoreShortAnswer } from "../../src/score/short-answer";
import { QuestionSchema, ShortAnswerSchema } from "../../src/schemas/question";
import { scoreQuestion } from "../../src/score";
import { api, everyKindQuiz, expectError, newTeacher } from "../helpers";

// Articles are capped wherever they enter, and what the scorer reads of one
// costs time in proportion to its length whatever it holds.

const tooLong = "word ".repeat(ARTICLE_MAX_CHARS / 5) + "x";

describe("an article longer than the cap is refused wherever it enters", () => {
  it("on create, on edit and on import, with a message a teacher can act on", async () => {
    const key = await newTeacher();
    const quiz = everyKindQuiz();
    const created = await api("POST", "/api/quizzes", { token: key, body: { ...quiz, article: { text: tooLong } } });
    expect(expectError(created, 400, "validation_failed").message).toContain("at most 50,000 characters");
    const ok = await api("POST", "/api/quizzes", { token: key, body: quiz });
    expect(ok.status).toBe(201);
    const edited = await api("PUT", `/api/quizzes/${ok.body.id}`, { token: key, body: { ...quiz, article: { text: tooLong } } });
    expect(expectError(edited, 400, "validation_failed").message).toContain("at most 50,000 characters");
    const imported = await api("POST", "/api/quizzes/import", { token: key, body: { format: "aiken", source: "Q?\nA. x\nB. y\nANSWER: A\n", article: { text: tooLong } } });
    expect(expectError(imported, 400, "validation_failed").message).toContain("at most 50,000 characters");
  });
});

describe("the scorer's article index is linear in the text", () => {
  // Shapes that made regular expressions backtrack: long runs of capitals (62.8 s at 200,000 before),
  // capitalised words without a bracket, brackets that never close, acronym-like runs.
  const n = ARTICLE_MAX_CHARS;
  const shapes: Record<string, string> = {
    capitals: "A".repeat(n),
    "capitalised words": "Abc ".repeat(n / 4),
    "open brackets": "Abc Def (".repeat(n / 9),
    "acronym brackets": "AB.CD.EF.G (".repeat(n / 12),
    "mixed marks": "Ab-Cd'Ef’Gh.Ij ".repeat(n / 16),
    "brackets closed once, at the end": `${"Ab (".repeat(n / 4 - 1)})`,
  };
  const question = ShortAnswerSchema.parse({ id: "q", kind: "short_answer", prompt: "Who said it?", answers: [{ text: "Anna Smith" }] });
  it.each(Object.entries(shapes))("%s at the cap: indexed and scored well inside a request's budget", (_, text) => {
    const start = performance.now();
    articleIndex(text);
    scoreShortAnswer(question, "Smith", { typoTolerance: true, article: text });
    const ms = performance.now() - start;
    // The budget is wide (a loaded 2-core CI); the quadratic index took seconds here.
    expect(ms, `${ms.toFixed(1)} ms`).toBeLessThan(500);
  });

  it("still finds the acronyms an article defines, both ways round", () => {
    const index = articleIndex("The Collective Security Treaty Organisation (CSTO) met. NATO (North Atlantic Treaty Organization) did not. The (odd) bracket (X).");
    expect(index.acronyms).toEqual([
      { short: "csto", long: ["collective", "security", "treaty", "organisation"] },
      { short: "nato", long: ["north", "atlantic", "treaty", "organization"] },
    ]);
  });
});

describe("an import reads at most a quiz's worth of questions", () => {
  it("stops a file of broken questions after 1,000 and lists only the first 50 problems, with their count", async () => {
    const key = await newTeacher();
    const source = "::T::Q {=a ~b\n\n".repeat(120_000); // 1.8 MB, every question unclosed
    const reply = await api("POST", "/api/quizzes/import", { token: key, body: { format: "gift", source } });
    const error = expectError(reply, 422, "unprocessable");
    expect(error.message).toContain("1000 question(s) have problems");
    expect(error.details.rejected).toHaveLength(50);
    expect(error.details.rejectedCount).toBe(1000);
    expect(error.details.warnings.at(-1).message).toMatch(/^reading stopped here: 1000 blocks were read/);
    expect(JSON.stringify(reply.body).length).toBeLessThan(20_000);
  });

  it("imports the first 500 questions of a longer file and says where it stopped", async () => {
    const key = await newTeacher();
    const source = "::Where::Where did they train? {=Lisbon ~Porto ~Faro}\n\n".repeat(700);
    const reply = await api("POST", "/api/quizzes/import", { token: key, body: { format: "gift", source } });
    expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201);
    expect(reply.body.imported).toBe(500);
    expect(reply.body.rejectedCount).toBe(0);
    expect(reply.body.warnings).toEqual([{ line: 1001, message: expect.stringMatching(/^reading stopped here: a quiz holds at most 500 questions/) }]);
    const aiken = "Which?\nA. x\nB. y\nANSWER: A\n\n".repeat(600);
    const fromAiken = await api("POST", "/api/quizzes/import", { token: key, body: { format: "aiken", source: aiken } });
    expect(fromAiken.status).toBe(201);
    expect(fromAiken.body.imported).toBe(500);
    expect(fromAiken.body.warnings.at(-1).message).toMatch(/^reading stopped here/);
  });
});

describe("scoring costs what the key costs, however long the answer", () => {
  // A cloze of 10 gaps accepting 50 answers each, sent the field's cap in every gap: 0.2 to 0.4 s before, a few ms now.
  const cloze = QuestionSchema.parse({
    id: "c", kind: "cloze", prompt: "Fill the gaps", text: Array.from({ length: 10 }, (_, i) => `{{${i + 1}}}`).join(" "),
    gaps: Array.from({ length: 10 }, (_, g) => ({ answers: Array.from({ length: 50 }, (_, k) => ({ text: `answer number ${g} ${k} with several words`, weight: 1 })) })),
  });
  const answers = ["x".repeat(2000), "Lukashenko Vitebsk region CSTO exercises ".repeat(50).slice(0, 2000), "1234567890 ".repeat(182).slice(0, 2000)];
  it.each(answers.map((a) => [a.slice(0, 12), a]))("%s… in every gap: refused as too long, well inside a student's budget", (_, answer) => {
    const start = performance.now();
    const verdict = scoreQuestion(cloze, Array(10).fill(answer), { typoTolerance: true });
    const ms = performance.now() - start;
    expect(verdict.credit).toBe(0);
    expect(ms, `${ms.toFixed(1)} ms`).toBeLessThan(60);
  });

  it("still credits a right answer with words that restate the question", () => {
    const q = ShortAnswerSchema.parse({ id: "q", kind: "short_answer", prompt: "Which region hosted the exercises?", answers: [{ text: "Vitebsk region" }] });
    expect(scoreShortAnswer(q, "the exercises were hosted in the Vitebsk region", { typoTolerance: true }).credit).toBe(1);
    const long = scoreShortAnswer(q, "Vitebsk ".repeat(60), { typoTolerance: true });
    expect(long).toMatchObject({ credit: 0, rule: expect.stringContaining("much longer than any answer this question accepts") });
  });
});

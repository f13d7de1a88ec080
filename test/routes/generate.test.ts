import { describe, expect, it } from "vitest";
import sportArticle from "../fixtures/articles/sport-womens-cup-final/article.txt";
import { api, expectError, keyFieldsIn, newTeacher, rightResponse, uniqueName } from "../helpers";

// POST /api/quizzes/generate through the real Worker and real D1: a teacher
// pastes an article and gets a draft quiz that students cannot see until it
// is published.

const body = (extra: Record<string, unknown> = {}) => ({ title: "Cup final", article: { text: sportArticle, source: "Fixture wire" }, ...extra });

describe("POST /api/quizzes/generate", () => {
  it("turns an article into a draft quiz with its facts, each question citing the article", async () => {
    const token = await newTeacher();
    const reply = await api("POST", "/api/quizzes/generate", { token, body: body({ options: { count: 12 } }) });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const { quiz, facts, flagged, candidateCount } = reply.body;
    expect(quiz.questions).toHaveLength(12);
    expect(candidateCount).toBeGreaterThanOrEqual(12);
    expect(Array.isArray(flagged)).toBe(true);
    expect(quiz.publishedVersion).toBeNull();
    const factIds = new Set(facts.map((f: { id: string }) => f.id));
    expect(facts.some((f: { kind: string; name?: string }) => f.kind === "person" && f.name === "Marta Ibáñez")).toBe(true);
    expect(new Set(quiz.questions.map((q: { kind: string }) => q.kind)).size).toBeGreaterThanOrEqual(4);
    for (const q of quiz.questions) {
      expect(sportArticle.slice(q.source.start, q.source.end)).toBe(q.source.text);
      expect(q.explanation).toContain(q.source.text.slice(0, 40));
      expect(["easy", "medium", "hard"]).toContain(q.difficulty);
      for (const id of q.facts) expect(factIds.has(id), `${q.id} cites fact ${id}`).toBe(true);
    }
  });

  it("is deterministic: the same article, title and options give the same questions and option ids", async () => {
    const token = await newTeacher();
    const first = await api("POST", "/api/quizzes/generate", { token, body: body({ options: { seed: 7 } }) });
    const second = await api("POST", "/api/quizzes/generate", { token, body: body({ options: { seed: 7 } }) });
    expect(first.status).toBe(201);
    expect(second.body.quiz.id).not.toBe(first.body.quiz.id);
    expect(second.body.quiz.questions).toEqual(first.body.quiz.questions);
  });

  it("keeps to the kinds asked for", async () => {
    const token = await newTeacher();
    const reply = await api("POST", "/api/quizzes/generate", { token, body: body({ options: { kinds: ["true_false", "numeric"], count: 30 } }) });
    expect(reply.status).toBe(201);
    const kinds = new Set(reply.body.quiz.questions.map((q: { kind: string }) => q.kind));
    expect([...kinds].sort()).toEqual(["numeric", "true_false"]);
  });

  it("stays a draft until the teacher publishes it; then students can take it without seeing keys or facts", async () => {
    const token = await newTeacher();
    const { body: generated } = await api("POST", "/api/quizzes/generate", { token, body: body({ settings: { feedback: "immediate" } }) });
    const id = generated.quiz.id;
    expectError(await api("GET", `/api/quizzes/${id}`), 404);
    expectError(await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: uniqueName() } }), 404);
    expect((await api("POST", `/api/quizzes/${id}/publish`, { token })).status).toBe(200);

    const view = await api("GET", `/api/quizzes/${id}`);
    expect(view.status).toBe(200);
    expect(keyFieldsIn(view.body.questions)).toEqual([]);
    expect(JSON.stringify(view.body)).not.toMatch(/"facts"|"difficulty"/);

    const start = await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: uniqueName() } });
    expect(start.status).toBe(201);
    const q = generated.quiz.questions.find((x: { kind: string }) => x.kind === "short_answer" || x.kind === "numeric" || x.kind === "true_false");
    const saved = await api("PUT", `/api/attempts/${start.body.attempt.id}/responses/${q.id}`, { token: start.body.token, body: { response: rightResponse(q) } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.result.status).toBe("correct");
  });

  it("needs a teacher key", async () => {
    expectError(await api("POST", "/api/quizzes/generate", { body: body() }), 401);
  });

  it("refuses empty, oversized, markup and binary articles with a message a teacher can act on", async () => {
    const token = await newTeacher();
    const bad = async (text: string) => expectError(await api("POST", "/api/quizzes/generate", { token, body: { title: "x", article: { text } } }), 400).message;
    expect(await bad("   ")).toMatch(/article\.text.*must not be empty/);
    expect(await bad("word ".repeat(2000))).toMatch(/at most 8,000 characters/);
    expect(await bad("<html><body><p>One</p><p>Two</p><p>Three</p></body></html> ".repeat(3) + "word ".repeat(30))).toMatch(/looks like HTML/);
    expect(await bad(`PK\u0003\u0004 ${"binary ".repeat(30)}`)).toMatch(/control characters/);
    expect(await bad("Too short to ask anything about.")).toMatch(/at least 20 words/);
    expect(await bad("1234 5678 ".repeat(60) + "word ".repeat(25))).toMatch(/mostly symbols or numbers/);
    const missingTitle = expectError(await api("POST", "/api/quizzes/generate", { token, body: { article: { text: sportArticle } } }), 400);
    expect(missingTitle.message).toMatch(/title/);
  });

  it("says so when an article gives nothing to ask about", async () => {
    const token = await newTeacher();
    const text = "it was a quiet day. nothing much happened and nobody said anything of note. the weather was mild and the streets were calm. people went about their business as usual, and the evening came slowly. ".repeat(2);
    const err = expectError(await api("POST", "/api/quizzes/generate", { token, body: { title: "Quiet", article: { text } } }), 422);
    expect(err.message).toMatch(/No questions could be generated/);
  });
});

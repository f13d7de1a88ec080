import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { QuizContentSchema } from "../../src/schemas/quiz";
import { itemId } from "../../src/score/item-id";
import { api, everyKindQuiz, expectError, keyFieldsIn, newTeacher, rightResponse, uniqueName } from "../helpers";

async function publishedQuiz(settings: Record<string, unknown> = {}) {
  const key = await newTeacher();
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz(settings) });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
  return { id: created.body.id as string, key };
}

async function start(quizId: string) {
  const reply = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName() } });
  expect(reply.status).toBe(201);
  return { id: reply.body.attempt.id as string, token: reply.body.token as string };
}

const questions = QuizContentSchema.parse(everyKindQuiz()).questions;
const save = (a: { id: string; token: string }, questionId: string, response: unknown) =>
  api("PUT", `/api/attempts/${a.id}/responses/${questionId}`, { token: a.token, body: { response } });

describe("what a student sees while the attempt is open", () => {
  it("with deferred feedback: saved answers, no results, nothing of the key", async () => {
    const { id } = await publishedQuiz({ feedback: "deferred" });
    const attempt = await start(id);
    for (const q of questions) expect((await save(attempt, q.id, rightResponse(q))).body.result).toBeUndefined();
    const state = await api("GET", `/api/attempts/${attempt.id}`, { token: attempt.token });
    expect(state.body.responses).toHaveLength(questions.length);
    expect(state.body.score).toBeUndefined();
    expect(keyFieldsIn({ questions: state.body.questions, responses: state.body.responses })).toEqual([]);
  });

  it("with immediate feedback: right or wrong, the rule and the explanation, but not the right answer until finish", async () => {
    const { id } = await publishedQuiz({ feedback: "immediate", attemptsAllowed: 1 });
    const attempt = await start(id);
    const wrong = await save(attempt, "sa", "Luis Costa");
    expect(wrong.body.result).toMatchObject({ status: "incorrect", rule: expect.stringMatching(/^rejected/), explanation: expect.any(String) });
    expect(wrong.body.result.rightAnswer).toBeUndefined();
    const state = await api("GET", `/api/attempts/${attempt.id}`, { token: attempt.token });
    expect(state.body.responses[0].result.rightAnswer).toBeUndefined();
    const finish = await api("POST", `/api/attempts/${attempt.id}/finish`, { token: attempt.token });
    expect(finish.body.results.find((r: { questionId: string }) => r.questionId === "sa").rightAnswer).toBe("Ana Ruiz");
  });

  it("with immediate feedback still follows the review options", async () => {
    const { id } = await publishedQuiz({ feedback: "immediate", review: { score: true, feedback: false, rightAnswer: false, explanation: false } });
    const attempt = await start(id);
    const reply = await save(attempt, "mc", itemId("Porto"));
    expect(reply.body.result).toEqual({ questionId: "mc", score: 0, maxScore: 1, status: "incorrect", rule: expect.any(String) });
  });

  it("hides scores after finishing when the review options say so", async () => {
    const { id } = await publishedQuiz({ review: { score: false, feedback: true, rightAnswer: false, explanation: false } });
    const attempt = await start(id);
    await save(attempt, "tf", true);
    const finish = await api("POST", `/api/attempts/${attempt.id}/finish`, { token: attempt.token });
    expect(finish.body.score).toBeUndefined();
    expect(finish.body.percent).toBeUndefined();
    expect(finish.body.results[1]).toEqual({ questionId: "tf", maxScore: 1 });
  });
});

describe("saving answers", () => {
  it("clears an answer with null under deferred feedback", async () => {
    const { id } = await publishedQuiz({ feedback: "deferred" });
    const attempt = await start(id);
    await save(attempt, "tf", true);
    expect((await save(attempt, "tf", null)).body).toMatchObject({ saved: true, cleared: true });
    expect((await api("GET", `/api/attempts/${attempt.id}`, { token: attempt.token })).body.responses).toEqual([]);
    expect((await save(attempt, "tf", false)).status).toBe(200);
  });

  it("under immediate feedback never lets null unlock a checked answer", async () => {
    const { id } = await publishedQuiz({ feedback: "immediate" });
    const attempt = await start(id);
    await save(attempt, "tf", false);
    expectError(await save(attempt, "tf", null), 409);
    expectError(await save(attempt, "tf", true), 409);
  });

  it("allows a couple of seconds' grace after the deadline, then refuses with time_limit_exceeded", async () => {
    const { id } = await publishedQuiz({ timeLimitSeconds: 60 });
    const attempt = await start(id);
    const setDeadline = (msAgo: number) =>
      env.DB.prepare("UPDATE attempts SET deadline_at = ? WHERE id = ?").bind(new Date(Date.now() - msAgo).toISOString(), attempt.id).run();
    await setDeadline(500);
    expect((await save(attempt, "tf", true)).status).toBe(200);
    await setDeadline(5_000);
    expectError(await save(attempt, "mc", itemId("Lisbon")), 409, "time_limit_exceeded");
    expectError(await save(attempt, "tf", null), 409, "time_limit_exceeded");
    expect((await api("GET", `/api/attempts/${attempt.id}`, { token: attempt.token })).body.attempt.status).toBe("time_up");
  });

  it("refuses one attempt's token on another attempt", async () => {
    const { id } = await publishedQuiz();
    const mine = await start(id);
    const theirs = await start(id);
    expectError(await save({ id: theirs.id, token: mine.token }, "tf", true), 404);
    expectError(await api("POST", `/api/attempts/${theirs.id}/finish`, { token: mine.token }), 404);
    expect((await api("GET", `/api/attempts/${theirs.id}`, { token: theirs.token })).body.responses).toEqual([]);
  });

  it("keeps one response per question when saves race", async () => {
    const { id } = await publishedQuiz({ feedback: "deferred" });
    const attempt = await start(id);
    const replies = await Promise.all([true, false, true, false, true].map((v) => save(attempt, "tf", v)));
    for (const r of replies) expect(r.status).toBe(200);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM responses WHERE attempt_id = ?").bind(attempt.id).first<{ n: number }>();
    expect(rows!.n).toBe(1);
  });
});

describe("finishing", () => {
  it("gives the same total everywhere when an answer races the finish", async () => {
    const { id } = await publishedQuiz({ feedback: "deferred" });
    for (let round = 0; round < 5; round++) {
      const attempt = await start(id);
      await save(attempt, "tf", true);
      const [, finish] = await Promise.all([save(attempt, "mc", itemId("Lisbon")), api("POST", `/api/attempts/${attempt.id}/finish`, { token: attempt.token })]);
      const again = await api("POST", `/api/attempts/${attempt.id}/finish`, { token: attempt.token });
      const read = await api("GET", `/api/attempts/${attempt.id}`, { token: attempt.token });
      const stored = await env.DB.prepare("SELECT score FROM attempts WHERE id = ?").bind(attempt.id).first<{ score: number }>();
      expect([again.body.score, read.body.score, stored!.score]).toEqual([finish.body.score, finish.body.score, finish.body.score]);
    }
  });
});

describe("attempt limits", () => {
  it("holds when a student starts several attempts at once", async () => {
    const { id } = await publishedQuiz({ attemptsAllowed: 2 });
    const replies = await Promise.all(Array.from({ length: 6 }, () => api("POST", `/api/quizzes/${id}/attempts`, { body: { name: "Same Student" } })));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(2);
    for (const r of replies.filter((r) => r.status !== 201)) expectError(r, 409, "attempt_limit_reached");
  });
});

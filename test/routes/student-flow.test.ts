import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { findBundledQuiz } from "../../src/content/bundled";
import { itemId } from "../../src/score/item-id";
import { api, expectError, keyFieldsIn, rightResponse, uniqueName } from "../helpers";

const BUNDLED = "interaction-2025";

describe("a student taking the bundled quiz", () => {
  const bundled = findBundledQuiz(BUNDLED)!;

  it("finds it in the list of published quizzes", async () => {
    const reply = await api("GET", "/api/quizzes");
    expect(reply.status).toBe(200);
    expect(reply.body.quizzes).toContainEqual(expect.objectContaining({ id: BUNDLED, questionCount: bundled.content.questions.length }));
  });

  it("reads the article and questions without any answer key", async () => {
    const reply = await api("GET", `/api/quizzes/${BUNDLED}`);
    expect(reply.status).toBe(200);
    expect(reply.body.article.text).toBe(bundled.content.article!.text);
    expect(reply.body.questions).toHaveLength(bundled.content.questions.length);
    expect(keyFieldsIn(reply.body.questions)).toEqual([]);
  });

  it("starts, answers every question right, finishes with full marks, and reads the attempt back", async () => {
    const start = await api("POST", `/api/quizzes/${BUNDLED}/attempts`, { body: { name: uniqueName() } });
    expect(start.status).toBe(201);
    const { attempt, token, questions } = start.body;
    expect(token).toMatch(/^at_/);
    expect(keyFieldsIn(questions)).toEqual([]);
    const row = await env.DB.prepare("SELECT token_hash FROM attempts WHERE id = ?").bind(attempt.id).first<{ token_hash: string }>();
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.token_hash).not.toContain(token);

    for (const q of bundled.content.questions) {
      const saved = await api("PUT", `/api/attempts/${attempt.id}/responses/${q.id}`, { token, body: { response: rightResponse(q) } });
      expect(saved.status, `${q.id}: ${JSON.stringify(saved.body)}`).toBe(200);
      // The bundled quiz gives immediate feedback.
      expect(saved.body.result, q.id).toMatchObject({ status: "correct", score: q.points, explanation: q.explanation });
    }
    const finish = await api("POST", `/api/attempts/${attempt.id}/finish`, { token });
    expect(finish.status).toBe(200);
    const maxScore = bundled.content.questions.reduce((a, q) => a + q.points, 0);
    expect(finish.body).toMatchObject({ score: maxScore, maxScore, percent: 100 });
    expect(finish.body.results).toHaveLength(bundled.content.questions.length);
    const first = bundled.content.questions[0]!;
    // Unlimited attempts: the right answer stays hidden, so the next attempt cannot copy it.
    expect(finish.body.results[0]).toMatchObject({ questionId: first.id, explanation: first.explanation });
    expect(finish.body.results.some((r: object) => "rightAnswer" in r)).toBe(false);

    const read = await api("GET", `/api/attempts/${attempt.id}`, { token });
    expect(read.status).toBe(200);
    expect(read.body.attempt.status).toBe("finished");
    expect(read.body.score).toBe(maxScore);
    expect(read.body.responses).toHaveLength(bundled.content.questions.length);
  });

  it("scores unanswered questions as 0 and finishing twice never changes the score", async () => {
    const { body } = await api("POST", `/api/quizzes/${BUNDLED}/attempts`, { body: { name: uniqueName() } });
    const q = bundled.content.questions[0]!;
    await api("PUT", `/api/attempts/${body.attempt.id}/responses/${q.id}`, { token: body.token, body: { response: rightResponse(q) } });
    const first = await api("POST", `/api/attempts/${body.attempt.id}/finish`, { token: body.token });
    const second = await api("POST", `/api/attempts/${body.attempt.id}/finish`, { token: body.token });
    expect(first.body.score).toBe(q.points);
    expect(first.body.results.filter((r: { status: string }) => r.status === "unanswered")).toHaveLength(bundled.content.questions.length - 1);
    expect(second.body).toEqual(first.body);
    const late = await api("PUT", `/api/attempts/${body.attempt.id}/responses/${q.id}`, { token: body.token, body: { response: rightResponse(q) } });
    expectError(late, 409, "attempt_finished");
  });

  it("locks an answered question under immediate feedback", async () => {
    const { body } = await api("POST", `/api/quizzes/${BUNDLED}/attempts`, { body: { name: uniqueName() } });
    const q = bundled.content.questions.find((x) => x.kind === "true_false")!;
    const wrong = await api("PUT", `/api/attempts/${body.attempt.id}/responses/${q.id}`, { token: body.token, body: { response: !rightResponse(q) } });
    expect(wrong.body.result.status).toBe("incorrect");
    const retry = await api("PUT", `/api/attempts/${body.attempt.id}/responses/${q.id}`, { token: body.token, body: { response: rightResponse(q) } });
    expectError(retry, 409, "conflict");
  });

  it("still reads the quiz when the client sends its attempt token along", async () => {
    const { body } = await api("POST", `/api/quizzes/${BUNDLED}/attempts`, { body: { name: uniqueName() } });
    const reply = await api("GET", `/api/quizzes/${BUNDLED}`, { token: body.token });
    expect(reply.status).toBe(200);
    expect(keyFieldsIn(reply.body.questions)).toEqual([]);
  });

  it("keeps the option order fixed for an attempt", async () => {
    const { body } = await api("POST", `/api/quizzes/${BUNDLED}/attempts`, { body: { name: uniqueName() } });
    const again = await api("GET", `/api/attempts/${body.attempt.id}`, { token: body.token });
    expect(again.body.questions).toEqual(body.questions);
  });

  it("refuses a missing or wrong token without revealing whether the attempt exists", async () => {
    const { body } = await api("POST", `/api/quizzes/${BUNDLED}/attempts`, { body: { name: uniqueName() } });
    expectError(await api("GET", `/api/attempts/${body.attempt.id}`), 401, "unauthorized");
    const other = await api("POST", `/api/quizzes/${BUNDLED}/attempts`, { body: { name: uniqueName() } });
    const wrong = expectError(await api("GET", `/api/attempts/${body.attempt.id}`, { token: other.body.token }), 404, "not_found");
    const missing = expectError(await api("GET", `/api/attempts/att_doesnotexist`, { token: other.body.token }), 404, "not_found");
    expect(wrong.message.replace(body.attempt.id, "X")).toBe(missing.message.replace("att_doesnotexist", "X"));
    expectError(await api("POST", `/api/attempts/${body.attempt.id}/finish`, { token: other.body.token }), 404);
  });

  it("rejects a response of the wrong shape with a message naming what was expected", async () => {
    const { body } = await api("POST", `/api/quizzes/${BUNDLED}/attempts`, { body: { name: uniqueName() } });
    const mc = bundled.content.questions.find((q) => q.kind === "multiple_choice")!;
    const err = expectError(await api("PUT", `/api/attempts/${body.attempt.id}/responses/${mc.id}`, { token: body.token, body: { response: "zz" } }), 400, "validation_failed");
    expect(err.message).toContain("not an option id of this question");
    for (const o of (mc as { options: { text: string }[] }).options) expect(JSON.stringify(err)).not.toContain(itemId(o.text));
    expectError(await api("PUT", `/api/attempts/${body.attempt.id}/responses/nope`, { token: body.token, body: { response: "x" } }), 404);
    const noBody = expectError(await api("PUT", `/api/attempts/${body.attempt.id}/responses/${mc.id}`, { token: body.token, body: {} }), 400);
    expect(noBody.message).toContain("response");
  });

  it("needs a name to start", async () => {
    const err = expectError(await api("POST", `/api/quizzes/${BUNDLED}/attempts`, { body: { name: "  " } }), 400, "validation_failed");
    expect(err.message).toContain("name");
    expectError(await api("POST", `/api/quizzes/no-such-quiz/attempts`, { body: { name: "A" } }), 404);
  });
});

describe("caching the student view", () => {
  it("tags a published quiz's student view and answers a revalidation with 304", async () => {
    const first = await api("GET", "/api/quizzes/interaction-2025");
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^".+"$/);
    const again = await api("GET", "/api/quizzes/interaction-2025", { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    const stale = await api("GET", "/api/quizzes/interaction-2025", { headers: { "If-None-Match": '"something-else"' } });
    expect(stale.status).toBe(200);
  });
});

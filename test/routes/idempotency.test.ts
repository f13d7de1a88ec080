import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { choiceId } from "../../src/score/item-id";
import { api, everyKindQuiz, expectError, newTeacher, uniqueName } from "../helpers";

// Idempotency-Key on saving, finishing, creating, importing and generating:
// a retry returns the first reply and acts once; the same key with another
// request is refused; concurrent writes for one question leave one response.

async function publishedAttempt(settings: Record<string, unknown> = {}) {
  const key = await newTeacher();
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz(settings) });
  await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
  const started = await api("POST", `/api/quizzes/${created.body.id}/attempts`, { body: { name: uniqueName() } });
  return { key, quizId: created.body.id as string, id: started.body.attempt.id as string, token: started.body.token as string };
}

const count = async (sql: string, ...binds: unknown[]) => (await env.DB.prepare(sql).bind(...binds).first<{ n: number }>())!.n;

describe("Idempotency-Key", () => {
  it("a retried save returns the first reply and changes nothing; the same key with another answer is refused", async () => {
    const { id, token } = await publishedAttempt({ feedback: "immediate" });
    const headers = { "Idempotency-Key": "save-mc-1" };
    const first = await api("PUT", `/api/attempts/${id}/responses/mc`, { token, headers, body: { response: choiceId({ text: "Lisbon" }) } });
    expect(first.status).toBe(200);
    // Immediate feedback checks an answer once: without the key, a retry would be refused as a second answer.
    const retry = await api("PUT", `/api/attempts/${id}/responses/mc`, { token, headers, body: { response: choiceId({ text: "Lisbon" }) } });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("Idempotency-Replayed")).toBe("true");
    expect(await count("SELECT COUNT(*) AS n FROM responses WHERE attempt_id = ?", id)).toBe(1);
    const other = await api("PUT", `/api/attempts/${id}/responses/mc`, { token, headers, body: { response: choiceId({ text: "Porto" }) } });
    expectError(other, 422, "unprocessable");
    // Another attempt's key of the same name is its own.
    const second = await publishedAttempt();
    const theirs = await api("PUT", `/api/attempts/${second.id}/responses/mc`, { token: second.token, headers, body: { response: choiceId({ text: "Porto" }) } });
    expect(theirs.status).toBe(200);
    expect(theirs.headers.get("Idempotency-Replayed")).toBeNull();
  });

  it("a stored reply is for the token that made it: a wrong token with the same key gets no replay", async () => {
    const { id, token } = await publishedAttempt();
    const headers = { "Idempotency-Key": "finish-1" };
    const finished = await api("POST", `/api/attempts/${id}/finish`, { token, headers });
    expect(finished.status).toBe(200);
    const again = await api("POST", `/api/attempts/${id}/finish`, { token, headers });
    expect(again.body).toEqual(finished.body);
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
    expectError(await api("POST", `/api/attempts/${id}/finish`, { token: "at_wrong", headers }), 404, "not_found");
  });

  it("a failed request releases its key, so a corrected retry runs", async () => {
    const { id, token } = await publishedAttempt();
    const headers = { "Idempotency-Key": "retry-after-error" };
    expectError(await api("PUT", `/api/attempts/${id}/responses/num`, { token, headers, body: { response: { not: "a number" } } }), 400);
    const fixed = await api("PUT", `/api/attempts/${id}/responses/num`, { token, headers, body: { response: 12 } });
    expect(fixed.status).toBe(200);
    expect(fixed.headers.get("Idempotency-Replayed")).toBeNull();
  });

  it("creating, importing and generating with a key make one quiz however often they are retried, even at once", async () => {
    const key = await newTeacher();
    const quizzes = async () => (await api("GET", "/api/quizzes", { token: key })).body.mine.length as number;
    const create = () => api("POST", "/api/quizzes", { token: key, headers: { "Idempotency-Key": "create-1" }, body: everyKindQuiz() });
    const [a, b] = await Promise.all([create(), create()]);
    // Either the second waited for the first's reply, or it was told the first is still being served.
    expect([a.status, b.status].sort()).toEqual(a.status === b.status ? [201, 201] : [201, 409]);
    const retried = await create();
    expect(retried.status).toBe(201);
    expect(retried.body.id).toBe((a.status === 201 ? a : b).body.id);
    const gift = { format: "gift", source: "::Q1::Where? {=Lisbon ~Porto}" };
    const imported = await api("POST", "/api/quizzes/import", { token: key, headers: { "Idempotency-Key": "import-1" }, body: gift });
    const importedAgain = await api("POST", "/api/quizzes/import", { token: key, headers: { "Idempotency-Key": "import-1" }, body: gift });
    expect(importedAgain.body).toEqual(imported.body);
    expect(await quizzes()).toBe(2);
    expectError(await api("POST", "/api/quizzes/import", { token: key, headers: { "Idempotency-Key": "import-1" }, body: { ...gift, title: "Other" } }), 422);
    expectError(await api("POST", "/api/quizzes", { token: key, headers: { "Idempotency-Key": "bad key with spaces" }, body: everyKindQuiz() }), 400);
  });

  it("concurrent saves to one question leave exactly one response, and finishing twice never counts twice", async () => {
    const { id, token } = await publishedAttempt();
    const answers = ["Ana Ruiz", "Ruiz", "Luis", "the coach", "Ana", "Costa", "Ana R.", "A. Ruiz"];
    const replies = await Promise.all(answers.map((response) => api("PUT", `/api/attempts/${id}/responses/sa`, { token, body: { response } })));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(await count("SELECT COUNT(*) AS n FROM responses WHERE attempt_id = ? AND question_id = 'sa'", id)).toBe(1);
    const [f1, f2] = await Promise.all([api("POST", `/api/attempts/${id}/finish`, { token }), api("POST", `/api/attempts/${id}/finish`, { token })]);
    expect(f1.body.score).toBe(f2.body.score);
    const row = await env.DB.prepare("SELECT score, finished_at FROM attempts WHERE id = ?").bind(id).first<{ score: number; finished_at: string }>();
    expect(row!.score).toBe(f1.body.score);
  });

  it("a stored reply answers retries for a day; then the key is free, and the hourly cron deletes it", async () => {
    const key = await newTeacher();
    const headers = { "Idempotency-Key": "create-daily" };
    const first = await api("POST", "/api/quizzes", { token: key, headers, body: everyKindQuiz() });
    expect(first.status).toBe(201);
    const dayAndMinute = new Date(Date.now() - 25 * 60 * 60_000).toISOString();
    await env.DB.prepare("UPDATE idempotency_keys SET created_at = ? WHERE key = ?").bind(dayAndMinute, "create-daily").run();
    // Not purged yet: an expired reply is not replayed, and another request may take the key.
    const later = await api("POST", "/api/quizzes", { token: key, headers, body: { ...everyKindQuiz(), title: "Another quiz" } });
    expect(later.status).toBe(201);
    expect(later.headers.get("Idempotency-Replayed")).toBeNull();
    expect(later.body.id).not.toBe(first.body.id);
    // The scheduled handler (wrangler.toml's cron) deletes what is older than a day, and only that.
    await env.DB.prepare("INSERT INTO idempotency_keys (scope, key, request_hash, status, body, created_at) VALUES ('teacher:old', 'k', 'h', 201, '{}', ?)").bind(dayAndMinute).run();
    const { default: worker } = await import("../../src/index");
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: "17 * * * *", scheduledTime: Date.now() }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await count("SELECT COUNT(*) AS n FROM idempotency_keys WHERE scope = 'teacher:old'")).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM idempotency_keys WHERE key = 'create-daily'")).toBe(1);
  });
});

import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, everyKindQuiz, expectError, newTeacher, uniqueName } from "../helpers";

// Appeals: a teacher accepts an answer, and every response to that question on
// that version is regraded through the real Worker and real D1, with a record.

async function publishedQuiz(key: string) {
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key })).status).toBe(200);
  return created.body.id as string;
}

async function answer(quizId: string, name: string, response: string, finish = true) {
  const started = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name } });
  expect(started.status).toBe(201);
  const { token } = started.body;
  const id = started.body.attempt.id as string;
  expect((await api("PUT", `/api/attempts/${id}/responses/cz`, { token, body: { response: ["Lisbon"] } })).status).toBe(200);
  expect((await api("PUT", `/api/attempts/${id}/responses/sa`, { token, body: { response } })).status).toBe(200);
  if (finish) expect((await api("POST", `/api/attempts/${id}/finish`, { token })).status).toBe(200);
  return { id, token };
}

const acceptPath = (quizId: string, version = 1, question = "sa") => `/api/quizzes/${quizId}/versions/${version}/questions/${question}/accepted-answers`;

describe("a teacher accepting a student's answer (an appeal)", () => {
  it("adds the answer to that version and regrades every response to it, with a record of what changed", async () => {
    const key = await newTeacher();
    const quizId = await publishedQuiz(key);
    const right = await answer(quizId, uniqueName("Right"), "Ana Ruiz");
    const appealing = await answer(quizId, uniqueName("Appeal"), "the trainer");
    const wrong = await answer(quizId, uniqueName("Wrong"), "Lisbon");
    const open = await answer(quizId, uniqueName("Open"), "The Trainer", false);

    const before = await api("GET", `/api/quizzes/${quizId}/results`, { token: key });
    const scoreOf = (reply: typeof before, id: string) => reply.body.attempts.find((a: { attemptId: string }) => a.attemptId === id);
    expect(scoreOf(before, appealing.id).score).toBe(1); // the cloze gap only

    const reply = await api("POST", acceptPath(quizId), { token: key, body: { attemptId: appealing.id } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const { regrade } = reply.body;
    expect(regrade).toMatchObject({ quizId, version: 1, reason: "appeal", questionIds: ["sa"], answer: { text: "the trainer", weight: 1 }, checked: 4, changed: 2 });
    expect(regrade.changes.map((c: { attemptId: string }) => c.attemptId).sort()).toEqual([appealing.id, open.id].sort());
    expect(regrade.changes.find((c: { attemptId: string }) => c.attemptId === appealing.id)).toMatchObject({
      finished: true,
      before: { score: 0, status: "incorrect" },
      after: { score: 1, status: "correct", rule: "accepted: matches ‘the trainer’" },
    });

    // Stored marks and totals moved with it; the right and the wrong answer did not.
    const after = await api("GET", `/api/quizzes/${quizId}/results`, { token: key });
    expect(scoreOf(after, appealing.id).score).toBe(2);
    expect(scoreOf(after, right.id).score).toBe(scoreOf(before, right.id).score);
    expect(scoreOf(after, wrong.id).score).toBe(scoreOf(before, wrong.id).score);
    const openResponse = scoreOf(after, open.id).responses.find((r: { questionId: string }) => r.questionId === "sa");
    expect(openResponse).toMatchObject({ score: 1, status: "correct" });

    // The student sees the new verdict; the one still answering gets it counted at finish.
    const seen = await api("GET", `/api/attempts/${appealing.id}`, { token: appealing.token });
    expect(seen.body.results.find((r: { questionId: string }) => r.questionId === "sa")).toMatchObject({ score: 1, status: "correct" });
    const finished = await api("POST", `/api/attempts/${open.id}/finish`, { token: open.token });
    expect(finished.body.score).toBe(2);

    // The record is kept, and the version's key now holds the answer.
    const records = await api("GET", `/api/quizzes/${quizId}/regrades`, { token: key });
    expect(records.status).toBe(200);
    expect(records.body.regrades).toHaveLength(1);
    expect(records.body.regrades[0]).toMatchObject({ id: regrade.id, changed: 2, checked: 4 });
    const row = await env.DB.prepare("SELECT content FROM quiz_versions WHERE quiz_id = ? AND version = 1").bind(quizId).first<{ content: string }>();
    const sa = JSON.parse(row!.content).questions.find((q: { id: string }) => q.id === "sa");
    expect(sa.answers.map((a: { text: string }) => a.text)).toEqual(["Ana Ruiz", "Ruiz", "the trainer"]);

    // Accepting it again changes nothing and says so.
    expectError(await api("POST", acceptPath(quizId), { token: key, body: { text: "The trainer" } }), 409, "conflict");
  });

  it("regrades deterministically: a partial weight, and the same outcome for the same answers", async () => {
    const key = await newTeacher();
    const quizId = await publishedQuiz(key);
    const a = await answer(quizId, uniqueName("A"), "Ruiz's team");
    const b = await answer(quizId, uniqueName("B"), "ruiz’s team");
    const reply = await api("POST", acceptPath(quizId), { token: key, body: { text: "Ruiz's team", weight: 0.5, feedback: "Half: the question asks for a person." } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const changes = reply.body.regrade.changes;
    expect(changes).toHaveLength(2);
    expect(changes.find((c: { attemptId: string }) => c.attemptId === a.id).after).toEqual(changes.find((c: { attemptId: string }) => c.attemptId === b.id).after);
    expect(changes[0].after).toMatchObject({ score: 0.5, status: "partial" });
    // Raising the weight of an answer already listed is a new regrade of the same responses.
    const raised = await api("POST", acceptPath(quizId), { token: key, body: { text: "ruiz's team" } });
    expect(raised.status).toBe(201);
    expect(raised.body.regrade.changes.map((c: { after: { score: number } }) => c.after.score)).toEqual([1, 1]);
  });

  it("refuses what it cannot do, with errors a teacher can act on, and changes nothing", async () => {
    const key = await newTeacher();
    const other = await newTeacher("Mr Other");
    const quizId = await publishedQuiz(key);
    await answer(quizId, uniqueName("C"), "coach");
    const problems: [string, unknown, number, string, RegExp?][] = [
      [acceptPath(quizId, 1, "mc"), { text: "Lisbon" }, 422, "unprocessable", /short-answer/],
      [acceptPath(quizId, 7), { text: "coach" }, 404, "not_found", /Version 7/],
      [acceptPath(quizId, 1, "nope"), { text: "coach" }, 404, "not_found", /Question 'nope'/],
      [acceptPath(quizId), { text: "coach", attemptId: "att_x" }, 400, "validation_failed", /either text/],
      [acceptPath(quizId), {}, 400, "validation_failed"],
      [acceptPath(quizId), { text: "coach", weight: 0 }, 400, "validation_failed", /above 0/],
      [acceptPath(quizId), { attemptId: "att_missing" }, 404, "not_found", /att_missing/],
      [acceptPath(quizId), { text: "co*" }, 400, "validation_failed", /literally/],
    ];
    for (const [path, body, status, code, message] of problems) {
      const error = expectError(await api("POST", path, { token: key, body }), status, code);
      if (message) expect(error.message).toMatch(message);
    }
    expectError(await api("POST", acceptPath(quizId), { token: other, body: { text: "coach" } }), 403, "forbidden");
    expectError(await api("POST", acceptPath(quizId), { body: { text: "coach" } }), 401);
    expectError(await api("POST", acceptPath("interaction-2025"), { token: key, body: { text: "x" } }), 403, "forbidden");
    expectError(await api("GET", `/api/quizzes/${quizId}/regrades`, { token: other }), 403);
    const records = await api("GET", `/api/quizzes/${quizId}/regrades`, { token: key });
    expect(records.body.regrades).toEqual([]);
  });

  it("keeps the marks a finished attempt was given: a scorer that changes later does not regrade it silently", async () => {
    const key = await newTeacher();
    const quizId = await publishedQuiz(key);
    const kept = await answer(quizId, uniqueName("Kept"), "Ruiz");
    // As an older scorer would have left it: the same answer marked wrong.
    await env.DB.prepare("UPDATE responses SET score = 0, status = 'incorrect', rule = 'rejected: an older rule' WHERE attempt_id = ? AND question_id = 'sa'").bind(kept.id).run();
    const seen = await api("GET", `/api/attempts/${kept.id}`, { token: kept.token });
    expect(seen.body.results.find((r: { questionId: string }) => r.questionId === "sa")).toMatchObject({ score: 0, status: "incorrect", rule: "rejected: an older rule" });
    // An explicit regrade is how it changes, and it is recorded.
    const regrade = await api("POST", acceptPath(quizId), { token: key, body: { text: "Ruiz", weight: 1, feedback: "Surname is enough." } });
    expect(regrade.status, JSON.stringify(regrade.body)).toBe(201);
    expect(regrade.body.regrade.changes).toEqual([expect.objectContaining({ attemptId: kept.id, before: expect.objectContaining({ score: 0 }), after: expect.objectContaining({ score: 1 }) })]);
    const again = await api("GET", `/api/attempts/${kept.id}`, { token: kept.token });
    expect(again.body.results.find((r: { questionId: string }) => r.questionId === "sa")).toMatchObject({ score: 1, status: "correct" });
  });

  it("accepts a case-sensitive answer that differs from a listed one only in case", async () => {
    const key = await newTeacher();
    const quiz = { title: "Codes", settings: {}, questions: [{ id: "code", kind: "short_answer", prompt: "Which code?", caseSensitive: true, answers: [{ text: "abc" }] }] };
    const created = await api("POST", "/api/quizzes", { token: key, body: quiz });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
    const started = await api("POST", `/api/quizzes/${created.body.id}/attempts`, { body: { name: uniqueName("Case") } });
    const id = started.body.attempt.id;
    await api("PUT", `/api/attempts/${id}/responses/code`, { token: started.body.token, body: { response: "ABC" } });
    const reply = await api("POST", `/api/quizzes/${created.body.id}/versions/1/questions/code/accepted-answers`, { token: key, body: { attemptId: id } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.regrade.changes).toEqual([expect.objectContaining({ attemptId: id, answer: "ABC", after: expect.objectContaining({ score: 1 }) })]);
  });
});

describe("a teacher correcting a version's keys", () => {
  it("regrades every attempt on the version, returns what changed, and keeps an audit record", async () => {
    const key = await newTeacher();
    const quizId = await publishedQuiz(key);
    const lisbon = await answer(quizId, uniqueName("L"), "Ana Ruiz");
    // The key was wrong: the right option is Porto, and the true/false statement is false.
    const started = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName("P") } });
    const porto = { id: started.body.attempt.id as string, token: started.body.token as string };
    await api("PUT", `/api/attempts/${porto.id}/responses/tf`, { token: porto.token, body: { response: false } });
    await api("POST", `/api/attempts/${porto.id}/finish`, { token: porto.token });

    const owner = await api("GET", `/api/quizzes/${quizId}`, { token: key });
    const tf = { ...owner.body.questions.find((q: { id: string }) => q.id === "tf"), answer: false };
    const reply = await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { version: 1, questions: [tf] } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.regrade).toMatchObject({ reason: "key-correction", questionIds: ["tf"], changed: 1 });
    expect(reply.body.regrade.changes[0]).toMatchObject({ attemptId: porto.id, questionId: "tf", before: { score: 0 }, after: { score: 1, status: "correct" } });
    const results = await api("GET", `/api/quizzes/${quizId}/results`, { token: key });
    expect(results.body.attempts.find((a: { attemptId: string }) => a.attemptId === porto.id).score).toBe(1);
    expect(results.body.attempts.find((a: { attemptId: string }) => a.attemptId === lisbon.id).score).toBe(2);

    // A rescore with nothing to change is recorded too, with no changes.
    const rescore = await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { version: 1 } });
    expect(rescore.status).toBe(201);
    expect(rescore.body.regrade).toMatchObject({ reason: "rescore", changed: 0 });
    const records = await api("GET", `/api/quizzes/${quizId}/regrades`, { token: key });
    expect(records.body.regrades.map((r: { reason: string }) => r.reason).sort()).toEqual(["key-correction", "rescore"]);

    // A regrade corrects keys only: what students saw must not change.
    const reworded = { ...tf, prompt: "Ana Ruiz is the team's captain." };
    const refused = expectError(await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { version: 1, questions: [reworded] } }), 422);
    expect(refused.message).toMatch(/look different to students/);
    expectError(await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { version: 1, questions: [{ ...tf, id: "zz" }] } }), 404);
    expectError(await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { version: 1, questions: [{ ...tf, kind: "short_answer", answers: [{ text: "x" }] }] } }), 422);
  });
});

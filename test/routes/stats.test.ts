import { describe, expect, it } from "vitest";
import { choiceId } from "../../src/score/item-id";
import { api, everyKindQuiz, expectError, newTeacher, uniqueName } from "../helpers";

// Item statistics through the real Worker and D1: the figures themselves are
// checked against an independent calculation in test/stats; here, that the
// right attempts and marks reach them.

async function take(quizId: string, name: string, answers: Record<string, unknown>) {
  const started = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name } });
  expect(started.status).toBe(201);
  const { token } = started.body;
  const id = started.body.attempt.id as string;
  for (const [question, response] of Object.entries(answers)) {
    expect((await api("PUT", `/api/attempts/${id}/responses/${question}`, { token, body: { response } })).status).toBe(200);
  }
  expect((await api("POST", `/api/attempts/${id}/finish`, { token })).status).toBe(200);
}

describe("a teacher reading item statistics", () => {
  it("gets per-question figures, option counts and common wrong answers over the attempts chosen", async () => {
    const key = await newTeacher();
    const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
    const quizId = created.body.id as string;
    await api("POST", `/api/quizzes/${quizId}/publish`, { token: key });
    const optionId = (text: string) => choiceId({ text });
    const ana = uniqueName("Ana");
    await take(quizId, ana, { mc: optionId("Porto"), sa: "Luis Costa", tf: false });
    await take(quizId, ana, { mc: optionId("Lisbon"), sa: "Ana Ruiz", tf: true }); // Ana's second attempt
    await take(quizId, uniqueName("Ben"), { mc: optionId("Lisbon"), sa: "Ana Ruiz", tf: true });
    await take(quizId, uniqueName("Cy"), { mc: optionId("Faro"), sa: "luis costa", tf: true });
    await take(quizId, uniqueName("Di"), { mc: optionId("Lisbon"), sa: "the captain", tf: false });

    const first = await api("GET", `/api/quizzes/${quizId}/stats`, { token: key });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ quizId, version: 1, attempts: "first", quiz: { attempts: 4 } });
    const q = (id: string) => first.body.questions.find((x: { questionId: string }) => x.questionId === id);
    expect(q("mc").facility).toBe(50); // Lisbon twice of four first attempts
    expect(q("mc").options.map((o: { text: string; count: number }) => [o.text, o.count])).toEqual([["Porto", 1], ["Lisbon", 2], ["Faro", 1]]);
    expect(q("sa").commonWrongAnswers).toEqual([{ answer: "Luis Costa", count: 2 }, { answer: "the captain", count: 1 }]);
    expect(q("num")).toMatchObject({ facility: 0, answered: 0 });
    expect(q("num").review).toEqual(expect.arrayContaining([expect.stringMatching(/^hard/)]));
    expect(q("tf").randomGuessScore).toBe(50);
    for (const figure of ["facility", "sd", "discriminationIndex", "discriminativeEfficiency", "effectiveWeight"]) expect(q("mc")).toHaveProperty(figure);
    for (const figure of ["mean", "median", "sd", "skewness", "kurtosis", "cronbachAlpha", "errorRatio", "standardError"]) expect(first.body.quiz).toHaveProperty(figure);

    const all = await api("GET", `/api/quizzes/${quizId}/stats?attempts=all`, { token: key });
    expect(all.body.quiz.attempts).toBe(5);
    const highest = await api("GET", `/api/quizzes/${quizId}/stats?attempts=highest`, { token: key });
    expect(highest.body.questions.find((x: { questionId: string }) => x.questionId === "mc").facility).toBe(75); // Ana's better attempt counts

    expectError(await api("GET", `/api/quizzes/${quizId}/stats?attempts=best`, { token: key }), 400);
    expectError(await api("GET", `/api/quizzes/${quizId}/stats?version=9`, { token: key }), 404);
    expectError(await api("GET", `/api/quizzes/${quizId}/stats`, { token: await newTeacher("Other") }), 403);
    expectError(await api("GET", `/api/quizzes/${quizId}/stats`), 401);
  });

  it("answers a quiz nobody has taken with nulls, not errors", async () => {
    const key = await newTeacher();
    const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
    const reply = await api("GET", `/api/quizzes/${created.body.id}/stats`, { token: key });
    expect(reply.status).toBe(200);
    expect(reply.body.quiz).toMatchObject({ attempts: 0, mean: null, cronbachAlpha: null });
    expect(reply.body.questions[0]).toMatchObject({ facility: null, answered: 0 });
  });
});

describe("grades over several attempts", () => {
  it("follow the quiz's grading method in the results", async () => {
    const key = await newTeacher();
    const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz({ grading: "average" }) });
    const quizId = created.body.id as string;
    await api("POST", `/api/quizzes/${quizId}/publish`, { token: key });
    const name = uniqueName("Eve");
    await take(quizId, name, { tf: true }); // 1 of 7
    await take(quizId, name, { tf: true, sa: "Ana Ruiz", mc: choiceId({ text: "Lisbon" }) }); // 3 of 7
    const results = await api("GET", `/api/quizzes/${quizId}/results`, { token: key });
    expect(results.body.students).toEqual([
      { studentName: name, attempts: 2, started: 2, method: "average", grade: Math.round((100 * 2) / 7 * 100) / 100, flags: ["several_attempts"], spellings: [name] },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { api, everyKindQuiz, expectError, keyFieldsIn, newTeacher, uniqueName } from "../helpers";

// Question behaviours and review options, through the real Worker and D1.

async function start(settings: Record<string, unknown>) {
  const key = await newTeacher();
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz(settings) });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
  const started = await api("POST", `/api/quizzes/${created.body.id}/attempts`, { body: { name: uniqueName("Tess") } });
  const id = started.body.attempt.id as string;
  const { token } = started.body;
  const answer = (question: string, response: unknown) => api("PUT", `/api/attempts/${id}/responses/${question}`, { token, body: { response } });
  return { id, token, answer, key, quizId: created.body.id as string };
}

describe("interactive behaviour with multiple tries", () => {
  it("lets a wrong answer be tried again, costs a third of the marks per earlier try, then closes the question", async () => {
    const { id, token, answer } = await start({ feedback: "interactive", reviewDuring: { rightAnswer: true } });
    const first = await answer("sa", "Luis Costa");
    expect(first.body).toMatchObject({ saved: true, triesLeft: 2, result: { status: "incorrect", score: 0 } });
    expect(first.body.result.rightAnswer).toBeUndefined(); // not while a try is left
    expect((await answer("sa", "the captain")).body).toMatchObject({ triesLeft: 1 });
    const third = await answer("sa", "Ana Ruiz");
    expect(third.body).toMatchObject({ triesLeft: 0, result: { status: "correct", score: 0.3333 } });
    expect(third.body.result.rule).toMatch(/less 66\.7% for 2 earlier tries\)$/);
    expect(third.body.result.rightAnswer).toBeDefined(); // closed now, and the teacher allows it
    expectError(await answer("sa", "Ana Ruiz"), 409, "conflict");

    // Right at the first try: full marks, and closed.
    expect((await answer("tf", true)).body).toMatchObject({ triesLeft: 0, result: { status: "correct", score: 1 } });
    // Three wrong tries use the question up.
    for (const [left, wrong] of [[2, 11], [1, 10], [0, 9]]) expect((await answer("num", wrong)).body).toMatchObject({ triesLeft: left, result: { score: 0 } });
    const used = expectError(await answer("num", 12), 409, "conflict");
    expect(used.message).toMatch(/used all 3 of its tries/);
    expectError(await answer("cz", null), 409, "conflict"); // a try cannot be taken back

    const state = await api("GET", `/api/attempts/${id}`, { token });
    expect(state.body.responses.find((r: { questionId: string }) => r.questionId === "sa")).toMatchObject({ triesLeft: 0 });
    const finished = await api("POST", `/api/attempts/${id}/finish`, { token });
    expect(finished.body.score).toBe(1.3333);
  });

  it("shows nothing that gives the answer away while a try is left, and counts only real, new answers as tries", async () => {
    const { answer } = await start({ feedback: "interactive" });
    for (const [question, wrong] of [["tf", false], ["sa", "Luis Costa"]] as const) {
      const reply = await answer(question, wrong);
      expect(reply.body.triesLeft).toBe(2);
      expect(keyFieldsIn(reply.body)).toEqual([]);
      expect(reply.body.result.rule).toBeUndefined();
    }
    expectError(await answer("sa", "   "), 400, "validation_failed"); // an empty answer is not a try
    expectError(await answer("sa", "Luis Costa"), 409, "conflict"); // the same answer again is not a new try
    expect((await answer("sa", "Ana Ruiz")).body).toMatchObject({ triesLeft: 0, result: { status: "correct", score: 0.6667 } });
  });

  it("takes the quiz's own tries and penalty", async () => {
    const { answer } = await start({ feedback: "interactive", tries: 2, penalty: 0.5 });
    expect((await answer("sa", "nobody")).body).toMatchObject({ triesLeft: 1 });
    expect((await answer("sa", "Ruiz")).body).toMatchObject({ triesLeft: 0, result: { score: 0.5 } });
  });

  it("refuses tries and penalties outside their range", async () => {
    const key = await newTeacher();
    expectError(await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz({ feedback: "interactive", tries: 0 }) }), 400);
    expectError(await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz({ penalty: 2 }) }), 400);
  });
});

describe("review options during and after the attempt", () => {
  it("show during the attempt only what reviewDuring allows", async () => {
    const { answer } = await start({ feedback: "immediate", reviewDuring: { correctness: false, score: true, feedback: false, explanation: false } });
    const reply = await answer("sa", "Ana Ruiz");
    expect(reply.body.result).toEqual({ questionId: "sa", maxScore: 1, score: 1 });
  });

  it("show after the attempt whether each answer was right without the marks, when the teacher asks", async () => {
    const { id, token, answer } = await start({ review: { score: false, correctness: true, feedback: false, rightAnswer: false, explanation: false } });
    await answer("sa", "Ana Ruiz");
    const finished = await api("POST", `/api/attempts/${id}/finish`, { token });
    expect(finished.body.score).toBeUndefined();
    expect(finished.body.results.find((r: { questionId: string }) => r.questionId === "sa")).toEqual({ questionId: "sa", maxScore: 1, status: "correct", rule: "accepted: matches an accepted answer" });
    // The rule never names the key while the right answer is held back (it would for a near miss: "another romanization of ‘…’").
  });
});

describe("interactive behaviour that hides correctness during the attempt", () => {
  it("leaves the same tries after a right answer as after a wrong one, and never says which it was", async () => {
    const hidden = { feedback: "interactive", reviewDuring: { correctness: false, score: false, feedback: false, explanation: false } };
    const { answer } = await start(hidden);
    const right = await answer("tf", true);
    const wrongSa = await answer("num", 11);
    expect(right.body.triesLeft).toBe(2);
    expect(wrongSa.body.triesLeft).toBe(2);
    expect(Object.keys(right.body.result).sort()).toEqual(Object.keys(wrongSa.body.result).sort());
    // A right answer may be changed like a wrong one; when the tries run out the refusal names no result.
    await answer("tf", false);
    await answer("tf", true);
    const refused = expectError(await answer("tf", false), 409, "conflict");
    expect(refused.message).toMatch(/used all 3 of its tries/);
  });
});

describe("a try counts only with a different answer", () => {
  it("refuses the same answer typed in another case or spacing, without counting a try", async () => {
    const { answer } = await start({ feedback: "interactive" });
    expect((await answer("sa", "Luis Costa")).body).toMatchObject({ triesLeft: 2 });
    for (const again of ["luis costa", "  LUIS   Costa ", "Luis Costa."]) {
      expect(expectError(await answer("sa", again), 409, "conflict").message, again).toContain("already given");
    }
    expect((await answer("sa", "Ana Ruiz")).body).toMatchObject({ triesLeft: 0, result: { status: "correct" } });
  });
});

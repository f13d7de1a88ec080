import { describe, expect, it } from "vitest";
import { api, everyKindQuiz, expectError, newTeacher, uniqueName } from "../helpers";

async function publishedQuiz(key: string, settings: Record<string, unknown>) {
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz(settings) });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key })).status).toBe(200);
  return created.body.id as string;
}

describe("a name typed another way is the same student", () => {
  it("counts look-alike and invisible variants against the attempt limit, and the refusal names no one", async () => {
    const key = await newTeacher();
    const quizId = await publishedQuiz(key, { attemptsAllowed: 1 });
    const name = uniqueName("Ana");
    expect((await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name } })).status).toBe(201);
    for (const variant of [name.replace("A", "\u0410"), name.toUpperCase(), name.replace(" ", "\u00a0 "), `Ａ${name.slice(1)}`]) {
      const refused = expectError(await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: variant } }), 409, "attempt_limit_reached");
      expect(refused.message).not.toContain(name.slice(4));
      expect(refused.message).not.toContain(variant);
    }
    const invisible = expectError(await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: `${name}\u200b` } }), 400, "validation_failed");
    expect(invisible.message).toContain("invisible or control characters");
  });

  it("flags, in the teacher's results, a name with several attempts or several spellings", async () => {
    const key = await newTeacher();
    const quizId = await publishedQuiz(key, {});
    const name = uniqueName("Eva");
    for (const typed of [name, name.replace("E", "\u0415")]) {
      const started = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: typed } });
      expect((await api("POST", `/api/attempts/${started.body.attempt.id}/finish`, { token: started.body.token })).status).toBe(200);
    }
    const loner = uniqueName("Lone");
    const one = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: loner } });
    await api("POST", `/api/attempts/${one.body.attempt.id}/finish`, { token: one.body.token });
    const results = await api("GET", `/api/quizzes/${quizId}/results`, { token: key });
    const eva = results.body.students.find((s: any) => s.spellings?.includes(name));
    expect(eva).toMatchObject({ attempts: 2, started: 2, flags: ["several_attempts", "several_spellings"] });
    expect(eva.spellings).toHaveLength(2);
    const lone = results.body.students.find((s: any) => s.studentName === loner);
    expect(lone).not.toHaveProperty("flags");
  });
});

describe("a quiz that asks for a join code", () => {
  it("starts an attempt only with the code (any case), and never shows the code to a student", async () => {
    const key = await newTeacher();
    const quizId = await publishedQuiz(key, { joinCode: "Kite-42" });
    const view = await api("GET", `/api/quizzes/${quizId}`);
    expect(view.body.settings).toMatchObject({ joinCodeRequired: true });
    expect(JSON.stringify(view.body)).not.toMatch(/kite-42/i);
    const missing = expectError(await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName() } }), 403, "forbidden");
    expect(missing.message).toContain("join code");
    const wrong = expectError(await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName(), joinCode: "KITE-43" } }), 403, "forbidden");
    expect(wrong.message).not.toMatch(/kite-42/i);
    const started = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName(), joinCode: " kite-42 " } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(JSON.stringify(started.body)).not.toMatch(/kite-42/i);
    const state = await api("GET", `/api/attempts/${started.body.attempt.id}`, { token: started.body.token });
    expect(JSON.stringify(state.body)).not.toMatch(/kite-42/i);
    // The quiz page asks for it, labelled.
    const page = await api("GET", `/quiz/${quizId}`);
    expect(page.body).toContain('<label class="field" for="joinCode">');
    expect(page.body).not.toMatch(/kite-42/i);
    // The teacher's own view keeps it.
    const own = await api("GET", `/api/quizzes/${quizId}`, { token: key });
    expect(JSON.stringify(own.body)).toContain("Kite-42");
  });

  it("a quiz without one needs none", async () => {
    const key = await newTeacher();
    const quizId = await publishedQuiz(key, {});
    expect((await api("GET", `/api/quizzes/${quizId}`)).body.settings.joinCodeRequired).toBe(false);
    expect((await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName() } })).status).toBe(201);
  });
});

describe("the defaults keep the key from students who may try again", () => {
  it("hides the right answer after finishing unless the quiz allows one attempt, and warns at publish when settings give the key away", async () => {
    const key = await newTeacher();
    const finishOnce = async (quizId: string) => {
      const started = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName() } });
      return (await api("POST", `/api/attempts/${started.body.attempt.id}/finish`, { token: started.body.token })).body;
    };
    const publishWith = async (settings: Record<string, unknown>) => {
      const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz(settings) });
      const published = await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
      expect(published.status).toBe(200);
      return { id: created.body.id as string, warnings: (published.body.warnings ?? []).map((w: { code: string }) => w.code) };
    };
    const unlimited = await publishWith({});
    expect((await finishOnce(unlimited.id)).results.every((r: object) => !("rightAnswer" in r))).toBe(true);
    expect(unlimited.warnings).toEqual(["marks_with_unlimited_retakes"]);

    const once = await publishWith({ attemptsAllowed: 1 });
    expect((await finishOnce(once.id)).results.find((r: { questionId: string }) => r.questionId === "sa").rightAnswer).toBe("Ana Ruiz");
    expect(once.warnings).toEqual([]);

    const shown = await publishWith({ attemptsAllowed: 3, review: { score: true, feedback: true, explanation: true, rightAnswer: true } });
    expect(shown.warnings).toEqual(["right_answer_with_retakes"]);
    const during = await publishWith({ attemptsAllowed: 0, grading: "first", feedback: "immediate", reviewDuring: { rightAnswer: true } });
    expect(during.warnings).toEqual(["right_answer_with_retakes"]);
  });
});

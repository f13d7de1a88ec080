import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, everyKindQuiz, expectError, keyFieldsIn, newTeacher, rightResponse, uniqueName } from "../helpers";
import { QuizContentSchema } from "../../src/schemas/quiz";
import { itemId } from "../../src/score/item-id";

const GIFT = `// A GIFT file with every type, and one broken question
$CATEGORY: training/lisbon

::Where::Where did the team train? {=Lisbon#Yes. ~Porto#No, Porto is in the north. ~Faro}

::Coach::Ana Ruiz is the club's coach. {TRUE#She is the coach.#Right.}

::Who\\: coach::Who is the coach? {=Ana Ruiz =Ruiz =%50%Ana}

::Days::How many days did they train? {#12:0}

::Broken::This question never closes its answers {=one ~two

::Gap::The team trained in {=Lisbon ~Porto} for twelve days.

::Match::Match the people {=Ana Ruiz -> coach =Luis Costa -> captain}
`;

describe("a teacher adding a question set", () => {
  it("gets a key from the admin token, stored only as a hash", async () => {
    expectError(await api("POST", "/api/teachers", { body: { name: "X" } }), 401);
    expectError(await api("POST", "/api/teachers", { token: "wrong", body: { name: "X" } }), 401);
    const reply = await api("POST", "/api/teachers", { token: env.ADMIN_TOKEN, body: { name: "Ms Costa" } });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ teacher: { id: expect.any(String), name: "Ms Costa" }, key: expect.stringMatching(/^tk_/) });
    const row = await env.DB.prepare("SELECT key_hash FROM teachers WHERE id = ?").bind(reply.body.teacher.id).first<{ key_hash: string }>();
    expect(row!.key_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("imports GIFT, sees the broken question with its line, publishes, and sees a student's result", async () => {
    const key = await newTeacher();
    const imported = await api("POST", "/api/quizzes/import", { token: key, body: { format: "gift", source: GIFT, title: "Training camp" } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.imported).toBe(6);
    expect(imported.body.rejected).toEqual([{ line: 12, message: expect.any(String) }]);
    const quiz = imported.body.quiz;
    expect(quiz.status).toBe("draft");
    expect(quiz.questions.map((q: { kind: string }) => q.kind)).toEqual(["multiple_choice", "true_false", "short_answer", "numeric", "cloze", "matching"]);
    expect(quiz.questions[2].title).toBe("Who: coach");

    // Not visible to students until published.
    expectError(await api("GET", `/api/quizzes/${quiz.id}`), 404);
    expectError(await api("POST", `/api/quizzes/${quiz.id}/attempts`, { body: { name: "A" } }), 404);
    const published = await api("POST", `/api/quizzes/${quiz.id}/publish`, { token: key });
    expect(published.body).toMatchObject({ status: "published", publishedVersion: 1 });

    const student = await api("GET", `/api/quizzes/${quiz.id}`);
    expect(student.status).toBe(200);
    expect(keyFieldsIn(student.body.questions)).toEqual([]);
    const start = await api("POST", `/api/quizzes/${quiz.id}/attempts`, { body: { name: "Rui" } });
    const content = QuizContentSchema.parse({ title: quiz.title, questions: quiz.questions });
    for (const q of content.questions.slice(0, 3)) {
      const r = await api("PUT", `/api/attempts/${start.body.attempt.id}/responses/${q.id}`, { token: start.body.token, body: { response: rightResponse(q) } });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.result).toBeUndefined(); // deferred feedback by default
    }
    const finish = await api("POST", `/api/attempts/${start.body.attempt.id}/finish`, { token: start.body.token });
    expect(finish.body).toMatchObject({ score: 3, maxScore: 6 });

    const results = await api("GET", `/api/quizzes/${quiz.id}/results`, { token: key });
    expect(results.status).toBe(200);
    expect(results.body.attempts).toHaveLength(1);
    expect(results.body.attempts[0]).toMatchObject({ studentName: "Rui", score: 3, maxScore: 6, version: 1 });
    expect(results.body.attempts[0].responses).toHaveLength(3);
    // Students send opaque option ids; teachers read the answer in words.
    expect(results.body.attempts[0].responses.find((r: { questionId: string }) => r.questionId === "where")).toMatchObject({ answer: "Lisbon", status: "correct" });
  });

  it("creates from JSON, sees keys as the owner, and an edit of a published quiz becomes a new draft version", async () => {
    const key = await newTeacher();
    const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    await api("POST", `/api/quizzes/${id}/publish`, { token: key });
    const start = await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: uniqueName() } });

    const edited = everyKindQuiz();
    edited.questions[0]!.prompt = "In which city did the team train?";
    const put = await api("PUT", `/api/quizzes/${id}`, { token: key, body: edited });
    expect(put.body).toMatchObject({ currentVersion: 2, publishedVersion: 1, status: "published_with_draft" });
    // Students still get version 1 until the teacher publishes, title included.
    expect((await api("GET", `/api/quizzes/${id}`)).body.version).toBe(1);
    const retitled = { ...edited, title: "Draft title" };
    await api("PUT", `/api/quizzes/${id}`, { token: key, body: retitled });
    const listed = (await api("GET", "/api/quizzes")).body.quizzes.find((q: { id: string }) => q.id === id);
    expect(listed.title).toBe("Every kind");
    const owner = await api("GET", `/api/quizzes/${id}`, { token: key });
    expect(owner.body.questions[0]).toMatchObject({ prompt: "In which city did the team train?", options: expect.any(Array) });
    expect(owner.body.questions[0].options[1].weight).toBe(1);
    // A second edit of the draft replaces it in place.
    expect((await api("PUT", `/api/quizzes/${id}`, { token: key, body: edited })).body.currentVersion).toBe(2);
    await api("POST", `/api/quizzes/${id}/publish`, { token: key });
    expect((await api("GET", `/api/quizzes/${id}`)).body.questions[0].prompt).toBe("In which city did the team train?");
    // The attempt started on version 1 keeps it.
    const read = await api("GET", `/api/attempts/${start.body.attempt.id}`, { token: start.body.token });
    expect(read.body.quiz.version).toBe(1);
    expect(read.body.questions[0].prompt).toBe("Where did the team train?");
  });

  it("exports GIFT that imports back to the same questions", async () => {
    const key = await newTeacher();
    const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
    const exported = await api("GET", `/api/quizzes/${created.body.id}/export?format=gift`, { token: key });
    expect(exported.status).toBe(200);
    expect(exported.body.text).toContain("::mc::");
    const back = await api("POST", "/api/quizzes/import", { token: key, body: { format: "gift", source: exported.body.text } });
    expect(back.status, JSON.stringify(back.body)).toBe(201);
    const kinds = (qs: { kind: string }[]) => qs.map((q) => q.kind);
    // GIFT cannot hold ordering questions: the export says so instead of dropping them silently.
    expect(kinds(back.body.quiz.questions)).toEqual(kinds(created.body.questions).filter((k: string) => k !== "ordering"));
    expect(exported.body.warnings).toContainEqual({ questionId: "ord", message: expect.any(String) });
  });

  it("imports Aiken", async () => {
    const key = await newTeacher();
    const source = "Where did the team train?\nA) Porto\nB) Lisbon\nC. Faro\nANSWER: B\n\nHow long?\nA) 12 days\nB) 2 days\nANSWER: A\n";
    const reply = await api("POST", "/api/quizzes/import", { token: key, body: { format: "aiken", source, title: "Aiken" } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.quiz.questions).toHaveLength(2);
    expect(reply.body.quiz.questions[0].options[1]).toMatchObject({ text: "Lisbon", weight: 1 });
  });

  it("reports an import with no good question as 422 with every problem, and saves nothing", async () => {
    const key = await newTeacher();
    const before = await env.DB.prepare("SELECT COUNT(*) AS n FROM quizzes").first<{ n: number }>();
    const err = expectError(await api("POST", "/api/quizzes/import", { token: key, body: { format: "gift", source: "Broken {=a ~b\n\nAlso broken {~x ~y}" } }), 422, "unprocessable");
    expect(err.details.rejected.length).toBe(2);
    const after = await env.DB.prepare("SELECT COUNT(*) AS n FROM quizzes").first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });

  it("lets a teacher see and change only their own quizzes", async () => {
    const alice = await newTeacher("Alice");
    const bob = await newTeacher("Bob");
    const draft = await api("POST", "/api/quizzes", { token: alice, body: everyKindQuiz() });
    const id = draft.body.id;
    expectError(await api("GET", `/api/quizzes/${id}`, { token: bob }), 404);
    expectError(await api("PUT", `/api/quizzes/${id}`, { token: bob, body: everyKindQuiz() }), 404);
    expectError(await api("POST", `/api/quizzes/${id}/publish`, { token: bob }), 404);
    expectError(await api("GET", `/api/quizzes/${id}/results`, { token: bob }), 404);
    expectError(await api("DELETE", `/api/quizzes/${id}`, { token: bob }), 404);
    await api("POST", `/api/quizzes/${id}/publish`, { token: alice });
    // Once published, Bob sees what students see, and still cannot change it.
    const asBob = await api("GET", `/api/quizzes/${id}`, { token: bob });
    expect(keyFieldsIn(asBob.body.questions)).toEqual([]);
    expectError(await api("PUT", `/api/quizzes/${id}`, { token: bob, body: everyKindQuiz() }), 403, "forbidden");
    expectError(await api("GET", `/api/quizzes/${id}/results`, { token: bob }), 403);
    expectError(await api("GET", `/api/quizzes/${id}/export`, { token: bob }), 403);
    expectError(await api("DELETE", `/api/quizzes/${id}`, { token: bob }), 403);
    expectError(await api("POST", `/api/quizzes/${id}/publish`, { token: bob }), 403);
    expectError(await api("PUT", `/api/quizzes/interaction-2025`, { token: alice, body: everyKindQuiz() }), 403);
    // A teacher's list holds their own quizzes only.
    const aliceList = await api("GET", "/api/quizzes", { token: alice });
    expect(aliceList.body.mine.map((q: { id: string }) => q.id)).toEqual([id]);
    expect((await api("GET", "/api/quizzes", { token: bob })).body.mine).toEqual([]);
    // Students cannot call teacher endpoints.
    expectError(await api("GET", `/api/quizzes/${id}/results`), 401);
    const attempt = await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: "S" } });
    expectError(await api("GET", `/api/quizzes/${id}/results`, { token: attempt.body.token }), 401);
  });

  it("deletes a quiz: gone for students and its owner", async () => {
    const key = await newTeacher();
    const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
    await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
    expect((await api("DELETE", `/api/quizzes/${created.body.id}`, { token: key })).body).toEqual({ deleted: true });
    expectError(await api("GET", `/api/quizzes/${created.body.id}`), 404);
    expectError(await api("GET", `/api/quizzes/${created.body.id}`, { token: key }), 404);
    const list = await api("GET", "/api/quizzes");
    expect(list.body.quizzes.map((q: { id: string }) => q.id)).not.toContain(created.body.id);
  });
});

describe("quiz settings", () => {
  async function publishedQuiz(settings: Record<string, unknown>) {
    const key = await newTeacher();
    const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz(settings) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
    return created.body.id as string;
  }

  it("limits attempts per student name, ignoring case and spacing", async () => {
    const id = await publishedQuiz({ attemptsAllowed: 2 });
    expect((await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: "Ana Ruiz" } })).status).toBe(201);
    expect((await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: "ana  ruiz" } })).status).toBe(201);
    expectError(await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: "ANA RUIZ" } }), 409, "attempt_limit_reached");
    expect((await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: "Rui Costa" } })).status).toBe(201);
  });

  it("allows unlimited attempts with 0", async () => {
    const id = await publishedQuiz({ attemptsAllowed: 0 });
    for (let i = 0; i < 4; i++) expect((await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: "Same" } })).status).toBe(201);
  });

  it("refuses answers after the time limit but still finishes and scores what was saved", async () => {
    const id = await publishedQuiz({ timeLimitSeconds: 600 });
    const start = await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: uniqueName() } });
    const { attempt, token } = start.body;
    expect(Date.parse(attempt.deadlineAt) - Date.parse(attempt.startedAt)).toBe(600_000);
    expect((await api("PUT", `/api/attempts/${attempt.id}/responses/tf`, { token, body: { response: true } })).status).toBe(200);
    // Time passes: move the deadline into the past.
    await env.DB.prepare("UPDATE attempts SET deadline_at = ? WHERE id = ?").bind(new Date(Date.now() - 60_000).toISOString(), attempt.id).run();
    const late = expectError(await api("PUT", `/api/attempts/${attempt.id}/responses/mc`, { token, body: { response: itemId("Lisbon") } }), 409, "time_limit_exceeded");
    expect(late.message).toMatch(/Time is up/);
    const finish = await api("POST", `/api/attempts/${attempt.id}/finish`, { token });
    expect(finish.status).toBe(200);
    expect(finish.body.score).toBe(1);
  });

  it("shuffles options per attempt, fixed within it, and not at all when switched off", async () => {
    const id = await publishedQuiz({ shuffleOptions: true });
    const orders = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const s = await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: uniqueName() } });
      orders.add(s.body.questions[0].options.map((o: { text: string }) => o.text).join(","));
    }
    expect(orders.size).toBeGreaterThan(1);
    const fixed = await publishedQuiz({ shuffleOptions: false });
    const s = await api("POST", `/api/quizzes/${fixed}/attempts`, { body: { name: uniqueName() } });
    expect(s.body.questions[0].options.map((o: { text: string }) => o.text)).toEqual(["Porto", "Lisbon", "Faro"]);
  });

  it("hides what the review options withhold after finishing", async () => {
    const id = await publishedQuiz({ review: { score: true, feedback: false, rightAnswer: false, explanation: false } });
    const s = await api("POST", `/api/quizzes/${id}/attempts`, { body: { name: uniqueName() } });
    await api("PUT", `/api/attempts/${s.body.attempt.id}/responses/mc`, { token: s.body.token, body: { response: itemId("Lisbon") } });
    const finish = await api("POST", `/api/attempts/${s.body.attempt.id}/finish`, { token: s.body.token });
    expect(finish.body.results[0]).toEqual({ questionId: "mc", score: 1, maxScore: 1, status: "correct", rule: expect.any(String) });
  });
});

import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { api, everyKindQuiz, expectError, newTeacher } from "../helpers";

// Results, the CSV and the statistics read a quiz's attempts in bounded
// pieces: a page of JSON, a streamed CSV, statistics folded 500 attempts at a
// time. 1,234 finished attempts are written straight to D1 (through the API
// they would take minutes) under 617 names, two attempts each.

const ATTEMPTS = 1234;
let key = "";
let quizId = "";

beforeAll(async () => {
  key = await newTeacher();
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
  quizId = created.body.id;
  expect((await api("POST", `/api/quizzes/${quizId}/publish`, { token: key })).status).toBe(200);
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < ATTEMPTS; i++) {
    const id = `att_bounded_${String(i).padStart(5, "0")}`;
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    const name = `Student ${Math.floor(i / 2)}`;
    statements.push(
      env.DB.prepare("INSERT INTO attempts (id, quiz_id, version, student_name, name_key, token_hash, shuffle_seed, started_at, finished_at, score, max_score) VALUES (?1, ?2, 1, ?3, ?4, 'x', 1, ?5, ?5, ?6, 7)").bind(id, quizId, name, name.toLowerCase(), at, i % 2),
      env.DB.prepare("INSERT INTO responses (attempt_id, question_id, response, score, status, rule, saved_at) VALUES (?1, 'tf', 'true', ?2, ?3, 'r', ?4)").bind(id, i % 2, i % 2 ? "correct" : "incorrect", at),
      env.DB.prepare("INSERT INTO responses (attempt_id, question_id, response, score, status, rule, saved_at) VALUES (?1, 'sa', ?2, 0, 'incorrect', 'r', ?3)").bind(id, JSON.stringify(i % 3 ? "Luis Costa" : "luis  costa"), at),
    );
  }
  for (let i = 0; i < statements.length; i += 300) await env.DB.batch(statements.slice(i, i + 300));
}, 120_000);

describe("results in bounded pieces", () => {
  it("pages the JSON: every attempt once, oldest first, the grades on the first page", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const reply: any = await api("GET", `/api/quizzes/${quizId}/results?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { token: key });
      expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(200);
      expect("students" in reply.body, `page ${pages}`).toBe(pages === 0);
      if (pages === 0) expect(reply.body.students).toHaveLength(ATTEMPTS / 2);
      expect(reply.body.attempts.length).toBeLessThanOrEqual(500);
      seen.push(...reply.body.attempts.map((a: { attemptId: string }) => a.attemptId));
      cursor = reply.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(ATTEMPTS);
    expect(new Set(seen).size).toBe(ATTEMPTS);
    expect(seen).toEqual([...seen].sort());
    const defaultPage = await api("GET", `/api/quizzes/${quizId}/results`, { token: key });
    expect(defaultPage.body.attempts).toHaveLength(100);
  });

  it("refuses a cursor it did not give and a page size past the cap", async () => {
    expect(expectError(await api("GET", `/api/quizzes/${quizId}/results?cursor=not-ours`, { token: key }), 400, "validation_failed").message).toContain("nextCursor");
    expectError(await api("GET", `/api/quizzes/${quizId}/results?limit=501`, { token: key }), 400, "validation_failed");
  });

  it("streams the CSV: one row per attempt after the header, one byte-order mark", async () => {
    const reply = await api("GET", `/api/quizzes/${quizId}/results?format=csv`, { token: key });
    expect(reply.status).toBe(200);
    const text = reply.body as string;
    // The decoder drops the leading byte-order mark; one written again for a later page would stay in the text.
    expect(text.startsWith("Student,")).toBe(true);
    expect(text.includes("\uFEFF")).toBe(false);
    const lines = text.trimEnd().split("\r\n");
    expect(lines).toHaveLength(ATTEMPTS + 1);
    expect(new Set(lines.slice(1).map((l) => l.split(",")[1])).size).toBe(ATTEMPTS);
  });

  it("folds the statistics over every counted attempt, 500 at a time", async () => {
    const all = await api("GET", `/api/quizzes/${quizId}/stats?attempts=all`, { token: key });
    expect(all.status).toBe(200);
    expect(all.body.quiz.attempts).toBe(ATTEMPTS);
    const tf = all.body.questions.find((q: { questionId: string }) => q.questionId === "tf");
    expect(tf.answered).toBe(ATTEMPTS);
    expect(tf.facility).toBeCloseTo(50, 5);
    const sa = all.body.questions.find((q: { questionId: string }) => q.questionId === "sa");
    expect(sa.commonWrongAnswers).toEqual([{ answer: "Luis Costa", count: ATTEMPTS }]);
    // One per student: the first of each pair scored 0 on tf, the second 1.
    const first = await api("GET", `/api/quizzes/${quizId}/stats?attempts=first`, { token: key });
    expect(first.body.quiz.attempts).toBe(ATTEMPTS / 2);
    expect(first.body.questions.find((q: { questionId: string }) => q.questionId === "tf").facility).toBe(0);
    const highest = await api("GET", `/api/quizzes/${quizId}/stats?attempts=highest`, { token: key });
    expect(highest.body.questions.find((q: { questionId: string }) => q.questionId === "tf").facility).toBe(100);
  });
});

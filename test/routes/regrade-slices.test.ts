import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { SLICE_RESPONSES } from "../../src/services/regrades";
import { api, everyKindQuiz, expectError, newTeacher } from "../helpers";

// A large regrade runs in slices of SLICE_RESPONSES responses, so one request's
// CPU and write stay bounded however large the class: the reply's `next` is
// the body for the next slice. 1,100 attempts are planted in D1 directly
// (starting them through the API would take minutes); the regrade itself goes
// through the real Worker.

const ATTEMPTS = 1_100;

async function plantedQuiz() {
  const key = await newTeacher();
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
  await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
  const quizId = created.body.id as string;
  const now = new Date().toISOString();
  const attemptIds = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ATTEMPTS}) SELECT ?1 || '_' || printf('%05d', i) AS id, i FROM n`;
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO attempts (id, quiz_id, version, student_name, name_key, token_hash, shuffle_seed, started_at, finished_at, score, max_score)
       SELECT id, ?1, 1, 'Student ' || i, 'student ' || i, 'h' || i, i, ?2, ?2, 1, 7 FROM (${attemptIds})`,
    ).bind(quizId, now),
    // Every attempt answered the true/false statement "true" (right by the key as published) and gave
    // the right short answer, stored with no credit, as an older scorer might have left it.
    env.DB.prepare(
      `INSERT INTO responses (attempt_id, question_id, response, score, status, rule, saved_at)
       SELECT id, 'tf', 'true', 1, 'correct', 'r', ?2 FROM (${attemptIds})
       UNION ALL SELECT id, 'sa', '"Ana Ruiz"', 0, 'incorrect', 'r', ?2 FROM (${attemptIds})`,
    ).bind(quizId, now),
  ]);
  return { key, quizId };
}

/** Posts each reply's `next` until it is null; returns every slice's record. */
async function allSlices(key: string, quizId: string, first: { status: number; body: any }) {
  expect(first.status, JSON.stringify(first.body).slice(0, 300)).toBe(201);
  const slices = [first.body.regrade];
  let next = first.body.next;
  while (next) {
    const reply = await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: next });
    expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201);
    slices.push(reply.body.regrade);
    next = reply.body.next;
    expect(slices.length).toBeLessThan(20);
  }
  return slices;
}

const scores = async (quizId: string) =>
  (await env.DB.prepare("SELECT score, COUNT(*) AS n FROM attempts WHERE quiz_id = ? GROUP BY score").bind(quizId).all<{ score: number; n: number }>()).results;

describe("a regrade of a large class", () => {
  it("corrects a key in slices: the first writes the key, each later one scores the next attempts against it", async () => {
    const { key, quizId } = await plantedQuiz();
    const owner = await api("GET", `/api/quizzes/${quizId}`, { token: key });
    const tf = { ...owner.body.questions.find((q: { id: string }) => q.id === "tf"), answer: false };
    const first = await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { version: 1, questions: [tf] } });
    expect(first.body.regrade).toMatchObject({ reason: "key-correction", questionIds: ["tf"], checked: SLICE_RESPONSES, changed: SLICE_RESPONSES });
    expect(first.body.next).toEqual({ version: 1, continues: first.body.regrade.id, after: expect.any(String) });
    // The key is corrected with the first slice: new answers are scored against it at once.
    expect((await api("GET", `/api/quizzes/${quizId}`, { token: key })).body.questions.find((q: { id: string }) => q.id === "tf").answer).toBe(false);

    const slices = await allSlices(key, quizId, first);
    expect(slices.map((s) => [s.checked, s.changed])).toEqual([[SLICE_RESPONSES, SLICE_RESPONSES], [ATTEMPTS - SLICE_RESPONSES, ATTEMPTS - SLICE_RESPONSES]]);
    expect(slices[1]).toMatchObject({ reason: "key-correction", continues: first.body.regrade.id });
    // Each attempt lost the true/false point and still has none for the short answer.
    expect(await scores(quizId)).toEqual([{ score: 0, n: ATTEMPTS }]);
    expect((await api("GET", `/api/quizzes/${quizId}/regrades`, { token: key })).body.regrades).toHaveLength(2);
  });

  it("rescores every question in slices of at most SLICE_RESPONSES responses and brings every total up to date", async () => {
    const { key, quizId } = await plantedQuiz();
    const slices = await allSlices(key, quizId, await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { version: 1 } }));
    // Seven questions: SLICE_RESPONSES / 7 attempts a slice, two responses each.
    expect(slices).toHaveLength(Math.ceil(ATTEMPTS / Math.floor(SLICE_RESPONSES / 7)));
    expect(slices.every((s) => s.checked <= SLICE_RESPONSES)).toBe(true);
    expect(slices.reduce((sum, s) => sum + s.checked, 0)).toBe(2 * ATTEMPTS);
    // Every short answer gains its point (the planted rule texts change too, so the true/false ones are listed, at the same score).
    const changes = slices.flatMap((s) => s.changes as { attemptId: string; questionId: string; before: { score: number }; after: { score: number } }[]);
    const gained = changes.filter((c) => c.after.score > c.before.score);
    expect(gained.every((c) => c.questionId === "sa")).toBe(true);
    expect(new Set(gained.map((c) => c.attemptId)).size).toBe(ATTEMPTS);
    expect(await scores(quizId)).toEqual([{ score: 2, n: ATTEMPTS }]);
  });

  it("refuses a next slice it cannot continue, with errors a teacher can act on", async () => {
    const { key, quizId } = await plantedQuiz();
    const first = await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { version: 1 } });
    const next = first.body.next;
    expect(expectError(await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { ...next, questions: [everyKindQuiz().questions[1]] } }), 400).message).toMatch(/next slice takes no questions/);
    expectError(await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { ...next, continues: "rg_nothing" } }), 404);
    expectError(await api("POST", `/api/quizzes/${quizId}/regrade`, { token: key, body: { version: 1, continues: next.continues } }), 400);
    const stranger = await newTeacher("Mr Other");
    expectError(await api("POST", `/api/quizzes/${quizId}/regrade`, { token: stranger, body: next }), 403);
  });
});

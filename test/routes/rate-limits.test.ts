import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, everyKindQuiz, expectError, newTeacher, rightResponse, uniqueName } from "../helpers";
import { QuizContentSchema } from "../../src/schemas/quiz";
import { type AppRequestOptions, requestApp } from "../app-request";

// Rate limits through the real app and miniflare's local Rate Limiting
// binding (fixed one-minute windows, so each test first waits until the
// current minute has room left: a window edge would reset the counts midway).

const minute = () => Math.floor(Date.now() / 60_000);

/**
 * Runs a burst that must stay within one window. If the minute turned while it
 * ran (a slow machine), the counts were reset midway: run it again, once.
 */
async function inOneWindow(burst: () => Promise<void>) {
  for (let tries = 0; ; tries++) {
    const started = minute();
    try {
      await burst();
      return;
    } catch (err) {
      if (minute() === started || tries > 0) throw err;
    }
  }
}

async function publishedQuiz() {
  const key = await newTeacher();
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
  await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
  return { key, quizId: created.body.id as string };
}

// The Worker's own fetch handler with the real bindings (D1 and the rate limiters): SELF.fetch gets
// slower with every call in a file (workers-sdk#15446), and these tests make over a thousand.
const call = (method: string, path: string, options: AppRequestOptions = {}) => requestApp(env.DB, method, path, options);

const from = (address: string) => ({ "CF-Connecting-IP": address });

describe("rate limits", () => {
  it("never limit a class of 60 starting, answering and finishing together from one school address", { timeout: 120_000 }, async () => {
    const { quizId } = await publishedQuiz();
    const questions = QuizContentSchema.parse(everyKindQuiz()).questions;
    const school = from("198.51.100.20");
    const statuses = await Promise.all(
      Array.from({ length: 60 }, async () => {
        const started = await call("POST", `/api/quizzes/${quizId}/attempts`, { headers: school, body: { name: uniqueName() } });
        const { token } = started.body;
        const seen = [started.status];
        for (const q of questions) {
          seen.push((await call("PUT", `/api/attempts/${started.body.attempt.id}/responses/${q.id}`, { token, headers: school, body: { response: rightResponse(q) } })).status);
        }
        seen.push((await call("POST", `/api/attempts/${started.body.attempt.id}/finish`, { token, headers: school })).status);
        return seen;
      }),
    );
    expect(statuses.flat().filter((s) => s >= 300)).toEqual([]);
  });

  it("limit one attempt saving faster than a person answers, and only that attempt", { timeout: 120_000 }, async () => {
    const { quizId } = await publishedQuiz();
    const start = async () => (await call("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName() } })).body;
    const save = (a: { token: string; attempt: { id: string } }, response: string) =>
      call("PUT", `/api/attempts/${a.attempt.id}/responses/sa`, { token: a.token, body: { response } });
    await inOneWindow(async () => {
      const prober = await start();
      const replies = await Promise.all(Array.from({ length: 120 }, (_, i) => save(prober, `guess ${i}`)));
      expect(replies.every((r) => r.status === 200)).toBe(true);
      const limited = await save(prober, "guess 121");
      expectError(limited, 429, "rate_limited");
      expect(limited.headers.get("Retry-After")).toBe("60");
      expect(limited.body.error.message).toContain("faster than a person answers");
      const student = await start();
      expect((await save(student, "Ana Ruiz")).status).toBe(200);
    });
  });

  it("limit starting attempts per address, and not other addresses", { timeout: 120_000 }, async () => {
    const { quizId } = await publishedQuiz();
    const startFrom = (address: string) => call("POST", `/api/quizzes/${quizId}/attempts`, { headers: from(address), body: { name: uniqueName() } });
    let burstAddress = 0;
    await inOneWindow(async () => {
      const address = `203.0.113.${++burstAddress}`;
      const burst = await Promise.all(Array.from({ length: 400 }, () => startFrom(address)));
      expect(burst.every((r) => r.status === 201)).toBe(true);
      expectError(await startFrom(address), 429, "rate_limited");
      expect((await startFrom("203.0.113.200")).status).toBe(201);
    });
  });

  it("limit generating and importing per teacher key", { timeout: 120_000 }, async () => {
    const importAs = (key: string, i: number) => call("POST", "/api/quizzes/import", { token: key, body: { format: "gift", source: `::Q${i}::Where? {=Lisbon ~Porto}` } });
    await inOneWindow(async () => {
      const [busy, other] = [await newTeacher(), await newTeacher()];
      const replies = await Promise.all(Array.from({ length: 60 }, (_, i) => importAs(busy, i)));
      expect(replies.every((r) => r.status === 201)).toBe(true);
      expectError(await importAs(busy, 61), 429, "rate_limited");
      const article = { text: "Ana Ruiz, the coach, said the team trained in Lisbon for 12 days." };
      expectError(await call("POST", "/api/quizzes/generate", { token: busy, body: { title: "T", article } }), 429);
      expect((await importAs(other, 1)).status).toBe(201);
    });
  });
});

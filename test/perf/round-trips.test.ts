import { describe, expect, it } from "vitest";
import { choiceId } from "../../src/score/item-id";
import { api, everyKindQuiz, newTeacher, uniqueName } from "../helpers";
import { countedRequest } from "./counting-d1";

// D1 round trips per action (issue 7's budgets). Each is a few milliseconds on
// Cloudflare and one database serialises writes, so these are kept small and
// a test fails where a regression is made.

async function publishedQuiz() {
  const key = await newTeacher();
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
  await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
  return { key, quizId: created.body.id as string };
}

describe("D1 round trips per student action", () => {
  it("reads a published quiz in at most 1, starts an attempt in at most 2, saves in 2, finishes in exactly 1 batch", async () => {
    const { quizId } = await publishedQuiz();
    const read = await countedRequest("GET", `/api/quizzes/${quizId}`);
    expect(read.status).toBe(200);
    expect(read.trips.length, read.trips.join()).toBeLessThanOrEqual(1);

    const start = await countedRequest("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName() } });
    expect(start.status).toBe(201);
    expect(start.trips.length, start.trips.join()).toBeLessThanOrEqual(2);
    const { token } = start.body;
    const id = start.body.attempt.id;

    // Today a save reads the attempt (one batch) and then writes once: two round trips.
    const save = await countedRequest("PUT", `/api/attempts/${id}/responses/mc`, { token, body: { response: choiceId({ text: "Lisbon" }) } });
    expect(save.status).toBe(200);
    expect(save.trips).toEqual(["batch(2)", "run"]);

    const finish = await countedRequest("POST", `/api/attempts/${id}/finish`, { token });
    expect(finish.status).toBe(200);
    expect(finish.body.score).toBe(1);
    expect(finish.trips).toEqual(["batch(3)"]);
    // Finishing again, or with a wrong token, is still one round trip and changes nothing.
    const again = await countedRequest("POST", `/api/attempts/${id}/finish`, { token });
    expect(again.body).toEqual(finish.body);
    expect(again.trips).toEqual(["batch(3)"]);
    const stranger = await countedRequest("POST", `/api/attempts/${id}/finish`, { token: "at_wrong" });
    expect(stranger.status).toBe(404);
  });
});

describe("D1 round trips per teacher action", () => {
  // The teacher key check, the ownership check, then one batch that reads or writes (a regrade reads and then writes).
  it("stay within their budgets", async () => {
    const { key, quizId } = await publishedQuiz();
    const budgets: [string, string, unknown, number][] = [
      ["GET", `/api/quizzes/${quizId}`, undefined, 2],
      ["GET", `/api/quizzes/${quizId}/results`, undefined, 3],
      ["GET", `/api/quizzes/${quizId}/results?format=csv`, undefined, 3],
      ["GET", `/api/quizzes/${quizId}/stats`, undefined, 3],
      ["GET", `/api/quizzes/${quizId}/regrades`, undefined, 3],
      ["POST", "/api/quizzes", everyKindQuiz(), 2],
      ["POST", `/api/quizzes/${quizId}/regrade`, { version: 1 }, 4],
    ];
    const seen: string[] = [];
    for (const [method, path, body, budget] of budgets) {
      const reply = await countedRequest(method, path, { token: key, ...(body === undefined ? {} : { body }) });
      expect(reply.status, `${method} ${path}: ${JSON.stringify(reply.body).slice(0, 200)}`).toBeLessThan(300);
      seen.push(`${method} ${path.replace(quizId, ":id")}: ${reply.trips.join(", ")}`);
      expect(reply.trips.length, seen.at(-1)).toBeLessThanOrEqual(budget);
    }
  });
});

import { describe, expect, it } from "vitest";
import { choiceId } from "../../src/score/item-id";
import { api, everyKindQuiz, expectError, newTeacher, uniqueName } from "../helpers";
import { requestWithFault, snapshot } from "./faulty-d1";

// A D1 failure at every statement of every multi-row write: nothing
// half-written remains (every table is as before), the client gets the one
// error shape with a status it can retry on, and the retry succeeds.

interface Action {
  method: string;
  path: string;
  token?: string;
  body?: unknown;
}

async function publishedQuiz() {
  const key = await newTeacher();
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
  await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
  return { key, quizId: created.body.id as string };
}

async function answeredAttempt(quizId: string) {
  const started = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName() } });
  const { token } = started.body;
  const id = started.body.attempt.id as string;
  await api("PUT", `/api/attempts/${id}/responses/mc`, { token, body: { response: choiceId({ text: "Lisbon" }) } });
  await api("PUT", `/api/attempts/${id}/responses/sa`, { token, body: { response: "the coach" } });
  return { id, token: token as string };
}

const ACTIONS: [string, () => Promise<Action>][] = [
  ["import", async () => ({ method: "POST", path: "/api/quizzes/import", token: await newTeacher(), body: { format: "gift", source: "::A::Where? {=Lisbon ~Porto}\n\n::B::How many? {#12}" } })],
  ["create", async () => ({ method: "POST", path: "/api/quizzes", token: await newTeacher(), body: everyKindQuiz() })],
  [
    "publish",
    async () => {
      const key = await newTeacher();
      const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
      return { method: "POST", path: `/api/quizzes/${created.body.id}/publish`, token: key };
    },
  ],
  [
    "start",
    async () => {
      const { quizId } = await publishedQuiz();
      return { method: "POST", path: `/api/quizzes/${quizId}/attempts`, body: { name: uniqueName() } };
    },
  ],
  [
    "finish",
    async () => {
      const { quizId } = await publishedQuiz();
      const { id, token } = await answeredAttempt(quizId);
      return { method: "POST", path: `/api/attempts/${id}/finish`, token };
    },
  ],
  [
    "appeal (accept an answer and rescore)",
    async () => {
      const { key, quizId } = await publishedQuiz();
      const { id, token } = await answeredAttempt(quizId);
      await api("POST", `/api/attempts/${id}/finish`, { token });
      return { method: "POST", path: `/api/quizzes/${quizId}/versions/1/questions/sa/accepted-answers`, token: key, body: { text: "the coach" } };
    },
  ],
  [
    "regrade",
    async () => {
      const { key, quizId } = await publishedQuiz();
      const { id, token } = await answeredAttempt(quizId);
      await api("POST", `/api/attempts/${id}/finish`, { token });
      return { method: "POST", path: `/api/quizzes/${quizId}/regrade`, token: key, body: { version: 1 } };
    },
  ],
  [
    "delete",
    async () => {
      const { key, quizId } = await publishedQuiz();
      return { method: "DELETE", path: `/api/quizzes/${quizId}`, token: key };
    },
  ],
];

const send = (a: Action, failAt: number | null) => requestWithFault(a.method, a.path, failAt, { ...(a.token ? { token: a.token } : {}), ...(a.body !== undefined ? { body: a.body } : {}) });

describe("a D1 failure in the middle of a write", () => {
  for (const [name, setup] of ACTIONS) {
    it(`${name}: leaves nothing half-written at any statement, says to retry, and the retry succeeds`, { timeout: 60_000 }, async () => {
      const total = (await send(await setup(), null)).statements;
      expect(total).toBeGreaterThan(0);
      for (let k = 1; k <= total; k++) {
        const action = await setup();
        const before = await snapshot();
        const failed = await send(action, k);
        expect(failed.status, `${name}, statement ${k} of ${total}`).toBe(503);
        expectError({ status: failed.status, body: failed.body, headers: failed.headers }, 503, "unavailable");
        expect(failed.body.error.message).toMatch(/nothing was saved/);
        expect(failed.headers.get("Retry-After")).toBe("1");
        expect(await snapshot(), `${name}: tables changed after a failure at statement ${k} of ${total}`).toBe(before);
        const retried = await send(action, null);
        expect(retried.status, `${name}: the retry after statement ${k}: ${JSON.stringify(retried.body).slice(0, 200)}`).toBeLessThan(300);
      }
    });
  }
});

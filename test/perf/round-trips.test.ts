import { describe, expect, it } from "vitest";
import { choiceId } from "../../src/score/item-id";
import { api, everyKindQuiz, newTeacher, uniqueName } from "../helpers";
import { forgetAttempt } from "../../src/services/attempt-cache";
import { countedRequest } from "./counting-d1";

// D1 round trips per action (issue 7's budgets). Each is a few milliseconds on
// Cloudflare and one database serialises writes, so these are kept small and
// a test fails where a regression is made.

async function publishedQuiz(settings: Record<string, unknown> = {}) {
  const key = await newTeacher();
  const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz(settings) });
  await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
  return { key, quizId: created.body.id as string };
}

describe("D1 round trips per student action", () => {
  it("reads a published quiz in at most 1, starts an attempt in at most 2, saves in 2, finishes in exactly 1 batch", async () => {
    const { quizId } = await publishedQuiz();
    const read = await countedRequest("GET", `/api/quizzes/${quizId}`);
    expect(read.status).toBe(200);
    expect(read.trips.length, read.trips.join()).toBeLessThanOrEqual(1);
    // Then from the Cache API: a revalidation gets 304 and a new reader the same view, neither touching D1.
    const etag = read.headers.get("ETag")!;
    const revalidated = await countedRequest("GET", `/api/quizzes/${quizId}`, { headers: { "If-None-Match": etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.trips).toEqual([]);
    const reread = await countedRequest("GET", `/api/quizzes/${quizId}`);
    expect(reread.body).toEqual(read.body);
    expect(reread.headers.get("ETag")).toBe(etag);
    expect(reread.trips).toEqual([]);

    const start = await countedRequest("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName() } });
    expect(start.status).toBe(201);
    expect(start.trips.length, start.trips.join()).toBeLessThanOrEqual(2);
    const { token } = start.body;
    const id = start.body.attempt.id;

    // A save is one statement: the isolate that started the attempt knows its version, and every guard is in the SQL.
    const save = await countedRequest("PUT", `/api/attempts/${id}/responses/mc`, { token, body: { response: choiceId({ text: "Lisbon" }) } });
    expect(save.status).toBe(200);
    expect(save.trips).toEqual(["run"]);
    // An isolate that has not seen the attempt reads it once (a batch), then writes; later saves are one statement again.
    forgetAttempt(id);
    const cold = await countedRequest("PUT", `/api/attempts/${id}/responses/tf`, { token, body: { response: false } });
    expect(cold.trips).toEqual(["batch(2)", "run"]);
    const warm = await countedRequest("PUT", `/api/attempts/${id}/responses/tf`, { token, body: { response: true } });
    expect(warm.trips).toEqual(["run"]);
    // A wrong token never gets the one-statement path: it is refused after the full read, like a missing attempt.
    const wrong = await countedRequest("PUT", `/api/attempts/${id}/responses/tf`, { token: "at_wrong", body: { response: true } });
    expect(wrong.status).toBe(404);

    const finish = await countedRequest("POST", `/api/attempts/${id}/finish`, { token });
    expect(finish.status).toBe(200);
    expect(finish.body.score).toBe(2);
    expect(finish.trips).toEqual(["batch(3)"]);
    // Finishing again, or with a wrong token, is still one round trip and changes nothing.
    const again = await countedRequest("POST", `/api/attempts/${id}/finish`, { token });
    expect(again.body).toEqual(finish.body);
    expect(again.trips).toEqual(["batch(3)"]);
    const stranger = await countedRequest("POST", `/api/attempts/${id}/finish`, { token: "at_wrong" });
    expect(stranger.status).toBe(404);
  });
});

describe("the cached student view", () => {
  it("is replaced when the teacher publishes a new version and gone when the quiz is deleted", async () => {
    const { key, quizId } = await publishedQuiz();
    const first = await countedRequest("GET", `/api/quizzes/${quizId}`);
    expect(first.body.version).toBe(1);
    await api("PUT", `/api/quizzes/${quizId}`, { token: key, body: { ...everyKindQuiz(), title: "Renamed" } });
    // A draft is not what students see: the cached version 1 still stands.
    expect((await countedRequest("GET", `/api/quizzes/${quizId}`)).body.title).toBe("Every kind");
    await api("POST", `/api/quizzes/${quizId}/publish`, { token: key });
    const second = await countedRequest("GET", `/api/quizzes/${quizId}`, { headers: { "If-None-Match": first.headers.get("ETag")! } });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ version: 2, title: "Renamed" });
    expect(second.trips.length).toBe(1);
    await api("DELETE", `/api/quizzes/${quizId}`, { token: key });
    expect((await countedRequest("GET", `/api/quizzes/${quizId}`)).status).toBe(404);
  });
});

describe("the one-statement save", () => {
  it("notices a regrade that changed the key since the isolate learned it, and scores against the new key", async () => {
    const { key, quizId } = await publishedQuiz({ feedback: "immediate" });
    const start = await countedRequest("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName() } });
    const { token } = start.body;
    const id = start.body.attempt.id;
    const accepted = await api("POST", `/api/quizzes/${quizId}/versions/1/questions/sa/accepted-answers`, { token: key, body: { text: "the head coach" } });
    expect(accepted.status).toBe(201);
    const save = await countedRequest("PUT", `/api/attempts/${id}/responses/sa`, { token, body: { response: "the head coach" } });
    expect(save.status).toBe(200);
    expect(save.body.result.status).toBe("correct");
    // The one statement was refused (old key revision), then the full path read the new key and saved.
    expect(save.trips).toEqual(["run", "batch(2)", "run"]);
    // Interactive feedback needs the previous try, so its saves always read first.
    const interactive = (await publishedQuiz({ feedback: "interactive" })).quizId;
    const started = await countedRequest("POST", `/api/quizzes/${interactive}/attempts`, { body: { name: uniqueName() } });
    const tryOne = await countedRequest("PUT", `/api/attempts/${started.body.attempt.id}/responses/sa`, { token: started.body.token, body: { response: "Luis" } });
    expect(tryOne.trips).toEqual(["batch(2)", "run"]);
  });
});

const GENERATE_TEXT =
  "The city council of Porto voted on Monday to build a new bridge over the Douro. Mayor Rui Moreira said the bridge would open in 2027. " +
  "The project will cost 40 million euros, according to the council. ‘This bridge joins two halves of the city,’ Moreira said.";

describe("D1 round trips on the student pages", () => {
  it("stay within the API's budgets: a page read is one, a save one more than the API's (the page is read back)", async () => {
    const { quizId } = await publishedQuiz();
    const cookieOf = (reply: { headers: Headers }) => ({ Cookie: reply.headers.getAll("Set-Cookie").find((c) => c.startsWith("attempt="))!.split(";")[0]! });
    const home = await countedRequest("GET", "/");
    expect(home.trips).toEqual(["all"]);
    const quizPage = await countedRequest("GET", `/quiz/${quizId}`);
    expect(quizPage.trips.length).toBeLessThanOrEqual(1);
    const started = await countedRequest("POST", `/quiz/${quizId}/attempts`, { form: [["name", uniqueName()]] });
    expect(started.status).toBe(303);
    expect(started.trips.length).toBeLessThanOrEqual(2);
    const path = started.headers.get("Location")!;
    const headers = cookieOf(started);
    expect((await countedRequest("GET", path, { headers })).trips).toEqual(["batch(2)"]);
    const save = await countedRequest("POST", `${path}/answers/sa`, { headers, form: [["shape", "one"], ["answer", "Ana Ruiz"]] });
    expect(save.status).toBe(303);
    expect(save.trips).toEqual(["run", "batch(2)"]);
    const finish = await countedRequest("POST", `${path}/finish`, { headers, form: [] });
    expect(finish.status).toBe(303);
    expect(finish.trips).toEqual(["batch(3)"]);
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
      ["PUT", `/api/quizzes/${quizId}`, { ...everyKindQuiz(), title: "Edited" }, 3],
      ["POST", `/api/quizzes/${quizId}/publish`, undefined, 3],
      ["GET", `/api/quizzes/${quizId}/export?format=gift`, undefined, 2],
      ["POST", "/api/quizzes/import", { format: "gift", source: "::Q1::Where? {=Lisbon ~Porto}\n\n::Q2::How many? {#12}" }, 2],
      ["POST", "/api/quizzes/generate", { title: "Generated", article: { text: GENERATE_TEXT } }, 2],
      ["POST", `/api/quizzes/${quizId}/versions/2/questions/sa/accepted-answers`, { text: "the coach" }, 4],
      ["POST", `/api/quizzes/${quizId}/regrade`, { version: 1 }, 4],
      ["DELETE", `/api/quizzes/${quizId}`, undefined, 3],
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

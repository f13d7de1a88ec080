import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { createApp } from "../src/app";
import { AttemptPage } from "../src/pages/student/attempt-page";
import { ASSETS } from "../src/pages/student/assets";
import { readAttempt, startAttempt } from "../src/services/attempts";
import { report, timeAsync, time } from "./timing";

// CPU per request inside workerd, for requests that never wait on D1 (so the
// figure is the Worker's own work: routing, validation, rendering, JSON), and
// the attempt page's rendering on its own. Requests that read or write D1 are
// counted in round trips instead (test/perf/round-trips.test.ts) and timed end
// to end by `npm run loadtest`.

const app = createApp();
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
const request = (method: string, path: string, body?: string) => async () => {
  const res = await app.fetch(new Request(`http://bench.test${path}`, { method, ...(body ? { body, headers: { "Content-Type": "application/json" } } : {}) }), env, ctx);
  await res.arrayBuffer();
  return res.status;
};

it("times requests that need no D1, and the attempt page's rendering", { timeout: 300_000 }, async () => {
  const statuses = await Promise.all([request("GET", "/api/quizzes/interaction-2025")(), request("GET", "/quiz/interaction-2025")(), request("POST", "/api/quizzes/interaction-2025/attempts", "{}")()]);
  expect(statuses).toEqual([200, 200, 400]);
  const rows = [
    await timeAsync("GET /api/quizzes/interaction-2025 (the bundled quiz)", request("GET", "/api/quizzes/interaction-2025")),
    await timeAsync("GET /quiz/interaction-2025 (page with article)", request("GET", "/quiz/interaction-2025")),
    await timeAsync("GET the stylesheet", request("GET", ASSETS.css.path)),
    await timeAsync("POST attempts with a bad body (400)", request("POST", "/api/quizzes/interaction-2025/attempts", '{"name": 5}')),
  ];
  const started = await startAttempt(env.DB, "interaction-2025", "Bench");
  const state = await readAttempt(env.DB, started.attempt.id, started.token);
  rows.push(time("render the attempt page (the bundled quiz, HTML)", () => String(AttemptPage({ state }))));
  report("CPU per request inside workerd (no D1 involved)", rows);
  expect(rows.every((r) => r.runs > 0)).toBe(true);
});

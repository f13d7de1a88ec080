import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { purgeExpired } from "../../src/scheduled";
import { expectError, newTeacher } from "../helpers";
import { requestApp } from "../app-request";

// Wrong teacher and admin keys are counted per address (miniflare's local
// Rate Limiting binding, 10 a minute): past the limit, no key is checked from
// that address for 15 minutes, right or wrong, so guessing cannot be
// confirmed faster. Other addresses, and students' attempt tokens, are not
// affected.

/** A route that needs a teacher key (GET /api/quizzes takes one but lists published quizzes without). */
const TEACHER_ONLY = "/api/quizzes/interaction-2025/stats";
const from = (address: string) => ({ "CF-Connecting-IP": address });
let addresses = 0;
/** An address no other test has used: the limiter and the blocks outlive a test. */
const freshAddress = () => `198.51.100.${++addresses}-${Date.now().toString(36)}`;

/** Sends wrong teacher keys from the address until it is refused; returns how many were plain 401s first. */
async function failUntilBlocked(address: string) {
  for (let sent = 0; sent < 25; sent++) {
    const reply = await requestApp(env.DB, "GET", TEACHER_ONLY, { token: `tk_wrong${sent}`, headers: from(address) });
    if (reply.status === 429) return { wrongFirst: sent, reply };
    expectError(reply, 401, "unauthorized");
  }
  throw new Error("25 wrong keys were all answered 401: the address was never blocked");
}

describe("failed key checks per address", () => {
  it("blocks an address after 10 wrong keys a minute, for right keys too, and only that address", async () => {
    const key = await newTeacher();
    const address = freshAddress();
    const { wrongFirst, reply } = await failUntilBlocked(address);
    // 10 in a window; a window that turned during the burst allows at most 10 more.
    expect(wrongFirst).toBeGreaterThanOrEqual(10);
    expect(wrongFirst).toBeLessThanOrEqual(20);
    expect(expectError(reply, 429, "rate_limited").message).toMatch(/not checked for 15 minutes/);
    const right = await requestApp(env.DB, "GET", "/api/quizzes", { token: key, headers: from(address) });
    expectError(right, 429, "rate_limited");
    expect(Number(right.headers.get("Retry-After"))).toBeGreaterThan(14 * 60);
    expectError(await requestApp(env.DB, "POST", "/api/teachers", { token: env.ADMIN_TOKEN, body: { name: "Mr Blocked" }, headers: from(address) }), 429, "rate_limited");
    const page = await requestApp(env.DB, "POST", "/teach/session", { form: [["key", key], ["next", "/teach"]], headers: from(address) });
    expect(page.status).toBe(429);
    expect(page.headers.get("Content-Type")).toMatch(/text\/html/);
    expect(page.body).toContain("Too many tries");
    // Another address is not affected.
    expect((await requestApp(env.DB, "GET", "/api/quizzes", { token: key, headers: from(freshAddress()) })).status).toBe(200);
  });

  it("counts wrong admin tokens and wrong sign-ins on the teacher pages the same way", async () => {
    const admin = freshAddress();
    let refused = 0;
    for (let sent = 0; sent < 25 && !refused; sent++) {
      const reply = await requestApp(env.DB, "POST", "/api/teachers", { token: `wrong-admin-${sent}`, body: { name: "Mr X" }, headers: from(admin) });
      if (reply.status === 429) refused = sent;
      else expectError(reply, 401, "unauthorized");
    }
    expect(refused).toBeGreaterThanOrEqual(10);
    const signIn = freshAddress();
    let pageRefused = 0;
    for (let sent = 0; sent < 25 && !pageRefused; sent++) {
      const page = await requestApp(env.DB, "POST", "/teach/session", { form: [["key", `tk_wrong${sent}`], ["next", "/teach"]], headers: from(signIn) });
      if (page.status === 429) pageRefused = sent;
      else expect(page.status).toBe(401);
    }
    expect(pageRefused).toBeGreaterThanOrEqual(10);
  });

  it("does not count students' attempt tokens on shared routes, nor requests without an address", async () => {
    const key = await newTeacher();
    const address = freshAddress();
    for (let i = 0; i < 15; i++) {
      const reply = await requestApp(env.DB, "GET", "/api/quizzes/interaction-2025", { token: `at_notateacher${i}`, headers: from(address) });
      expect(reply.status).toBe(200);
    }
    for (let i = 0; i < 15; i++) expectError(await requestApp(env.DB, "GET", TEACHER_ONLY, { token: `tk_wrong${i}` }), 401, "unauthorized");
    expect((await requestApp(env.DB, "GET", "/api/quizzes", { token: key, headers: from(address) })).status).toBe(200);
  });

  it("honours a block only until it expires, and the hourly purge deletes expired blocks", async () => {
    const key = await newTeacher();
    const [expired, current] = [freshAddress(), freshAddress()];
    const hour = 60 * 60_000;
    await env.DB.batch([
      env.DB.prepare("INSERT INTO auth_blocks (address, until) VALUES (?, ?)").bind(expired, new Date(Date.now() - 1000).toISOString()),
      env.DB.prepare("INSERT INTO auth_blocks (address, until) VALUES (?, ?)").bind(current, new Date(Date.now() + hour).toISOString()),
    ]);
    expect((await requestApp(env.DB, "GET", "/api/quizzes", { token: key, headers: from(expired) })).status).toBe(200);
    expectError(await requestApp(env.DB, "GET", "/api/quizzes", { token: key, headers: from(current) }), 429, "rate_limited");
    const { blocks } = await purgeExpired(env.DB);
    expect(blocks).toBeGreaterThanOrEqual(1);
    const left = await env.DB.prepare("SELECT address FROM auth_blocks WHERE address IN (?, ?)").bind(expired, current).all<{ address: string }>();
    expect(left.results.map((r) => r.address)).toEqual([current]);
  });
});

describe("the admin token", () => {
  const app = createApp();
  async function createTeacherWith(adminToken: string) {
    const ctx = createExecutionContext();
    const request = new Request("http://quiz.test/api/teachers", {
      method: "POST",
      headers: { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Ms Default" }),
    });
    const res = await app.fetch(request, { ...env, ADMIN_TOKEN: adminToken }, ctx);
    await waitOnExecutionContext(ctx);
    return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
  }

  it("refuses to create teachers while it is the published example or short", async () => {
    for (const weak of ["local-admin-token-change-me", "short-token"]) {
      const reply = await createTeacherWith(weak);
      expect(reply.status).toBe(403);
      expect(reply.body.error?.message).toMatch(/Set a long random one/);
    }
    expect((await createTeacherWith("a-long-random-admin-token-0123456789")).status).toBe(201);
  });
});

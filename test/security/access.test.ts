import { env } from "cloudflare:test";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { secretsEqual } from "../../src/http/secrets";
import { keyFieldsIn, uniqueName } from "../helpers";
import { type Raw, QUESTIONS, call, formPost, markerQuiz, page, useTransport } from "./walk-helpers";

// Who may read and change what: attempt tokens and teacher keys are random,
// shown once and stored hashed; one attempt's token opens no other attempt;
// one teacher's key opens no other teacher's quiz; a student's token opens no
// teacher endpoint; only the admin token creates teachers; and secretsEqual
// compares exactly. Through SELF.fetch, except the 200 starts of the token
// test (see `dispatch` in walk-helpers.ts for why those go direct).

useTransport("self");

const ADMIN = env.ADMIN_TOKEN;
const SECRET_FORMAT = (prefix: string) => new RegExp(`^${prefix}_[A-Za-z0-9_-]{43}$`);

async function sha256Hex(text: string) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function base64UrlBytes(s: string): Uint8Array {
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (s.length % 4)) % 4);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

async function createTeacher(name: string): Promise<{ id: string; key: string }> {
  const reply = await call("POST", "/api/teachers", { token: ADMIN, body: { name } });
  expect(reply.status, reply.text).toBe(201);
  return { id: reply.body.teacher.id, key: reply.body.key };
}

async function createQuiz(key: string, publish: boolean, settings: Record<string, unknown> = { feedback: "deferred" }) {
  const created = await call("POST", "/api/quizzes", { token: key, body: markerQuiz(settings) });
  expect(created.status, created.text).toBe(201);
  if (publish) expect((await call("POST", `/api/quizzes/${created.body.id}/publish`, { token: key })).status).toBe(200);
  return created.body.id as string;
}

async function startAttempt(quizId: string) {
  const reply = await call("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName("Access") } });
  expect(reply.status, reply.text).toBe(201);
  return { id: reply.body.attempt.id as string, token: reply.body.token as string };
}

/** Every marker of the quiz's keys, feedback and explanations. */
const KEY_MARKERS = QUESTIONS.flatMap((q) => [q.markers.explanation, q.markers.general, ...q.markers.feedback.wrong, ...q.markers.feedback.right, ...q.markers.key, ...q.markers.never]);
const noKeyIn = (where: string, text: string) => expect(KEY_MARKERS.filter((m) => text.includes(m)), where).toEqual([]);

/** Every owner-only endpoint of a quiz, with a body it would accept from its owner. */
function ownerEndpoints(quizId: string) {
  return [
    { method: "GET", path: `/api/quizzes/${quizId}/results` },
    { method: "GET", path: `/api/quizzes/${quizId}/results?format=csv` },
    { method: "GET", path: `/api/quizzes/${quizId}/stats` },
    { method: "GET", path: `/api/quizzes/${quizId}/export?format=gift` },
    { method: "GET", path: `/api/quizzes/${quizId}/regrades` },
    { method: "POST", path: `/api/quizzes/${quizId}/regrade`, body: { version: 1 } },
    { method: "POST", path: `/api/quizzes/${quizId}/versions/1/questions/sa/accepted-answers`, body: { text: "Someone Else Entirely" } },
    { method: "POST", path: `/api/quizzes/${quizId}/publish` },
    { method: "PUT", path: `/api/quizzes/${quizId}`, body: { ...markerQuiz({ feedback: "deferred" }), title: "Taken over" } },
    { method: "DELETE", path: `/api/quizzes/${quizId}` },
  ];
}

/** What the owner sees of the quiz: used to show that refused requests changed nothing. */
async function ownerSnapshot(key: string, quizId: string) {
  const quiz = await call("GET", `/api/quizzes/${quizId}`, { token: key });
  expect(quiz.status, quiz.text).toBe(200);
  const results = await call("GET", `/api/quizzes/${quizId}/results`, { token: key });
  const regrades = await call("GET", `/api/quizzes/${quizId}/regrades`, { token: key });
  const { updatedAt: _, ...rest } = quiz.body;
  return { quiz: rest, updatedAt: quiz.body.updatedAt, attempts: results.body.attempts?.length, regrades: regrades.body.regrades?.length };
}

let owner: { id: string; key: string };
let other: { id: string; key: string };
let draftId = "";
let publishedId = "";

beforeAll(async () => {
  owner = await createTeacher("Owner ZQOWNERNAME");
  other = await createTeacher("Other teacher");
  draftId = await createQuiz(owner.key, false);
  publishedId = await createQuiz(owner.key, true);
  // One finished attempt, so results, stats and regrades have something to show.
  const a = await startAttempt(publishedId);
  for (const q of QUESTIONS) expect((await call("PUT", `/api/attempts/${a.id}/responses/${q.id}`, { token: a.token, body: { response: q.right.json } })).status).toBe(200);
  expect((await call("POST", `/api/attempts/${a.id}/finish`, { token: a.token })).status).toBe(200);
}, 60_000);

describe("access", () => {
  it("attempt tokens and teacher keys are 32 random bytes, distinct, and D1 holds only their SHA-256", async () => {
    const teachers = [owner, other, await createTeacher("Third")];
    const quizId = await createQuiz(owner.key, true, { feedback: "immediate" });
    const started: { id: string; token: string }[] = [];
    useTransport("direct");
    try {
      for (let i = 0; i < 200; i++) started.push(await startAttempt(quizId));
      // Idempotent saves and finishes, so that the replies D1 keeps for them are scanned too.
      for (const a of started.slice(0, 3)) {
        const saved = await call("PUT", `/api/attempts/${a.id}/responses/sa`, { token: a.token, body: { response: "Tarnveld Oskarine" }, headers: { "Idempotency-Key": `k-${a.id}` } });
        expect(saved.status, saved.text).toBe(200);
        expect((await call("POST", `/api/attempts/${a.id}/finish`, { token: a.token, headers: { "Idempotency-Key": `f-${a.id}` } })).status).toBe(200);
      }
    } finally {
      useTransport("self");
    }
    // Two more through the pages: the cookie holds the token.
    for (let i = 0; i < 2; i++) {
      const res = await formPost(`/quiz/${quizId}/attempts`, [["name", uniqueName("Cookie")]]);
      expect(res.status).toBe(303);
      const cookie = res.headers.getAll("Set-Cookie").find((c) => c.startsWith("attempt="))!.split(";")[0]!;
      started.push({ id: res.headers.get("Location")!.split("/").pop()!, token: cookie.slice("attempt=".length) });
    }

    const tokens = started.map((a) => a.token);
    const keys = teachers.map((t) => t.key);
    for (const t of tokens) expect(t).toMatch(SECRET_FORMAT("at"));
    for (const k of keys) expect(k).toMatch(SECRET_FORMAT("tk"));
    for (const s of [...tokens, ...keys]) expect(base64UrlBytes(s.slice(3))).toHaveLength(32);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(new Set(started.map((a) => a.id)).size).toBe(started.length);
    // Not sequential or time-based: no two share even their first 8 characters,
    // and the 6,400+ bytes take every one of the 256 byte values (a byte missing by chance: p < 1e-8).
    expect(new Set(tokens.map((t) => t.slice(3, 11))).size).toBe(tokens.length);
    const bytes = new Set(tokens.flatMap((t) => [...base64UrlBytes(t.slice(3))]));
    expect(bytes.size).toBe(256);
    for (const a of started) expect(a.token).not.toContain(a.id.slice(4));

    // Every text (and blob) of every row of every table.
    const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>();
    // SQLite's own tables, and the runtime's (_cf_…, not readable from a Worker).
    const names = tables.results.map((t) => t.name).filter((n) => !n.startsWith("sqlite_") && !n.startsWith("_cf_"));
    expect(names).toEqual(expect.arrayContaining(["attempts", "teachers", "responses", "quizzes", "quiz_versions", "idempotency_keys"]));
    const values: string[] = [];
    for (const name of names) {
      const rows = await env.DB.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all<Record<string, unknown>>();
      for (const row of rows.results) {
        for (const value of Object.values(row)) {
          if (typeof value === "string") values.push(value);
          else if (Array.isArray(value) || value instanceof ArrayBuffer) values.push(new TextDecoder().decode(new Uint8Array(value as ArrayLike<number>)));
        }
      }
    }
    expect(values.length).toBeGreaterThan(1000);
    const secrets = [...tokens, ...keys, ADMIN];
    const bodies = [...tokens, ...keys].map((s) => s.slice(3)); // the random part, in case a prefix were dropped
    const found = values.filter((v) => /\b(at|tk)_[A-Za-z0-9_-]{43}/.test(v) || secrets.some((s) => v.includes(s)) || bodies.some((b) => v.includes(b)));
    expect(found, "a raw secret is stored").toEqual([]);

    const everything = values.join("\n");
    for (const a of started) {
      const row = await env.DB.prepare("SELECT token_hash FROM attempts WHERE id = ?").bind(a.id).first<{ token_hash: string }>();
      expect(row!.token_hash).toBe(await sha256Hex(a.token));
    }
    for (const t of teachers) {
      const row = await env.DB.prepare("SELECT key_hash FROM teachers WHERE id = ?").bind(t.id).first<{ key_hash: string }>();
      expect(row!.key_hash).toBe(await sha256Hex(t.key));
      expect(everything).toContain(await sha256Hex(t.key));
    }
  }, 120_000);

  it("one attempt's token neither reads, saves into nor finishes another attempt (API and pages), and a near-miss token fails too", async () => {
    for (const feedback of ["deferred", "immediate", "interactive"]) {
      const quizId = await createQuiz(owner.key, true, { feedback });
      const victim = await startAttempt(quizId);
      const intruder = await startAttempt(quizId);
      const elsewhere = await startAttempt(await createQuiz(owner.key, true, { feedback }));
      const sa = QUESTIONS.find((q) => q.id === "sa")!;
      const last = victim.token.slice(-1);
      const nearMisses = [
        intruder.token,
        elsewhere.token,
        victim.token.slice(0, -1) + (last === "A" ? "B" : "A"),
        victim.token.slice(0, -1),
        victim.token.toUpperCase() === victim.token ? victim.token.toLowerCase() : victim.token.toUpperCase(),
        victim.token.slice(3),
      ];
      for (const token of nearMisses) {
        const where = `${feedback}, token ${token.slice(0, 8)}…`;
        // Fresh attempts are in the isolate's attempt cache: the one-round-trip save path is the one tried first.
        for (const reply of [
          await call("PUT", `/api/attempts/${victim.id}/responses/sa`, { token, body: { response: sa.right.json } }),
          await call("GET", `/api/attempts/${victim.id}`, { token }),
          await call("POST", `/api/attempts/${victim.id}/finish`, { token }),
        ]) {
          expect(reply.status, `${where}: ${reply.text}`).toBe(404);
          expect(reply.body.error.code).toBe("not_found");
          expect(reply.text).not.toContain("Access ");
          noKeyIn(where, reply.text);
        }
        const cookie = { Cookie: `attempt=${token}` };
        expect((await page(`/attempt/${victim.id}`, { headers: cookie })).status, where).toBe(404);
        expect((await formPost(`/attempt/${victim.id}/answers/sa`, sa.right.form, { ...cookie, "X-Requested-With": "fetch" })).status, where).toBe(404);
        expect((await formPost(`/attempt/${victim.id}/answers/sa`, sa.right.form, cookie)).status, where).toBe(404);
        expect((await formPost(`/attempt/${victim.id}/finish`, [], cookie)).status, where).toBe(404);
      }
      // A wrong token looks exactly like a missing attempt.
      const missing = await call("GET", "/api/attempts/att_nosuchattempt2345", { token: intruder.token });
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe("not_found");
      // No token at all: 401 on the API, the "open it in the browser that started it" page on the site.
      expect((await call("GET", `/api/attempts/${victim.id}`)).status).toBe(401);
      expect((await call("PUT", `/api/attempts/${victim.id}/responses/sa`, { body: { response: "x" } })).status).toBe(401);
      expect((await call("POST", `/api/attempts/${victim.id}/finish`)).status).toBe(401);
      expect((await page(`/attempt/${victim.id}`)).status).toBe(403);

      // The victim's attempt is untouched; the intruder's own attempt works.
      const state = await call("GET", `/api/attempts/${victim.id}`, { token: victim.token });
      expect(state.status).toBe(200);
      expect(state.body.attempt.status, feedback).toBe("in_progress");
      expect(state.body.responses, feedback).toEqual([]);
      expect((await call("GET", `/api/attempts/${intruder.id}`, { token: intruder.token })).body.responses).toEqual([]);
      expect((await call("PUT", `/api/attempts/${victim.id}/responses/sa`, { token: victim.token, body: { response: sa.right.json } })).status).toBe(200);
    }
  }, 60_000);

  it("one teacher can neither read nor change another teacher's quiz, by key or by the teach pages' cookie", async () => {
    const before = { draft: await ownerSnapshot(owner.key, draftId), published: await ownerSnapshot(owner.key, publishedId) };
    expect(before.published.attempts).toBe(1);
    const anonymousView = await call("GET", `/api/quizzes/${publishedId}`);

    for (const [label, quizId] of [["draft", draftId], ["published", publishedId]] as const) {
      // A draft is someone else's secret: 404, as if it did not exist. A published quiz students can see: 403 (or 404).
      const allowed = label === "draft" ? [404] : [403, 404];
      const read = await call("GET", `/api/quizzes/${quizId}`, { token: other.key });
      if (label === "draft") expect(read.status).toBe(404);
      else {
        // Only the student view, exactly what anyone gets.
        expect(read.status).toBe(200);
        expect(read.body).toEqual(anonymousView.body);
        expect(keyFieldsIn(read.body.questions)).toEqual([]);
      }
      noKeyIn(`${label} GET`, read.text);
      expect(read.text).not.toContain("ZQOWNERNAME");

      for (const e of ownerEndpoints(quizId)) {
        const reply = await call(e.method, e.path, { token: other.key, body: e.body });
        const where = `${label}: ${e.method} ${e.path}`;
        expect(allowed, `${where} → ${reply.status} ${reply.text.slice(0, 300)}`).toContain(reply.status);
        expect(reply.body.error?.code, where).toMatch(/^(forbidden|not_found)$/);
        noKeyIn(where, reply.text);
        expect(reply.text, where).not.toContain("ZQOWNERNAME");
        expect(reply.text, where).not.toContain(owner.id);
      }
      for (const headers of [{ Authorization: `Bearer ${other.key}` }, { Cookie: `teacher_key=${other.key}` }] as Record<string, string>[]) {
        const res = await page(`/teach/quizzes/${quizId}`, { headers });
        expect(allowed, `${label} teach page with ${Object.keys(headers)[0]}`).toContain(res.status);
        const html = await res.text();
        noKeyIn(`${label} teach page`, html);
        expect(html).not.toContain("ZQOWNERNAME");
        expect(html).not.toContain("<svg");
      }
    }
    // The other teacher's list of their own quizzes holds neither; the published one is listed as any student sees it.
    const list = await call("GET", "/api/quizzes", { token: other.key });
    const ids = (l: { id: string }[] | undefined) => (l ?? []).map((q) => q.id);
    expect(ids(list.body.mine)).not.toContain(draftId);
    expect(ids(list.body.mine)).not.toContain(publishedId);
    expect(ids(list.body.quizzes)).not.toContain(draftId);
    // Nor can a teacher change a bundled quiz.
    for (const e of ownerEndpoints("interaction-2025").filter((x) => x.method !== "GET")) {
      expect([403, 404], `bundled: ${e.method} ${e.path}`).toContain((await call(e.method, e.path, { token: other.key, body: e.body })).status);
    }

    const after = { draft: await ownerSnapshot(owner.key, draftId), published: await ownerSnapshot(owner.key, publishedId) };
    expect(after).toEqual(before);
  }, 60_000);

  it("a student's attempt token, sent as a teacher's bearer (or cookie), gets 401 from every teacher endpoint", async () => {
    const student = await startAttempt(publishedId);
    const before = { draft: await ownerSnapshot(owner.key, draftId), published: await ownerSnapshot(owner.key, publishedId) };
    const generateText = "Ana Ruiz, the coach of the club, said on Monday that the team trained in Lisbon for twelve days before the final, and that the players were ready for the match against Porto.";
    const endpoints = [
      { method: "POST", path: "/api/quizzes", body: markerQuiz({}) },
      { method: "POST", path: "/api/quizzes/import", body: { format: "gift", source: "::q1:: Where? {=Lisbon ~Porto}" } },
      { method: "POST", path: "/api/quizzes/generate", body: { title: "G", article: { text: generateText } } },
      ...ownerEndpoints(draftId),
      ...ownerEndpoints(publishedId),
    ];
    for (const e of endpoints) {
      const reply = await call(e.method, e.path, { token: student.token, body: e.body });
      const where = `${e.method} ${e.path}`;
      expect(reply.status, `${where}: ${reply.text.slice(0, 300)}`).toBe(401);
      expect(reply.body.error.code, where).toBe("unauthorized");
      noKeyIn(where, reply.text);
    }
    for (const quizId of [draftId, publishedId]) {
      for (const headers of [{ Authorization: `Bearer ${student.token}` }, { Cookie: `teacher_key=${student.token}` }] as Record<string, string>[]) {
        const res = await page(`/teach/quizzes/${quizId}`, { headers });
        expect(res.status, `teach page ${quizId}`).toBe(401);
        noKeyIn("teach page", await res.text());
      }
    }
    // Where a teacher key is optional, the token is simply anonymous: the student view, or nothing for a draft.
    const draft = await call("GET", `/api/quizzes/${draftId}`, { token: student.token });
    expect(draft.status).toBe(404);
    const published = await call("GET", `/api/quizzes/${publishedId}`, { token: student.token });
    expect(published.status).toBe(200);
    expect(keyFieldsIn(published.body.questions)).toEqual([]);
    noKeyIn("published quiz with a student token", published.text);
    expect((await call("GET", "/api/quizzes", { token: student.token })).body).not.toHaveProperty("mine");
    // And it creates no teacher.
    expect((await call("POST", "/api/teachers", { token: student.token, body: { name: "Student as teacher" } })).status).toBe(401);

    const after = { draft: await ownerSnapshot(owner.key, draftId), published: await ownerSnapshot(owner.key, publishedId) };
    expect(after).toEqual(before);
  }, 60_000);

  it("only the admin token creates teachers: not a teacher key, an attempt token, nor anything near the admin token", async () => {
    const student = await startAttempt(publishedId);
    const count = async () => (await env.DB.prepare("SELECT COUNT(*) AS n FROM teachers").first<{ n: number }>())!.n;
    const before = await count();
    const attempts: [string, Record<string, string>][] = [
      ["no credential", {}],
      ["a teacher key", { Authorization: `Bearer ${owner.key}` }],
      ["an attempt token", { Authorization: `Bearer ${student.token}` }],
      ["the admin token with a character more", { Authorization: `Bearer ${ADMIN}x` }],
      ["the admin token less its last character", { Authorization: `Bearer ${ADMIN.slice(0, -1)}` }],
      ["the admin token in upper case", { Authorization: `Bearer ${ADMIN.toUpperCase()}` }],
      ["the admin token under another scheme", { Authorization: `Basic ${ADMIN}` }],
      ["the admin token without a scheme", { Authorization: ADMIN }],
      ["the admin token as a cookie", { Cookie: `teacher_key=${ADMIN}` }],
      ["an empty bearer", { Authorization: "Bearer " }],
    ];
    for (const [label, headers] of attempts) {
      const reply = await call("POST", "/api/teachers", { headers, body: { name: `Intruder (${label})` } });
      expect(reply.status, `${label}: ${reply.text}`).toBe(401);
      expect(reply.body.error.code, label).toBe("unauthorized");
      expect(reply.text, label).not.toContain(ADMIN);
    }
    expect(await count()).toBe(before);
    // The admin token itself works (and is no teacher key).
    expect((await call("POST", "/api/teachers", { token: ADMIN, body: { name: "Made by admin" } })).status).toBe(201);
    expect(await count()).toBe(before + 1);
    expect((await call("POST", "/api/quizzes", { token: ADMIN, body: markerQuiz({}) })).status).toBe(401);
  }, 60_000);

  it("secretsEqual is true exactly for equal strings: lengths, case, Unicode forms and look-alikes included", async () => {
    const equal = ["", "a", ADMIN, "at_" + "x".repeat(43), "clé-🔑-ключ-鍵", "e\u0301", "\u0000", "a".repeat(10_000)];
    for (const s of equal) expect(await secretsEqual(s, s.slice()), JSON.stringify(s.slice(0, 20))).toBe(true);
    const unequal: [string, string][] = [
      ["", "a"],
      ["abc", "abcd"],
      ["abcd", "abc"],
      ["a", "a\u0000"],
      ["a", "a "],
      [ADMIN, ADMIN + "x"],
      [ADMIN, ADMIN.slice(0, -1)],
      [ADMIN, "x" + ADMIN.slice(1)],
      [ADMIN, ADMIN.slice(0, 8) + "X" + ADMIN.slice(9)],
      ["secret", "Secret"],
      ["\u00e9", "e\u0301"], // é precomposed and decomposed
      ["a", "\u0430"], // Latin a and Cyrillic а
      ["🔑", "🔒"],
      ["ß", "ss"],
      ["a".repeat(10_000), "a".repeat(9_999) + "b"],
    ];
    for (const [a, b] of unequal) {
      expect(await secretsEqual(a, b), `${JSON.stringify(a.slice(0, 20))} vs ${JSON.stringify(b.slice(0, 20))}`).toBe(false);
      expect(await secretsEqual(b, a)).toBe(false);
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 60 }), async (a, b) => {
        expect(await secretsEqual(a, b)).toBe(a === b);
        expect(await secretsEqual(a, a)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // Near misses of real-looking secrets: one character changed anywhere.
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 50 }), fc.nat(), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }), async (s, at, c) => {
        const i = at % s.length;
        const changed = s.slice(0, i) + c + s.slice(i + 1);
        expect(await secretsEqual(s, changed)).toBe(s === changed);
      }),
      { numRuns: 300 },
    );
  });

  it("secretsEqual tells apart strings that differ only in unpaired surrogates", async () => {
    // Distinct JavaScript strings; TextEncoder turns each lone surrogate into U+FFFD before hashing.
    const pairs: [string, string][] = [
      ["\uD800", "\uDC00"],
      ["key\uD800", "key\uFFFD"],
      ["\uDBFF\uD800", "\uFFFD\uFFFD"],
    ];
    const wrong = [];
    for (const [a, b] of pairs) if (await secretsEqual(a, b)) wrong.push(`${JSON.stringify(a)} == ${JSON.stringify(b)}`);
    expect(wrong, "secretsEqual returned true for unequal strings").toEqual([]);
  });

  it("secrets are compared by behaviour, not by prefix: every credential refuses a one-character change", async () => {
    const a = await startAttempt(publishedId);
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    for (const i of [3, 20, a.token.length - 1]) {
      expect((await call("GET", `/api/attempts/${a.id}`, { token: flip(a.token, i) })).status).toBe(404);
      expect((await call("GET", `/api/quizzes/${draftId}/results`, { token: flip(owner.key, i) })).status).toBe(401);
      expect((await call("POST", "/api/teachers", { token: flip(ADMIN, Math.min(i, ADMIN.length - 1)), body: { name: "x" } })).status).toBe(401);
    }
    const ok: Raw = await call("GET", `/api/attempts/${a.id}`, { token: a.token });
    expect(ok.status).toBe(200);
  });
});

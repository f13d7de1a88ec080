import { env } from "cloudflare:test";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { parseAiken, parseGift, type ImportResult } from "../../src/formats";
import { everyKindQuiz, uniqueName } from "../helpers";
import {
  BROKEN_JSON,
  CONTENT_TYPES,
  NASTY_STRINGS,
  ODD_CHARS,
  RawJson,
  badAuthorization,
  brokenJson,
  call,
  clip,
  encodeURIComponentLoose,
  expectApiOutcome,
  expectErrorShape,
  expectPageOutcome,
  headerValue,
  mutated,
  nestedArrays,
  nestedObjects,
  oddString,
  pathSegment,
  queryString,
  runs,
  send,
  toJsonText,
  weirdValue,
} from "./fuzz-helpers";

// Issue 6: bad input at every endpoint and at the GIFT and Aiken parsers.
// Whatever is sent, the Worker answers in time, never with a 5xx, and every
// /api error has the one shape {error: {code, message, details?}} with a code
// from the closed list and its own status; pages answer with HTML.
// Requests carry valid credentials and real ids wherever the point is to get
// past the auth check to the validators and the services. Most requests go
// straight to the Worker's fetch handler (see `send` in fuzz-helpers.ts for why);
// the properties marked [SELF] go through workerd as a client's request does.

// Each property sends hundreds of requests: the default 5 s per test is too short.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 30_000 });

const ARTICLE =
  "Ana Ruiz, the club's coach, said the team trained in Lisbon for 12 days before the final. The players ran on the beach every morning and studied videos of their opponents every evening. ‘We were ready,’ Ruiz said after the match, which her team won by two goals.";

interface Attempt {
  attemptId: string;
  token: string;
}

interface Fixture {
  key: string;
  otherKey: string;
  /** published, deferred feedback: attempts, results, stats, export, regrades */
  quizId: string;
  /** published, immediate feedback: every save is graded at once */
  immediateId: string;
  /** a draft that PUT replaces */
  draftId: string;
  /** an attempt on quizId that is never finished (reads; saves rotate, see below) */
  attempt: Attempt;
}

let fx: Fixture;

async function newTeacherKey(name = "Fuzz Teacher") {
  const reply = await call("POST", "/api/teachers", env.ADMIN_TOKEN, { name });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.key as string;
}

async function createQuiz(key: string, body: unknown, publish: boolean) {
  const created = await call("POST", "/api/quizzes", key, body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (publish) expect((await call("POST", `/api/quizzes/${created.body.id}/publish`, key)).status).toBe(200);
  return created.body.id as string;
}

async function startAttempt(quizId: string): Promise<Attempt> {
  const started = await call("POST", `/api/quizzes/${quizId}/attempts`, undefined, { name: uniqueName() });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return { attemptId: started.body.attempt.id as string, token: started.body.token as string };
}

/**
 * The rate limits (wrangler.toml) would turn most of a long fuzz run into 429s, which
 * reach no validator: saves rotate to a fresh attempt (120 a minute per attempt) and
 * imports and generations to a fresh teacher (60 a minute per teacher) well before that.
 */
function rotating<T>(make: () => Promise<T>, every: number) {
  let current: Promise<T> | undefined;
  let uses = 0;
  return () => {
    if (!current || uses++ % every === every - 1) current = make();
    return current;
  };
}
const saveAttempt = rotating(() => startAttempt(fx.quizId), 80);
const heavyKey = rotating(() => newTeacherKey("Heavy Teacher"), 40);

beforeAll(async () => {
  const key = await newTeacherKey();
  const otherKey = await newTeacherKey("Other Teacher");
  const quizId = await createQuiz(key, everyKindQuiz({ feedback: "deferred" }), true);
  const immediateId = await createQuiz(key, everyKindQuiz({ feedback: "immediate" }), true);
  const draftId = await createQuiz(key, everyKindQuiz(), false);
  fx = { key, otherKey, quizId, immediateId, draftId, attempt: await startAttempt(quizId) };
});

const QUESTION_IDS = ["mc", "tf", "sa", "num", "cz", "mt", "ord"];

type Auth = "none" | "teacher" | "admin" | "attempt";
interface Route {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** with {quiz}, {draft}, {gone}, {attempt}, {question}, {version} placeholders */
  path: string;
  auth: Auth;
  body?: () => unknown;
}

/** Every /api route; bodies are valid templates that the properties break. */
const ROUTES: Route[] = [
  { method: "POST", path: "/api/teachers", auth: "admin", body: () => ({ name: "Fuzzed Teacher" }) },
  { method: "GET", path: "/api/quizzes", auth: "teacher" },
  { method: "GET", path: "/api/quizzes/{quiz}", auth: "teacher" },
  { method: "POST", path: "/api/quizzes", auth: "teacher", body: () => everyKindQuiz() },
  { method: "PUT", path: "/api/quizzes/{draft}", auth: "teacher", body: () => everyKindQuiz() },
  { method: "DELETE", path: "/api/quizzes/{gone}", auth: "teacher" },
  { method: "POST", path: "/api/quizzes/{quiz}/publish", auth: "teacher" },
  { method: "POST", path: "/api/quizzes/import", auth: "teacher", body: () => ({ format: "gift", source: "::Q1:: Lisbon is in Portugal. {T}\n\nWho coached? {=Ana Ruiz ~Lisbon}", title: "Imported" }) },
  { method: "POST", path: "/api/quizzes/generate", auth: "teacher", body: () => ({ title: "Generated", article: { title: "Camp", text: ARTICLE }, options: { count: 3, seed: 1 } }) },
  { method: "GET", path: "/api/quizzes/{quiz}/results", auth: "teacher" },
  { method: "GET", path: "/api/quizzes/{quiz}/stats", auth: "teacher" },
  { method: "GET", path: "/api/quizzes/{quiz}/export", auth: "teacher" },
  { method: "POST", path: "/api/quizzes/{quiz}/regrade", auth: "teacher", body: () => ({ version: 1 }) },
  { method: "GET", path: "/api/quizzes/{quiz}/regrades", auth: "teacher" },
  { method: "POST", path: "/api/quizzes/{quiz}/versions/{version}/questions/{question}/accepted-answers", auth: "teacher", body: () => ({ text: "Coach Ruiz", weight: 0.5 }) },
  { method: "POST", path: "/api/quizzes/{quiz}/attempts", auth: "none", body: () => ({ name: "Fuzzed Student" }) },
  { method: "GET", path: "/api/attempts/{attempt}", auth: "attempt" },
  { method: "PUT", path: "/api/attempts/{attempt}/responses/{question}", auth: "attempt", body: () => ({ response: "Ana Ruiz" }) },
  { method: "POST", path: "/api/attempts/{attempt}/finish", auth: "attempt" },
];
const route = (method: string, path: string) => ROUTES.find((r) => r.method === method && r.path === path)!;
const SAVE = route("PUT", "/api/attempts/{attempt}/responses/{question}");
const CREATE = route("POST", "/api/quizzes");
const IMPORT = route("POST", "/api/quizzes/import");
const GENERATE = route("POST", "/api/quizzes/generate");
const REGRADE = route("POST", "/api/quizzes/{quiz}/regrade");
const ACCEPT = route("POST", "/api/quizzes/{quiz}/versions/{version}/questions/{question}/accepted-answers");
const START = route("POST", "/api/quizzes/{quiz}/attempts");
const TEACHERS = route("POST", "/api/teachers");
const BODY_ROUTES = ROUTES.filter((r) => r.body);
const routeName = (r: Route) => `${r.method} ${r.path}`;
// Finishing the fixture's attempt would turn later saves into 409s: finish is fuzzed on its own attempts.
const NOT_FINISH = ROUTES.filter((r) => !r.path.endsWith("/finish"));
const PUBLIC = new Set(["/api/quizzes", "/api/quizzes/{quiz}", "/api/quizzes/{quiz}/attempts"]);

/** The path with the fixture's ids (or the overrides, already encoded) and the credentials the route needs. */
async function prepare(r: Route, overrides: Record<string, string> = {}) {
  const attempt = r === SAVE ? await saveAttempt() : fx.attempt;
  const values: Record<string, string> = { quiz: fx.quizId, draft: fx.draftId, gone: "no-such-quiz-to-delete", attempt: attempt.attemptId, question: "sa", version: "1", ...overrides };
  const path = r.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
  const teacherKey = r === IMPORT || r === GENERATE ? await heavyKey() : fx.key;
  const token = { none: undefined, teacher: teacherKey, admin: env.ADMIN_TOKEN, attempt: attempt.token }[r.auth];
  const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return { path, auth, json: { ...auth, "Content-Type": "application/json" } };
}

/** Sends `body` (JSON text) to a route with valid credentials. */
async function sendJson(r: Route, body: string | undefined, overrides: Record<string, string> = {}, extra: Record<string, string> = {}) {
  const { path, json } = await prepare(r, overrides);
  return send({ method: r.method, path, headers: { ...json, ...extra }, body });
}

describe("every /api endpoint on bad input: never a 5xx, always the one error shape", () => {
  it("garbage Authorization headers never get past the auth check (every route × 30 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), badAuthorization, async (r, authorization) => {
        const { path } = await prepare(r);
        const reply = await send({ method: r.method, path, headers: { Authorization: authorization, "Content-Type": "application/json" }, body: r.body ? toJsonText(r.body()) : undefined });
        expectApiOutcome(reply);
        if (!PUBLIC.has(r.path)) expect(reply.status, reply.request).toBeGreaterThanOrEqual(400);
      }),
      runs(ROUTES.length * 30),
    );
  });

  it("fuzzed path parameters: odd Unicode, '..', %00, bad escapes, very long ids (300 runs)", async () => {
    const withParams = ROUTES.filter((r) => r.path.includes("{"));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withParams), pathSegment, fc.nat(), async (r, segment, which) => {
        const names = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        expectApiOutcome(await sendJson(r, r.body ? toJsonText(r.body()) : undefined, { [names[which % names.length]!]: segment }));
      }),
      runs(300),
    );
  });

  it("fuzzed query strings on every route (300 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NOT_FINISH), queryString, async (r, query) => {
        const { path, json } = await prepare(r);
        expectApiOutcome(await send({ method: r.method, path: path + query, headers: json, body: r.body ? toJsonText(r.body()) : undefined }));
      }),
      runs(300),
    );
  });

  const oddHeaders = fc.tuple(
    fc.constantFrom("Content-Type", "If-None-Match", "Origin", "Cookie", "Accept", "Accept-Encoding", "Content-Encoding", "Content-Language", "X-Requested-With", "Sec-Fetch-Site", "CF-Connecting-IP", "X-Forwarded-For", "Range", "Idempotency-Key", "Expect", "Forwarded"),
    fc.oneof(headerValue, fc.constantFrom(...CONTENT_TYPES), fc.constantFrom('"x"', "*", 'W/"a", "b"', "gzip", "br", "deflate", "bytes=0-0", "100-continue", "::1", "256.1.1.1", "", " ", "a".repeat(201))),
  );

  it("odd headers: Content-Type variants, huge values, If-None-Match, Idempotency-Key, CF-Connecting-IP, … (300 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NOT_FINISH), fc.array(oddHeaders, { minLength: 1, maxLength: 3 }), async (r, pairs) => {
        const { path, json } = await prepare(r);
        const reply = await send({ method: r.method, path, headers: { ...json, ...Object.fromEntries(pairs) }, body: r.body ? toJsonText(r.body()) : undefined });
        expectApiOutcome(reply);
      }),
      runs(300),
    );
  });

  it("[SELF] the same odd headers through workerd (60 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NOT_FINISH), oddHeaders, async (r, [name, value]) => {
        const { path, json } = await prepare(r);
        expectApiOutcome(await send({ method: r.method, path, headers: { ...json, [name]: value }, body: r.body ? toJsonText(r.body()) : undefined, via: "self" }));
      }),
      runs(60),
    );
  });

  // A client may send Transfer-Encoding on any request (curl -H 'Transfer-Encoding: chunked' does).
  it("[SELF] a GET or HEAD with a Transfer-Encoding header (every GET route × chunked, gzip, identity, garbage)", async () => {
    const gets = ROUTES.filter((r) => r.method === "GET");
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...gets), fc.constantFrom("GET", "HEAD"), fc.constantFrom("chunked", "gzip, chunked", "identity", "x"), async (r, method, te) => {
        const { path, auth } = await prepare(r);
        expectApiOutcome(await send({ method, path, headers: { ...auth, "Transfer-Encoding": te }, via: "self" }));
      }),
      runs(24),
    );
  });

  it("other methods on every route answer in the one shape (PATCH, OPTIONS, PROPFIND, HEAD, and the route's siblings)", async () => {
    for (const r of ROUTES) {
      const { path, json } = await prepare(r);
      const others = ["GET", "POST", "PUT", "DELETE"].filter((m) => m !== r.method && !(m === "DELETE" && r.path.includes("{quiz}") && !r.path.includes("/", "/api/quizzes/{quiz}".length)));
      for (const method of ["PATCH", "OPTIONS", "PROPFIND", "MKCOL", "PURGE", "HEAD", ...others]) {
        if (method === "DELETE" && r.path === "/api/quizzes/{quiz}") continue; // would delete the fixture
        expectApiOutcome(await send({ method, path, headers: json, body: method === "GET" || method === "HEAD" ? undefined : "{}" }));
      }
    }
  });
});

describe("request bodies at every /api endpoint that takes one", () => {
  it("text that is not JSON, or is JSON in an odd form, with every Content-Type (9 routes × 40 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BODY_ROUTES), brokenJson, fc.constantFrom(...CONTENT_TYPES, undefined), async (r, text, type) => {
        const { path, auth } = await prepare(r);
        const headers: Record<string, string> = { ...auth };
        if (type !== undefined) headers["Content-Type"] = type;
        expectApiOutcome(await send({ method: r.method, path, headers, body: text }));
      }),
      runs(BODY_ROUTES.length * 40),
    );
  });

  it("every fixed piece of broken JSON and nasty text at every body route, sent as application/json", async () => {
    for (const r of BODY_ROUTES) {
      for (const text of [...BROKEN_JSON, ...NASTY_STRINGS, ...NASTY_STRINGS.map((t) => JSON.stringify(t))]) expectApiOutcome(await sendJson(r, text));
    }
  });

  it("any JSON value of any type as the whole body (9 routes × 30 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BODY_ROUTES), weirdValue, async (r, value) => {
        expectApiOutcome(await sendJson(r, toJsonText(value)));
      }),
      runs(BODY_ROUTES.length * 30),
    );
  });

  // A valid body broken in 1–3 places reaches the schema's inner fields and, when it still passes, the service.
  const mutatedRuns: Record<string, number> = { "/api/quizzes/generate": 60, "/api/quizzes/import": 120 };
  for (const r of BODY_ROUTES) {
    const numRuns = mutatedRuns[r.path] ?? 150;
    it(`valid body broken in places: ${routeName(r)} (${numRuns} runs)`, async () => {
      const question = r === SAVE ? fc.constantFrom(...QUESTION_IDS) : fc.constant("sa");
      const seen = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(mutated(r.body!()), question, async (body, q) => {
          const reply = await sendJson(r, toJsonText(body), { question: q });
          expectApiOutcome(reply);
          seen.set(reply.status, (seen.get(reply.status) ?? 0) + 1);
        }),
        runs(numRuns),
      );
      // the fuzz got past auth and rate limits to the validators (400) and, for some bodies, beyond
      expect(seen.get(400) ?? 0, JSON.stringify([...seen])).toBeGreaterThan(numRuns / 4);
      expect([...seen.keys()].some((st) => st !== 400 && st !== 401 && st !== 429 && st !== 413), JSON.stringify([...seen])).toBe(true);
    });
  }

  it("deep nesting: 10,000 to 400,000 levels of arrays and objects, as the body and inside each field", async () => {
    for (const r of BODY_ROUTES) {
      const template = r.body!() as Record<string, unknown>;
      for (const deep of [nestedArrays(10_000), nestedObjects(10_000), nestedArrays(100_000), nestedArrays(400_000)]) {
        expectApiOutcome(await sendJson(r, deep.text));
        for (const field of Object.keys(template)) expectApiOutcome(await sendJson(r, toJsonText({ ...template, [field]: deep })));
        // and further down, where the schemas hold objects and arrays of objects
        const inner = { ...template, questions: [{ id: "q", kind: "cloze", prompt: "p", text: "{{1}}", gaps: [deep] }], settings: { review: deep }, article: { text: deep }, options: { kinds: deep }, response: [deep] };
        expectApiOutcome(await sendJson(r, toJsonText(inner)));
      }
    }
  });

  it("odd numbers (overflow to Infinity, -0, 5e-324, 2^53+1, 1e308) in every numeric field", async () => {
    const literals = ["1e309", "-1e309", "1e308", "-1e308", "-0", "5e-324", "9007199254740993", "123456789012345678901234567890", "0.1", "-1", "0"];
    const quiz = everyKindQuiz();
    for (const n of literals) {
      const raw = new RawJson(n);
      const bodies: [Route, unknown][] = [
        [CREATE, { ...quiz, settings: { tries: raw, penalty: raw, attemptsAllowed: raw, timeLimitSeconds: raw } }],
        [CREATE, { ...quiz, questions: [{ id: "n", kind: "numeric", prompt: "How many?", points: raw, answers: [{ value: raw, tolerance: raw }, { min: raw, max: raw, weight: raw }] }] }],
        [CREATE, { ...quiz, article: { text: ARTICLE }, questions: [{ id: "n", kind: "true_false", prompt: "T?", answer: true, source: { sentence: raw, start: raw, end: raw, text: "" } }] }],
        [GENERATE, { title: "G", article: { text: ARTICLE }, options: { count: raw, seed: raw } }],
        [REGRADE, { version: raw }],
        [ACCEPT, { text: "Ruiz the coach", weight: raw }],
      ];
      for (const [r, body] of bodies) expectApiOutcome(await sendJson(r, toJsonText(body)));
      for (const question of ["num", "sa", "mc", "tf", "cz"]) expectApiOutcome(await sendJson(SAVE, `{"response":${n}}`, { question }));
      expectApiOutcome(await sendJson(ACCEPT, '{"text":"Ruiz"}', { version: encodeURIComponent(n) }));
      for (const what of ["stats", "results"]) expectApiOutcome(await send({ method: "GET", path: `/api/quizzes/${fx.quizId}/${what}?version=${encodeURIComponent(n)}`, headers: (await prepare(CREATE)).auth }));
    }
  });
});

describe("size limits and caps", () => {
  const MB = 1024 * 1024;

  it("a body over 1 MB is a 413 at every route but import, and over 2 MB at import; a few MB too", async () => {
    for (const r of BODY_ROUTES) {
      const limit = r === IMPORT ? 2 * MB : MB;
      for (const bytes of [limit + 1, 4 * MB]) {
        const reply = await sendJson(r, toJsonText({ ...(r.body!() as object), padding: "x".repeat(bytes) }));
        expectApiOutcome(reply);
        expect(reply.status, reply.request).toBe(413);
        expect((reply.json as { error: { code: string } }).error.code).toBe("payload_too_large");
      }
    }
  });

  it("[SELF] a body streamed without Content-Length is cut off at the limit too", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    for (const r of [CREATE, START, IMPORT, SAVE]) {
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(new TextEncoder().encode('{"name":"'));
          sent += chunk.length;
          if (sent > 3 * MB) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const { path, json } = await prepare(r);
      const reply = await send({ method: r.method, path, headers: json, body: stream, via: "self" });
      expect(reply.status, reply.request).toBe(413);
      expectErrorShape(reply);
    }
  });

  it("strings and arrays over the schemas' caps are a 400 naming the field", async () => {
    const quiz = everyKindQuiz();
    const cases: [Route, unknown, string][] = [
      [TEACHERS, { name: "n".repeat(101) }, "name"],
      [START, { name: "s".repeat(101) }, "name"],
      [CREATE, { ...quiz, title: "t".repeat(301) }, "title"],
      [CREATE, { ...quiz, article: { text: "a".repeat(200_001) } }, "article.text"],
      [CREATE, { ...quiz, questions: Array.from({ length: 501 }, (_, i) => ({ id: `q${i}`, kind: "true_false", prompt: "T?", answer: true })) }, "questions"],
      [CREATE, { ...quiz, questions: [{ id: "m", kind: "multiple_choice", prompt: "?", options: Array.from({ length: 27 }, (_, i) => ({ id: `o${i}`, text: `opt ${i}`, weight: i ? 0 : 1 })) }] }, "questions[0].options"],
      [CREATE, { ...quiz, questions: [{ id: "x".repeat(65), kind: "true_false", prompt: "?", answer: true }] }, "questions[0].id"],
      [CREATE, { ...quiz, questions: [{ id: "p", kind: "true_false", prompt: "p".repeat(4001), answer: true }] }, "questions[0].prompt"],
      [CREATE, { ...quiz, questions: [{ id: "s", kind: "short_answer", prompt: "?", answers: Array.from({ length: 101 }, (_, i) => ({ text: `a${i}` })) }] }, "questions[0].answers"],
      [IMPORT, { format: "gift", source: "" }, "source"],
      [GENERATE, { title: "G", article: { text: `${ARTICLE} `.repeat(40) } }, "article.text"],
      [GENERATE, { title: "G", article: { text: ARTICLE }, options: { kinds: Array(8).fill("true_false") } }, "options.kinds"],
      [REGRADE, { version: 1, questions: Array.from({ length: 501 }, () => quiz.questions[1]) }, "questions"],
      [ACCEPT, { text: "t".repeat(501) }, "text"],
      [SAVE, { response: "r".repeat(2001) }, "response"],
      [SAVE, { response: Array.from({ length: 51 }, (_, i) => `i${i}`) }, "response"],
      [SAVE, { response: { ["k".repeat(65)]: "v" } }, "response"],
      [SAVE, { response: { k: "v".repeat(65) } }, "response"],
    ];
    for (const [r, body, field] of cases) {
      const reply = await sendJson(r, toJsonText(body));
      expectApiOutcome(reply);
      expect(reply.status, `${reply.request}\n→ ${clip(reply.text)}`).toBe(400);
      expect((reply.json as { error: { message: string } }).error.message, reply.request).toContain(field);
    }
  });

  it("a 1 MB response of 40,000 keys, 50 strings of 2,000 odd characters, and long numbers, at every question", async () => {
    const manyKeys = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`k${i}`, "v"]));
    const longList = Array.from({ length: 50 }, (_, i) => ODD_CHARS[i % ODD_CHARS.length]!.repeat(2000).slice(0, 2000));
    for (const question of QUESTION_IDS) {
      for (const response of [manyKeys, longList, "9".repeat(2000), `${"1".repeat(1000)}.${"0".repeat(999)}`, "1e".repeat(1000), "\u0301".repeat(2000), "Ana Ruiz".padEnd(2000, "\u200b"), "a ".repeat(1000), "Lisbon".repeat(333)]) {
        expectApiOutcome(await sendJson(SAVE, toJsonText({ response }), { question }));
      }
    }
  });

  it("an import of just under 2 MB of GIFT (57,000 questions) is answered in time", async () => {
    const source = Array.from({ length: 57_000 }, (_, i) => `::Q${i}:: Where? {=Lisbon ~Porto}\n\n`).join("").slice(0, 2 * MB - 1000);
    expectApiOutcome(await sendJson(IMPORT, toJsonText({ format: "gift", source })));
  });

  it("an import of 100 KB of GIFT whose questions share one title is answered in time", async () => {
    // 9,000 questions titled 'Q': each gets an id q, q-2, q-3 … (src/formats/import-result.ts idFor)
    const source = "::Q::W{T}\n\n".repeat(9_000);
    expectApiOutcome(await sendJson(IMPORT, toJsonText({ format: "gift", source })));
  });
});

describe("attempts: odd responses reach the scoring", () => {
  const answerLike = fc.oneof(weirdValue, fc.array(oddString(30), { maxLength: 8 }), fc.dictionary(oddString(12), oddString(12), { maxKeys: 8 }), fc.double(), oddString(200));

  it("a fuzzed response to each question, saved then finished and read on a fresh attempt (deferred, 100 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...QUESTION_IDS), answerLike, async (question, response) => {
        const { attemptId, token } = await startAttempt(fx.quizId);
        const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
        expectApiOutcome(await send({ method: "PUT", path: `/api/attempts/${attemptId}/responses/${question}`, headers, body: toJsonText({ response }) }));
        expectApiOutcome(await send({ method: "POST", path: `/api/attempts/${attemptId}/finish`, headers, body: "" }), [200]);
        expectApiOutcome(await send({ method: "GET", path: `/api/attempts/${attemptId}`, headers }), [200]);
      }),
      runs(100),
    );
    // and the teacher's views over all those odd responses
    for (const what of ["results", "results?format=csv", "stats", "stats?attempts=all", "export"]) {
      expectApiOutcome(await send({ method: "GET", path: `/api/quizzes/${fx.quizId}/${what}`, headers: (await prepare(CREATE)).auth }), [200]);
    }
    expectApiOutcome(await sendJson(REGRADE, '{"version":1}'), [201, 409]);
  });

  it("a fuzzed response checked at once (immediate feedback, 150 runs)", async () => {
    const fresh = rotating(() => startAttempt(fx.immediateId), 7); // each question is checked once per attempt
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...QUESTION_IDS), answerLike, async (question, response) => {
        const { attemptId, token } = await fresh();
        const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
        expectApiOutcome(await send({ method: "PUT", path: `/api/attempts/${attemptId}/responses/${question}`, headers, body: toJsonText({ response }) }));
      }),
      runs(150),
    );
  });

  it("finish with fuzzed ids, tokens and bodies (100 runs), then once for real", async () => {
    const { attemptId, token } = await startAttempt(fx.quizId);
    await fc.assert(
      fc.asyncProperty(fc.oneof(pathSegment, fc.constant(attemptId)), fc.oneof(badAuthorization, fc.constant(`Bearer ${token}`)), fc.oneof(brokenJson, weirdValue.map(toJsonText)), async (id, authorization, body) => {
        expectApiOutcome(await send({ method: "POST", path: `/api/attempts/${id}/finish`, headers: { Authorization: authorization, "Content-Type": "application/json" }, body }));
      }),
      runs(100),
    );
    const headers = { Authorization: `Bearer ${token}` };
    expectApiOutcome(await send({ method: "POST", path: `/api/attempts/${attemptId}/finish`, headers }), [200]);
    const again = await send({ method: "PUT", path: `/api/attempts/${attemptId}/responses/sa`, headers: { ...headers, "Content-Type": "application/json" }, body: '{"response":"x"}' });
    expectApiOutcome(again, [409]);
  });

  it("a teacher's key is no attempt token, and another teacher's key owns nothing", async () => {
    for (const r of NOT_FINISH.filter((x) => x.auth === "attempt" || x.auth === "teacher")) {
      for (const key of [fx.otherKey, ...(r.auth === "attempt" ? [fx.key] : [])]) {
        const { path } = await prepare(r);
        const reply = await send({ method: r.method, path, headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body: r.body ? toJsonText(r.body()) : undefined });
        expectApiOutcome(reply);
        // the student view of a published quiz is public; everything else of the quiz is its owner's
        if (r.auth === "attempt" || (r.path.includes("{") && !PUBLIC.has(r.path) && r.path !== "/api/quizzes/{gone}")) expect(reply.status, reply.request).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it("DELETE with fuzzed ids (100 runs), then a real quiz once", async () => {
    const doomed = await createQuiz(fx.key, everyKindQuiz(), false);
    const auth = { Authorization: `Bearer ${fx.key}` };
    await fc.assert(
      fc.asyncProperty(pathSegment, async (id) => {
        expectApiOutcome(await send({ method: "DELETE", path: `/api/quizzes/${id}`, headers: auth }));
      }),
      runs(100),
    );
    expectApiOutcome(await send({ method: "DELETE", path: `/api/quizzes/${doomed}`, headers: auth }), [200]);
    expectApiOutcome(await send({ method: "DELETE", path: `/api/quizzes/${doomed}`, headers: auth }), [404]);
    expectApiOutcome(await send({ method: "DELETE", path: `/api/quizzes/${fx.quizId}`, headers: { Authorization: `Bearer ${fx.otherKey}` } }), [403, 404]);
  });
});

// ------------------------------------------------------------------ pages

const SAME_SITE = { "Sec-Fetch-Site": "same-origin" };

/** A form body of odd field names and values: URL-encoded, multipart, or raw text with a lying type. */
const formBody = (fields: string[]) =>
  fc.oneof(
    fc.array(fc.tuple(fields.length ? fc.oneof(fc.constantFrom(...fields), oddString(20)) : oddString(20), fc.oneof(oddString(60), fc.constantFrom("a".repeat(2001), "x".repeat(70_000)))), { maxLength: 8 }).map((pairs) => ({
      type: "application/x-www-form-urlencoded" as string | undefined,
      body: pairs.map(([k, v]) => `${encodeURIComponentLoose(k)}=${encodeURIComponentLoose(v)}`).join("&") as string | FormData,
    })),
    fc.array(fc.tuple(fields.length ? fc.constantFrom(...fields) : oddString(10), oddString(60)), { maxLength: 6 }).map((pairs) => {
      const form = new FormData();
      // workerd's FormData refuses to serialise a name ending in a backslash (a client-side TypeError)
      for (const [k, v] of pairs) form.append(k.replace(/\\+$/, ""), v);
      return { type: undefined as string | undefined, body: form as string | FormData };
    }),
    fc
      .tuple(
        fc.constantFrom(...CONTENT_TYPES, "multipart/form-data; boundary=----x", "multipart/form-data; boundary=", "multipart/form-data; boundary=x; boundary=y", "application/x-www-form-urlencoded; charset=utf-16"),
        fc.oneof(brokenJson, oddString(200), fc.constantFrom('------x\r\nContent-Disposition: form-data; name="name"\r\n\r\nA\r\n------x--', "--x\r\n\r\n", "--\r\n", "%", "name=%", "name=%ZZ&name=%ED%A0%80", "&&&==", "a".repeat(70_000))),
      )
      .map(([type, body]) => ({ type: type as string | undefined, body: body as string | FormData })),
  );

interface PageRoute {
  method: "GET" | "POST";
  path: string;
  fields: string[];
  cookie?: boolean;
  teacher?: boolean;
}

const PAGES: PageRoute[] = [
  { method: "GET", path: "/", fields: [] },
  { method: "GET", path: "/quiz/{quiz}", fields: [] },
  { method: "POST", path: "/quiz/{quiz}/attempts", fields: ["name"] },
  { method: "GET", path: "/attempt/{attempt}", fields: [], cookie: true },
  { method: "POST", path: "/attempt/{attempt}/answers/{question}", fields: ["shape", "answer", "gap1", "gap2", "match.x", "order", "move"], cookie: true },
  { method: "POST", path: "/attempt/{attempt}/finish", fields: [], cookie: true },
  { method: "GET", path: "/teach", fields: [] },
  { method: "POST", path: "/teach/session", fields: ["key", "next"] },
  { method: "POST", path: "/teach/sign-out", fields: [] },
  { method: "GET", path: "/teach/quizzes/{quiz}", fields: [], teacher: true },
  { method: "GET", path: "/docs", fields: [] },
];

/** A page's path and headers; the answer and finish forms get an attempt of their own (rate limits; finishing). */
async function preparePage(page: PageRoute, overrides: Record<string, string> = {}) {
  const attempt = page.path.endsWith("/finish") ? await startAttempt(fx.quizId) : page.path.includes("/answers/") ? await saveAttempt() : fx.attempt;
  const values: Record<string, string> = { quiz: fx.quizId, attempt: attempt.attemptId, question: "sa", ...overrides };
  const path = page.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
  const headers: Record<string, string> = { ...SAME_SITE, ...(page.cookie ? { Cookie: `attempt=${attempt.token}` } : {}), ...(page.teacher ? { Authorization: `Bearer ${fx.key}` } : {}) };
  return { path, headers, attempt };
}

describe("the HTML pages on bad input: never a 5xx, always a page", () => {
  it("fuzzed path parameters and query strings on every page (200 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PAGES), pathSegment, queryString, fc.nat(), async (page, segment, query, which) => {
        const names = [...page.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const { path, headers } = await preparePage(page, names.length ? { [names[which % names.length]!]: segment } : {});
        const body = page.method === "POST" ? new URLSearchParams({ name: "Fuzz", shape: "one", answer: "Ruiz" }) : undefined;
        expectPageOutcome(await send({ method: page.method, path: path + query, headers, body }));
      }),
      runs(200),
    );
  });

  it("fuzzed form bodies and content types at every form (5 forms × 50 runs)", async () => {
    const posts = PAGES.filter((p) => p.method === "POST");
    const pageAndForm = fc.constantFrom(...posts).chain((page) => fc.tuple(fc.constant(page), formBody(page.fields)));
    await fc.assert(
      fc.asyncProperty(pageAndForm, fc.constantFrom(...QUESTION_IDS), async ([page, form], question) => {
        const { path, headers } = await preparePage(page, { question });
        if (form.type !== undefined) headers["Content-Type"] = form.type;
        expectPageOutcome(await send({ method: "POST", path, headers, body: form.body }));
      }),
      runs(posts.length * 50),
    );
  });

  it("garbage cookies, Authorization, Origin and Sec-Fetch-Site on every page (200 runs)", async () => {
    const cookie = fc.oneof(
      headerValue,
      headerValue.map((v) => `attempt=${v}`),
      headerValue.map((v) => `teacher_key=${v}; open_attempt=${v}`),
      fc.constantFrom("attempt=", "attempt", "=", ";;;", "attempt=%ED%A0%80", 'attempt="quoted"', `attempt=${"t".repeat(8000)}`, "open_attempt=../../x", `attempt=${"a;".repeat(500)}`, "attempt=a; attempt=b"),
    );
    const site = fc.constantFrom("same-origin", "same-site", "cross-site", "none", "", "SAME-ORIGIN", "x");
    const origin = fc.oneof(headerValue, fc.constantFrom("null", "http://quiz.test", "http://evil.test", "http://quiz.test:99999", "http://[::1", "file://", "http://quiz.test.evil.test"));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PAGES), cookie, badAuthorization, fc.option(site), fc.option(origin), async (page, c, authorization, s, o) => {
        const { path } = await preparePage(page);
        const headers: Record<string, string> = { Cookie: c, Authorization: authorization };
        if (s !== null) headers["Sec-Fetch-Site"] = s;
        if (o !== null) headers.Origin = o;
        const body = page.method === "POST" ? new URLSearchParams({ name: "Fuzz", key: "k", shape: "one", answer: "a" }) : undefined;
        expectPageOutcome(await send({ method: page.method, path, headers, body }));
      }),
      runs(200),
    );
  });

  it("a form over its size limit is a 413 page", async () => {
    for (const [page, limit] of [[PAGES[2]!, 64 * 1024], [PAGES[4]!, 64 * 1024], [PAGES[7]!, 4096]] as const) {
      const { path, headers } = await preparePage(page);
      const reply = await send({ method: "POST", path, headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" }, body: `name=${"x".repeat(limit + 1)}&key=k&shape=one` });
      expectPageOutcome(reply);
      expect(reply.status, reply.request).toBe(413);
    }
  });

  it("the answer form with odd shapes and values for every question, page and script (150 runs)", async () => {
    const value = fc.oneof(oddString(50), fc.constantFrom("", "true", "false", "12", "1e309", "-0", "x".repeat(2001)));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...QUESTION_IDS),
        fc.constantFrom("one", "many", "gaps", "pairs", "order", "ONE", "", "constructor", "__proto__"),
        fc.array(fc.tuple(fc.constantFrom("answer", "gap1", "gap2", "gap3", "match.x", "match.__proto__", "match.constructor", "order", "move", "__proto__", "constructor"), value), { maxLength: 10 }),
        fc.boolean(),
        async (question, shape, fields, script) => {
          const { path, headers } = await preparePage(PAGES[4]!, { question });
          if (script) headers["X-Requested-With"] = "fetch";
          expectPageOutcome(await send({ method: "POST", path, headers, body: new URLSearchParams([["shape", shape], ...fields]) }));
        },
      ),
      runs(150),
    );
  });

  it("[SELF] the pages through workerd, with odd paths and forms (40 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PAGES), pathSegment, async (page, segment) => {
        const names = [...page.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const { path, headers } = await preparePage(page, names.length ? { [names[0]!]: segment } : {});
        const body = page.method === "POST" ? new URLSearchParams({ name: "Fuzz", shape: "one", answer: "Ruiz" }) : undefined;
        expectPageOutcome(await send({ method: page.method, path, headers, body, via: "self" }));
      }),
      runs(40),
    );
  });
});

// ---------------------------------------------------------------- parsers

/** Asserts the parser's contract: it returned, in time, with issues on real lines. */
function checkParse(name: string, parse: (s: string) => ImportResult, source: string, budgetMs: number) {
  const started = performance.now();
  let result: ImportResult;
  try {
    result = parse(source);
  } catch (err) {
    throw new Error(`${name} threw on ${JSON.stringify(clip(source, 400))}: ${(err as Error)?.stack ?? err}`);
  }
  const ms = performance.now() - started;
  expect(ms, `${name} took ${ms.toFixed(0)} ms on ${source.length} chars: ${JSON.stringify(clip(source, 200))}`).toBeLessThan(budgetMs);
  expect(result).toEqual({ questions: expect.any(Array), rejected: expect.any(Array), rejectedCount: expect.any(Number), warnings: expect.any(Array) });
  expect(result.rejected.length).toBe(Math.min(50, result.rejectedCount));
  const lines = source.split(/\r\n|\r|\n/).length;
  for (const issue of [...result.rejected, ...result.warnings]) {
    const why = `${name}: ${JSON.stringify(issue)} in ${JSON.stringify(clip(source, 400))}`;
    expect(Number.isInteger(issue.line), why).toBe(true);
    expect(issue.line, why).toBeGreaterThanOrEqual(1);
    expect(issue.line, why).toBeLessThanOrEqual(lines);
    expect(typeof issue.message, why).toBe("string");
    expect(issue.message.length, why).toBeGreaterThan(0);
  }
}

const PARSERS = { parseGift, parseAiken } as const;

/** Pieces of GIFT and Aiken syntax, glued at random into file-like text. */
const GIFT_TOKENS = [
  "::", "::Title::", "{", "}", "{T}", "{F}", "{TRUE}", "{FALSE}", "=", "~", "#", "####", "%", "%50%", "%-100%", "%1e309%", "%NaN%", "->", "\\", "\\{", "\\}", "\\=", "\\~", "\\#", "\\:", "\\n",
  "{#", "#3.14:0.01", "#1..5", "#1e308:1e308", "#-0", "#..", ":", "..", "$CATEGORY: ", "$CATEGORY: a/b//c", "//", "// comment", "[html]", "[markdown]", "[moodle]", "[plain]", "<p>", "</p>",
  "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", " ", "\t", "A) ", "B) ", "C. ", "a) ", "ANSWER: ", "ANSWER: A", "ANSWER: Z", "ANSWER:", "Question?", "Lisbon", "Ana Ruiz", "12",
];
const giftLike = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...GIFT_TOKENS) }, { weight: 1, arbitrary: oddString(8) }), { maxLength: 120 }).map((parts) => parts.join(""));

/** A well-formed GIFT or Aiken question with odd text in its slots. */
const giftQuestion = fc
  .tuple(oddString(30), oddString(30), fc.array(oddString(20), { minLength: 1, maxLength: 6 }), fc.constantFrom("mc", "tf", "sa", "num", "match", "essay", "cloze"))
  .map(([title, prompt, answers, kind]) => {
    const esc = (s: string) => s.replace(/[{}~=#:\\]/g, (c) => `\\${c}`);
    const body = {
      mc: `{=${esc(answers[0]!)} ${answers.slice(1).map((a) => `~${esc(a)}`).join(" ")}}`,
      tf: "{T#right#wrong}",
      sa: `{${answers.map((a) => `=${esc(a)}`).join(" ")}}`,
      num: `{#${answers.length}:0.5}`,
      match: `{${answers.map((a, i) => `=${esc(a)} -> r${i}`).join(" ")}}`,
      essay: "{}",
      cloze: `${esc(prompt)} {~${esc(answers[0]!)} =x} after`,
    }[kind];
    return `::${esc(title)}::${esc(prompt)} ${body}`;
  });
const aikenQuestion = fc.tuple(oddString(40), fc.array(oddString(20), { minLength: 0, maxLength: 6 }), fc.constantFrom("A", "B", "C", "Z", "", "a", "AB")).map(([prompt, options, answer]) =>
  [prompt.replace(/[\r\n]/g, " "), ...options.map((o, i) => `${String.fromCharCode(65 + i)}) ${o.replace(/[\r\n]/g, " ")}`), `ANSWER: ${answer}`].join("\n"),
);

describe("the GIFT and Aiken parsers on random input: never throw, never hang, issues on real lines", () => {
  const sources: [string, fc.Arbitrary<string>, number][] = [
    ["any code points", fc.string({ unit: "binary", maxLength: 300 }), 200],
    ["odd Unicode (lone surrogates, bidi, zero-width, combining)", oddString(300), 200],
    ["GIFT and Aiken token soup", giftLike, 200],
    ["well-formed questions with odd text, joined by blank lines", fc.array(fc.oneof(giftQuestion, aikenQuestion), { maxLength: 12 }).map((qs) => qs.join("\n\n")), 150],
  ];
  for (const [label, arbitrary, numRuns] of sources) {
    for (const [name, parse] of Object.entries(PARSERS)) {
      it(`${name}: ${label} (${numRuns} runs)`, () => {
        fc.assert(
          fc.property(arbitrary, (source) => checkParse(name, parse, source, 2_000)),
          runs(numRuns),
        );
      });
    }
  }

  const hundredKb = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);

  it("100 KB of random GIFT-, Aiken- and Unicode-like text: each call returns within 2 s (both parsers, 20 runs each)", () => {
    const big = fc
      .oneof(giftLike, giftQuestion, aikenQuestion, fc.string({ unit: "binary", minLength: 1, maxLength: 50 }))
      .chain((first) => fc.array(fc.oneof(giftLike, giftQuestion, aikenQuestion), { maxLength: 40 }).map((rest) => hundredKb([first, ...rest].join("\n\n") || "x")));
    for (const [name, parse] of Object.entries(PARSERS)) {
      fc.assert(
        fc.property(big, (source) => checkParse(name, parse, source, 2_000)),
        runs(20),
      );
    }
  });

  // One piece repeated to 100 KB: the inputs that make a parser loop, backtrack or compare everything with everything.
  const PATHOLOGICAL = [
    "{", "}", "\\", "::", "~", "=", "#", "%", "->", "\n", "\r", "\r\n", " ", "A) x\n", "{=", "{#", "{~a ", "=a -> ", "\\{", "%50%", "\u0301", "\ud800", "$CATEGORY: ", "::t::",
    "Q {T}\n\n", "Q? {=a ~b}\n\n", "Q?\nA) x\nB) y\nANSWER: A\n\n",
    // every question titled the same
    "::Q::W{T}\n\n", "::Q::W{=a ~b}\n\n", "::Same title:: Where? {=Lisbon ~Porto}\n\n",
  ];
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`${name}: 100 KB of one piece repeated returns within 2 s (${PATHOLOGICAL.length} inputs)`, () => {
      for (const piece of PATHOLOGICAL) checkParse(name, parse, hundredKb(piece), 2_000);
    });
  }

  it("values that are not strings do not throw", () => {
    for (const [, parse] of Object.entries(PARSERS)) {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          expect(() => parse(value as string)).not.toThrow();
        }),
        runs(100),
      );
    }
  });
});

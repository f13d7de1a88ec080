import { SELF, createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import fc from "fast-check";
import { expect } from "vitest";
import worker from "../../src/index";

// Helpers for test/security/fuzz.test.ts: a raw client (any method, headers,
// body bytes, no JSON encoding of its own), the outcome checks every fuzzed
// request must pass, and the generators of bad input.

export const ORIGIN = "http://quiz.test";

/** A single request may take at most this long (a hang or a pathological input shows up here). */
export const REQUEST_BUDGET_MS = 5_000;

// The closed list of error codes and the status each maps to (src/http/errors.ts), copied
// here so that a code the server invents, or a code sent with another status, fails.
export const ERROR_STATUS: Record<string, number> = {
  validation_failed: 400,
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  attempt_finished: 409,
  time_limit_exceeded: 409,
  attempt_limit_reached: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
};

export interface RawReply {
  status: number;
  text: string;
  json: unknown;
  headers: Headers;
  ms: number;
  request: string;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | URLSearchParams | FormData | ReadableStream<Uint8Array>;
  /**
   * "direct" (default): the Worker's own fetch handler (src/index.ts) with the test env (real local
   * D1, rate limiters) and an execution context, in-process. "self": through workerd via SELF.fetch,
   * as a client's HTTP request arrives. SELF is kept for what only the runtime does to a request
   * (Transfer-Encoding, streamed bodies): with @cloudflare/vitest-pool-workers 0.15.1 each SELF.fetch
   * gets slower than the one before (300 calls: 4 s, 600: 24 s, 900: 88 s), so a fuzzer with
   * thousands of requests cannot use it for everything.
   */
  via?: "direct" | "self";
}

/** Up to `max` characters of a value, for failure messages (fuzzed values can be megabytes). */
export const clip = (value: unknown, max = 300) => {
  const text = typeof value === "string" ? value : value instanceof Uint8Array ? `<${value.length} bytes>` : value instanceof ReadableStream ? "<stream>" : String(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
};

/** Calls the Worker as a client would, with exactly the method, headers and body given. */
export async function send({ method, path, headers = {}, body, via = "direct" }: RawRequest): Promise<RawReply> {
  const started = Date.now();
  const init: RequestInit = { method, headers, body: method === "GET" || method === "HEAD" ? undefined : body, redirect: "manual" };
  let res: Response;
  if (via === "self") {
    res = await SELF.fetch(`${ORIGIN}${path}`, init);
  } else {
    const ctx = createExecutionContext();
    res = await worker.fetch(new Request(`${ORIGIN}${path}`, init), env, ctx);
    await waitOnExecutionContext(ctx);
  }
  const text = await res.text();
  const ms = Date.now() - started;
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: pages, CSV
  }
  const request = `${via === "self" ? "[SELF] " : ""}${method} ${clip(path, 200)} headers=${clip(JSON.stringify(headers), 300)} body=${clip(typeof body === "string" ? JSON.stringify(body) : body instanceof URLSearchParams ? body.toString() : body)}`;
  return { status: res.status, text, json, headers: res.headers, ms, request };
}

/** A JSON call for setting things up (not fuzz): parsed body, or throws with the reply. */
export async function call<T = any>(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const reply = await send({ method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: reply.status, body: reply.json as T };
}

/** Asserts `{error: {code, message, details?}}`, with a known code that matches the status. */
export function expectErrorShape(reply: RawReply) {
  const why = `${reply.request}\n→ ${reply.status} ${clip(reply.text, 600)}`;
  expect(reply.headers.get("content-type") ?? "", why).toMatch(/^application\/json/);
  expect(reply.json, why).toEqual({ error: expect.objectContaining({ code: expect.stringMatching(/^[a-z_]+$/), message: expect.any(String) }) });
  const error = (reply.json as { error: Record<string, unknown> }).error;
  expect(Object.keys(error).every((k) => ["code", "message", "details"].includes(k)), why).toBe(true);
  expect(Object.keys(ERROR_STATUS), why).toContain(error.code);
  expect(reply.status, why).toBe(ERROR_STATUS[error.code as string]);
  expect((error.message as string).length, why).toBeGreaterThan(0);
}

/** What every /api reply to bad input must be: no 5xx, in time, and any error in the one shape. */
export function expectApiOutcome(reply: RawReply, allowed?: number[]) {
  const why = `${reply.request}\n→ ${reply.status} ${clip(reply.text, 600)}`;
  expect(reply.status, why).toBeLessThan(500);
  expect(reply.ms, `${why}\ntook ${reply.ms} ms`).toBeLessThan(REQUEST_BUDGET_MS);
  if (reply.request.replace("[SELF] ", "").startsWith("HEAD ")) return; // no body to check
  if (reply.status >= 400) expectErrorShape(reply);
  else if (reply.status !== 204 && reply.status !== 304) {
    // Successes are JSON too, except the results CSV.
    if (!(reply.headers.get("content-type") ?? "").startsWith("text/csv")) expect(reply.json, why).toBeDefined();
  }
  if (allowed) expect([...allowed, 413, 429], why).toContain(reply.status);
}

/**
 * What every page reply must be: no 5xx, in time, and an HTML page, a redirect,
 * or (for an address no page route matches at all) the API's JSON 404.
 */
export function expectPageOutcome(reply: RawReply) {
  const why = `${reply.request}\n→ ${reply.status} ${clip(reply.text, 600)}`;
  expect(reply.status, why).toBeLessThan(500);
  expect(reply.ms, `${why}\ntook ${reply.ms} ms`).toBeLessThan(REQUEST_BUDGET_MS);
  if (reply.status >= 300 && reply.status < 400) {
    expect(reply.headers.get("location"), why).toBeTruthy();
    return;
  }
  const type = reply.headers.get("content-type") ?? "";
  if (type.startsWith("application/json")) {
    // Only the app-wide fallbacks answer a page address in JSON: no route matched, or rate limited.
    expectErrorShape(reply);
    expect([404, 429], why).toContain(reply.status);
    return;
  }
  expect(type, why).toMatch(/^text\/html/);
  // a whole page, or (for the attempt script, X-Requested-With: fetch) one question's section
  expect(reply.text, why).toMatch(/^(<!DOCTYPE html>|<section )/i);
}

// ---------------------------------------------------------------- generators

/** Characters that trip up text handling: controls, BOM, bidi overrides, zero-width, combining marks, lone surrogates, astral. */
export const ODD_CHARS = [
  "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u00a0", "\u00ad",
  "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\ufffd", "\ufffe", "\uffff",
  "\u0301", "\u0308", "\u0336", "\u20dd", "\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00", "😀", "👩🏽‍🚀", "🇺🇦", "\u{10ffff}", "\u{e0001}",
  "ß", "İ", "ı", "ﬁ", "Å", "Å", "ｆｕｌｌ", "١٢٣", "עברית", "العربية", "日本語", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
];

/** Strings an attacker or a broken client sends: injection attempts, paths, encodings, number-ish and boolean-ish text. */
export const NASTY_STRINGS = [
  "", " ", "   ", "\t\n", "null", "undefined", "NaN", "Infinity", "-Infinity", "-0", "1e308", "1e309", "-1e309", "5e-324", "0x10", "1_000", "９",
  "true", "false", "[]", "{}", '{"a":1}', "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf",
  "..", "../..", "../../../etc/passwd", "..%2F..%2F", "%00", "%2e%2e", "%", "%%", "%ZZ", "%ED%A0%80", "%C0%AE", "%FF", "\\..\\", "/", "//", "?", "#", "&", "=",
  "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "' OR '1'='1", "'; DROP TABLE quizzes; --", "\"", "'", "`", "${7*7}", "{{7*7}}",
  "%s%s%s%n", "\u202eevil.exe", "a\u0000b", "CON", "NUL", "*", "?*", "\\", "\\u0000", "\r\nSet-Cookie: x=1", "x".repeat(65), "x".repeat(101), "x".repeat(301), "a".repeat(2001),
];

/** One unit of text: mostly any code point, often an odd character, sometimes a lone UTF-16 surrogate. */
const oddUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_CHARS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);

/** Text with odd Unicode anywhere, of ordinary lengths. */
export const oddString = (maxLength = 40) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.string({ unit: oddUnit, maxLength }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ODD_CHARS), fc.integer({ min: 1, max: 5000 })).map(([c, n]) => c.repeat(n)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("e", "a", "Z", "ا"), fc.integer({ min: 10, max: 3000 })).map(([c, n]) => c + "\u0301\u0308\u0336".repeat(n)) },
  );

/** Strings around and far over the schemas' caps (64, 100, 300, 500, 2000, 4000, 8000, 200,000 characters). */
export const longString = fc
  .tuple(fc.constantFrom(63, 64, 65, 100, 101, 300, 301, 500, 501, 2000, 2001, 4001, 8001, 50_000, 200_001), fc.constantFrom("x", "é", "😀", " ", "\u200b", "\ud800"))
  .map(([n, c]) => c.repeat(n));

/** Raw JSON text, emitted verbatim by `toJsonText`: numbers JSON.stringify cannot write, deep nesting built as text. */
export class RawJson {
  constructor(readonly text: string) {}
  toString() {
    return `RawJson(${clip(this.text, 80)})`;
  }
}

export const nestedArrays = (depth: number) => new RawJson("[".repeat(depth) + "]".repeat(depth));
export const nestedObjects = (depth: number) => new RawJson('{"a":'.repeat(depth) + "1" + "}".repeat(depth));

/** Number literals at and past the edges of a double: overflow to Infinity, underflow, -0, huge integers, exponents. */
export const ODD_NUMBERS = [
  "0", "-0", "0.0", "-0.0", "1e308", "-1e308", "1.7976931348623157e308", "1e309", "-1e309", "1e-400", "5e-324", "-5e-324", "4.9e-324",
  "9007199254740993", "-9007199254740993", "123456789012345678901234567890", "1e21", "0.1", "-1", "2147483648", "4294967296", "1E2", "1e+2", "0.30000000000000004",
].map((n) => new RawJson(n));

/** JSON text for a value that may hold RawJson parts; iterative enough for the depths used here. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : toJsonText(v))).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Values of the wrong type, the wrong size or odd content, for any field. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: oddString() },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1, 0.5, [], {}, "", [null], [[]], { "": "" }) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: longString },
  { weight: 1, arbitrary: fc.array(oddString(10), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(oddString(10), oddString(10), { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(...["__proto__", "constructor", "toString", "prototype"].map((k) => new RawJson(`{${JSON.stringify(k)}:{"polluted":true,"length":1e9}}`))) },
  { weight: 1, arbitrary: fc.integer({ min: 51, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => `a${i}`)) },
  { weight: 1, arbitrary: fc.constantFrom(10, 100, 1000, 10_000).map(nestedArrays) },
  { weight: 1, arbitrary: fc.constantFrom(10, 100, 1000, 10_000).map(nestedObjects) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3, stringUnit: oddUnit }) },
);

type Path = (string | number)[];

/** Every path into a JSON-like template (objects and arrays), the root included. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function setAt(root: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? setAt(v, rest, replace) : v));
  if (root && typeof root === "object") return { ...root, [head!]: setAt((root as Record<string, unknown>)[head as string], rest, replace) };
  return root;
}

/**
 * A valid template made invalid in 1–3 places: a field replaced by a weird value,
 * removed, duplicated into a long array, or joined by an unknown field.
 */
export function mutated(template: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(template);
  const edit = fc.tuple(fc.nat({ max: paths.length - 1 }), fc.integer({ min: 0, max: 9 }), weirdValue, oddString(20));
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    let value = template;
    for (const [index, how, weird, key] of edits) {
      const path = paths[index]!;
      if (how <= 5) value = setAt(value, path, () => weird);
      else if (how === 6) value = setAt(value, path.slice(0, -1), (parent) => dropKey(parent, path[path.length - 1]));
      else if (how === 7) value = setAt(value, path, (old) => (Array.isArray(old) && old.length ? Array.from({ length: 501 + (index % 1500) }, (_, i) => old[i % old.length]) : old));
      else value = setAt(value, path, (old) => (old && typeof old === "object" && !Array.isArray(old) ? { ...old, [key]: weird } : old));
    }
    return value;
  });
}

function dropKey(parent: unknown, key: string | number | undefined): unknown {
  if (Array.isArray(parent)) return parent.filter((_, i) => i !== key);
  if (parent && typeof parent === "object") {
    const copy = { ...(parent as Record<string, unknown>) };
    delete copy[key as string];
    return copy;
  }
  return parent;
}

/** Text that is not JSON, or is JSON in a form parsers disagree on. */
export const BROKEN_JSON = [
  "", " ", "{", "}", "[", "{]", "{\"a\":}", "{\"a\":1,}", "[1,]", "{'a':1}", "{a:1}", "NaN", "Infinity", "-Infinity", "undefined", "{\"a\":NaN}",
  "{\"a\":Infinity}", "{\"a\":0x10}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":1.}", "{\"a\":+1}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\u0000\"}",
  "{\"a\":\"line\nbreak\"}", "/* c */ {}", "{} // c", "{}{}", "{} []", "\ufeff{}", "\ufeff", "\u0000", "null", "true", "0", "\"string\"", "[]", "[[[[[[[",
  "{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"a\",\"name\":{\"nested\":true}}", "{\"__proto__\":{\"name\":\"x\"},\"name\":\"y\"}", "{\"\":\"\"}",
  "\"\\ud800\"", "{\"name\":\"\\ud800\\udc00\\udfff\"}", "{\"name\":\"\\u0000\"}", "{\"name\":1e309}", "{\"name\":-0}",
];

export const brokenJson = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BROKEN_JSON) },
  { weight: 2, arbitrary: fc.string({ unit: oddUnit, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)).chain((t) => fc.nat({ max: Math.max(0, t.length - 1) }).map((n) => t.slice(0, n))) },
  { weight: 1, arbitrary: fc.constantFrom(1000, 10_000, 100_000).map((n) => "[".repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(1000, 10_000, 100_000).map((n) => '{"a":'.repeat(n)) },
);

/** Content-Type values: the JSON type in its variants, near misses, other types, garbage. */
export const CONTENT_TYPES = [
  "application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8", "APPLICATION/JSON", "application/json; charset=latin1",
  "application/json; charset=utf-16", "application/json ; x=y", "application/vnd.api+json", "application/problem+json", "application/jsonx", "application/json-patch+json",
  "text/json", "text/plain", "text/html", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x", "application/octet-stream",
  "*/*", "application/*", "", ";", "json", "application/json, text/plain", "application/json\tcharset=utf-8",
];

/** Header values fetch accepts (no NUL, CR or LF; latin-1 only), from short to 32 KB. */
export const headerValue = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 8_000, 16_000, 32_000).map((n) => "A".repeat(n)) },
);

/** Authorization headers that must not authenticate anyone. */
export const badAuthorization = fc.oneof(
  headerValue,
  headerValue.map((v) => `Bearer ${v}`),
  fc.constantFrom("Bearer", "Bearer ", "Bearer  ", "bearer x", "BEARER x", "Basic dXNlcjpwYXNz", "Bearer a b", "Bearer tk_forged", "Bearer " + "t".repeat(16_000), "Token x", "Bearer\tx", "Bearer %00", "Bearer ../../"),
);

/** A path segment: odd text, encoded (or, for a few, left raw where fetch allows it). */
export const pathSegment = fc.oneof(
  { weight: 4, arbitrary: oddString(80).map((s) => encodeURIComponentLoose(s)) },
  { weight: 2, arbitrary: fc.constantFrom("..", ".", "%00", "%2e%2e", "%2F", "..%2F..", "%ED%A0%80", "%C0%AE%C0%AE", "%FF%FE", "%", "%%", "%zz", "a%00b", "%E2%80%AE", "%EF%BB%BF", "%20", "+", "~", "-", "_") },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 20_000 }).map((n) => "x".repeat(n)) },
);

/** encodeURIComponent that does not throw on lone surrogates (they become %EF%BF%BD, as a browser would send them). */
export function encodeURIComponentLoose(s: string): string {
  return encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));
}

/** A query string of odd keys and values, raw and encoded. */
export const queryString = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom("version", "format", "attempts", "saved", "q", "order", "next", "x", "__proto__"), oddString(40)), { maxLength: 4 }).map(
    (pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponentLoose(v)}`).join("&")}` : ""),
  ),
  fc.constantFrom(
    "?", "?&", "?=", "?version", "?version=", "?version=0", "?version=-1", "?version=1e308", "?version=1e309", "?version=NaN", "?version=Infinity", "?version=0x1",
    "?version=1&version=2", "?version[]=1", "?format=csv", "?format=CSV", "?format=xml", "?format=", "?attempts=all", "?attempts=none", "?%00=%00", "?%ZZ=%ZZ",
    "?saved=%ED%A0%80", "?q=a&order=" + "a,".repeat(40) + "a", "?q=a&order=" + "x".repeat(5000), `?x=${"y".repeat(16_000)}`,
  ),
);

/**
 * How a property is run: a fixed seed and a bounded number of runs. On failure the
 * report gives the seed and path (to replay: fc.assert(p, {seed, path})) and the
 * counterexample and error, clipped: fuzzed values can be megabytes long.
 */
export const runs = <Ts>(numRuns: number, seed = 20_260_501): fc.Parameters<Ts> => ({
  numRuns,
  seed,
  endOnFailure: true,
  reporter: (out: fc.RunDetails<Ts>) => {
    if (!out.failed) return;
    const example = clip(fc.stringify(out.counterexample), 1500);
    const cause = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
    throw new Error(`Property failed after ${out.numRuns} tests { seed: ${out.seed}, path: "${out.counterexamplePath}" }\nCounterexample: ${example}\nCause: ${clip(cause, 3000)}`);
  },
});

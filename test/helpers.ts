import { SELF, env } from "cloudflare:test";
import { expect } from "vitest";
import { choiceId, itemId } from "../src/score/item-id";
import type { Question } from "../src/schemas/question";

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the real Worker (its fetch handler, real local D1) as a client would. */
export async function api<T = any>(method: string, path: string, options: { body?: unknown; token?: string; raw?: string; headers?: Record<string, string> } = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  const res = await SELF.fetch(`http://quiz.test${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text (HTML pages, CSV)
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** Asserts the one error shape and returns the error. */
export function expectError(reply: Reply, status: number, code?: string) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.body).toEqual({ error: expect.objectContaining({ code: expect.stringMatching(/^[a-z_]+$/), message: expect.any(String) }) });
  if (code) expect(reply.body.error.code).toBe(code);
  expect(Object.keys(reply.body.error).every((k) => ["code", "message", "details"].includes(k))).toBe(true);
  return reply.body.error as { code: string; message: string; details?: any };
}

export async function newTeacher(name = "Ms Teacher"): Promise<string> {
  const reply = await api("POST", "/api/teachers", { token: env.ADMIN_TOKEN, body: { name } });
  expect(reply.status).toBe(201);
  return reply.body.key as string;
}

let counter = 0;
/** Student names unique to this run, since D1 state is shared between the tests of a file. */
export const uniqueName = (base = "Student") => `${base} ${Date.now().toString(36)}-${++counter}`;

/** A small quiz with one question of every kind, for flows that need a teacher's quiz. */
export function everyKindQuiz(settings: Record<string, unknown> = {}) {
  const text = "Ana Ruiz, the club's coach, said the team trained in Lisbon for 12 days. ‘We were ready,’ Ruiz said.";
  return {
    title: "Every kind",
    article: { title: "Training camp", source: "Local Herald", text },
    settings,
    questions: [
      { id: "mc", kind: "multiple_choice", prompt: "Where did the team train?", explanation: "It trained in Lisbon.",
        options: [{ id: "a", text: "Porto", weight: 0 }, { id: "b", text: "Lisbon", weight: 1, feedback: "Right, Lisbon." }, { id: "c", text: "Faro", weight: 0 }],
        source: { sentence: 0, start: 0, end: 72, text: text.slice(0, 72) } },
      { id: "tf", kind: "true_false", prompt: "Ana Ruiz is the club's coach.", answer: true, feedbackWrong: "She is the coach." },
      { id: "sa", kind: "short_answer", prompt: "Who is the coach?", answers: [{ text: "Ana Ruiz" }, { text: "Ruiz" }], explanation: "Ana Ruiz, the club's coach" },
      { id: "num", kind: "numeric", prompt: "How many days?", answers: [{ value: 12, tolerance: 0 }], units: ["days"] },
      { id: "cz", kind: "cloze", prompt: "Fill the gap", text: "The team trained in {{1}}.", gaps: [{ answers: [{ text: "Lisbon" }] }] },
      { id: "mt", kind: "matching", prompt: "Match", pairs: [{ left: "Ana Ruiz", right: "coach" }, { left: "Lisbon", right: "training place" }] },
      { id: "ord", kind: "ordering", prompt: "Order", items: ["Ruiz's role is given", "the camp is described", "Ruiz is quoted"] },
    ],
  };
}

// DESIGN.md: the student view never holds these owner-only fields.
export const KEY_FIELDS = ["rightAnswer", "answers", "answer", "correct", "accepted", "weight", "tolerance", "key", "solution", "feedback", "feedbackRight", "feedbackWrong", "explanation", "source", "pairs", "distractors", "min", "max", "value"];

export function keyFieldsIn(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keyFieldsIn(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => [...(KEY_FIELDS.includes(k) ? [`${path}.${k}`] : []), ...keyFieldsIn(v, `${path}.${k}`)]);
  }
  return [];
}

/** A right response for any question, built from the owner's key, as the student client would send it. */
export function rightResponse(q: Question): unknown {
  switch (q.kind) {
    case "multiple_choice":
      return q.multiple ? q.options.filter((o) => o.weight > 0).map(choiceId) : choiceId(q.options.reduce((a, b) => (b.weight > a.weight ? b : a)));
    case "true_false":
      return q.answer;
    case "short_answer":
      return [...q.answers].sort((a, b) => b.weight - a.weight)[0]!.text;
    case "numeric": {
      const a = q.answers[0]!;
      return a.value ?? a.min;
    }
    case "cloze":
      return q.gaps.map((g) => (g.options ? choiceId(g.options.reduce((a, b) => (b.weight > a.weight ? b : a))) : g.answers![0]!.text));
    case "matching":
      return Object.fromEntries(q.pairs.map((p) => [itemId(p.left), itemId(p.right)]));
    case "ordering":
      return q.items.map(itemId);
  }
}


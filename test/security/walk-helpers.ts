import { SELF, createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { expect } from "vitest";
import worker from "../../src/index";
import { itemId } from "../../src/score/item-id";
import { keyFieldsIn } from "../helpers";

// Shared by the security tests: a quiz of every kind whose secrets (keys,
// accepted answers, per-answer and general feedback, explanations) are unique
// marker strings found nowhere a student is meant to see before the review
// options allow it, and a model, written from DESIGN.md and the settings
// schema (not from src/quiz/grading.ts), of what each step may show.

export const ORIGIN = "http://quiz.test";

/**
 * How requests reach the Worker. "self": SELF.fetch, through workerd, as
 * test/helpers.ts does. "direct": the Worker's own fetch handler (the default
 * export of src/index.ts, which wrangler.toml's `main` names) called with the
 * real bindings (real local D1) and an execution context whose waitUntil work
 * is awaited. The security walks make thousands of requests, and SELF.fetch in
 * @cloudflare/vitest-pool-workers gets slower with every request a test file
 * makes (cloudflare/workers-sdk#15446: measured here, 4 ms per request at
 * first, over 150 ms after 500), so the bulk goes direct, and a sample of the
 * same walks goes through SELF.fetch to show both paths answer alike.
 */
export type Transport = "self" | "direct";
let transport: Transport = "direct";
export const useTransport = (t: Transport) => {
  transport = t;
};

export async function dispatch(path: string, init: RequestInit = {}): Promise<Response> {
  const url = `${ORIGIN}${path}`;
  if (transport === "self") return SELF.fetch(url, { redirect: "manual", ...init });
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(url, { redirect: "manual", ...init }), env as never, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

export interface Raw {
  status: number;
  text: string;
  body: any;
  headers: Headers;
}

/** A JSON API call, keeping the raw text for substring checks. */
export async function call(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Raw> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const res = await dispatch(path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (pages, CSV)
  }
  return { status: res.status, text, body, headers: res.headers };
}

export const page = (path: string, init: RequestInit = {}) => dispatch(path, init);

/** A form post from this site's own pages. */
export const formPost = (path: string, fields: [string, string][], headers: Record<string, string> = {}) =>
  page(path, { method: "POST", body: new URLSearchParams(fields), headers: { "Sec-Fetch-Site": "same-origin", ...headers } });

export const cookieOf = (token: string) => ({ Cookie: `attempt=${token}` });

// ---------------------------------------------------------------------------
// The quiz

export const ARTICLE = {
  title: "Training camp",
  source: "Local Herald",
  text: "Ana Ruiz, the club's coach, said the team trained in Lisbon for 12 days. ‘We were ready,’ Ruiz said. Marta Sol, the physio, joined them later.",
};

/** What the student sends, as JSON (API) and as form fields (pages). */
interface Answer {
  json: unknown;
  form: [string, string][];
  /** Text the student typed, echoed back to them by design (their own answer). */
  typed: string[];
}

/**
 * Markers of one question. `explanation` and `general` feedback are shown when
 * the view allows them; `feedback[state]` is the feedback of the answer given
 * in that state; `key` is shown only with the right answer; `never` must
 * never appear (other answers' feedback, accepted answers not typed).
 */
export interface Markers {
  explanation: string;
  general: string;
  feedback: { wrong: string[]; right: string[] };
  key: string[];
  never: string[];
}

export interface WalkQuestion {
  id: string;
  points: number;
  hasSource: boolean;
  markers: Markers;
  wrong: Answer;
  right: Answer;
}

const mcOptions = [
  { id: "a", text: "Porto", weight: 0, feedback: "ZQX-MC-FB-PORTO" },
  { id: "b", text: "Lisbon", weight: 1, feedback: "ZQX-MC-FB-LISBON" },
  { id: "c", text: "Faro", weight: 0, feedback: "ZQX-MC-FB-FARO" },
];
const mcmOptions = [
  { id: "a", text: "red flag", weight: 0.5, feedback: "ZQX-MCM-FB-RED" },
  { id: "b", text: "blue flag", weight: 0.5, feedback: "ZQX-MCM-FB-BLUE" },
  { id: "c", text: "green flag", weight: -1, feedback: "ZQX-MCM-FB-GREEN" },
  { id: "d", text: "white flag", weight: 0, feedback: "ZQX-MCM-FB-WHITE" },
];
const PAIRS = [
  { left: "Ana Ruiz", right: "coach" },
  { left: "Lisbon", right: "training place" },
  { left: "Marta Sol", right: "physio" },
];
const ITEMS = ["the squad flew out", "the coach spoke", "the camp closed"];
const ROTATED = [ITEMS[1]!, ITEMS[2]!, ITEMS[0]!];

export function markerQuiz(settings: Record<string, unknown>) {
  return {
    title: "Marker quiz",
    article: ARTICLE,
    settings,
    questions: [
      {
        id: "mc", kind: "multiple_choice", prompt: "Where did the team train?", options: mcOptions,
        explanation: "ZQX-MC-EXPL", feedback: "ZQX-MC-GEN", source: { sentence: 0, start: 0, end: 72, text: ARTICLE.text.slice(0, 72) },
      },
      { id: "mcm", kind: "multiple_choice", prompt: "Which flags flew at the camp?", multiple: true, options: mcmOptions, explanation: "ZQX-MCM-EXPL", feedback: "ZQX-MCM-GEN" },
      { id: "tf", kind: "true_false", prompt: "Ruiz said the team was not ready.", answer: false, feedbackRight: "ZQX-TF-FB-RIGHT", feedbackWrong: "ZQX-TF-FB-WRONG", explanation: "ZQX-TF-EXPL", feedback: "ZQX-TF-GEN" },
      {
        id: "sa", kind: "short_answer", prompt: "Who ran the camp kitchen?", points: 2,
        answers: [
          { text: "Velmora Quistany", weight: 1, feedback: "ZQX-SA-FB-BEST" },
          { text: "Tarnveld Oskarine", weight: 1, feedback: "ZQX-SA-FB-ALT" },
          { text: "Grelling Ostrava", weight: 0, feedback: "ZQX-SA-FB-LISTED" },
        ],
        explanation: "ZQX-SA-EXPL", feedback: "ZQX-SA-GEN",
      },
      {
        id: "num", kind: "numeric", prompt: "How far did the squad fly?", units: ["kg"],
        answers: [
          { value: 7394.61, tolerance: 0, weight: 1, feedback: "ZQX-NUM-FB-BEST" },
          { value: 5821.37, tolerance: 0, weight: 1, feedback: "ZQX-NUM-FB-ALT" },
          { value: 12, tolerance: 0, weight: 0, feedback: "ZQX-NUM-FB-LISTED" },
        ],
        explanation: "ZQX-NUM-EXPL", feedback: "ZQX-NUM-GEN",
      },
      {
        id: "cz", kind: "cloze", prompt: "Fill the gaps", text: "The cook was {{1}} and the camp sat by the {{2}}.",
        gaps: [
          { answers: [{ text: "Orlaith Vennick", weight: 1, feedback: "ZQX-CZ-FB1-BEST" }, { text: "Kestrel Maronne", weight: 1, feedback: "ZQX-CZ-FB1-ALT" }] },
          { options: [{ id: "h", text: "harbour gate", weight: 1, feedback: "ZQX-CZ-FB2-RIGHT" }, { id: "f", text: "forest road", weight: 0, feedback: "ZQX-CZ-FB2-WRONG" }] },
        ],
        explanation: "ZQX-CZ-EXPL", feedback: "ZQX-CZ-GEN",
      },
      { id: "mt", kind: "matching", prompt: "Match each person or place", pairs: PAIRS, distractors: ["sponsor"], explanation: "ZQX-MT-EXPL", feedback: "ZQX-MT-GEN" },
      { id: "ord", kind: "ordering", prompt: "Put the events in order", items: ITEMS, explanation: "ZQX-ORD-EXPL", feedback: "ZQX-ORD-GEN" },
    ],
  };
}

const id = (text: string) => itemId(text);
const one = (value: string): Answer => ({ json: value, form: [["shape", "one"], ["answer", value]], typed: [] });

export const QUESTIONS: WalkQuestion[] = [
  {
    id: "mc", points: 1, hasSource: true,
    markers: { explanation: "ZQX-MC-EXPL", general: "ZQX-MC-GEN", feedback: { wrong: ["ZQX-MC-FB-PORTO"], right: ["ZQX-MC-FB-LISBON"] }, key: [], never: ["ZQX-MC-FB-FARO"] },
    wrong: one(id("Porto")),
    right: one(id("Lisbon")),
  },
  {
    id: "mcm", points: 1, hasSource: false,
    markers: {
      explanation: "ZQX-MCM-EXPL", general: "ZQX-MCM-GEN",
      feedback: { wrong: ["ZQX-MCM-FB-GREEN"], right: ["ZQX-MCM-FB-RED", "ZQX-MCM-FB-BLUE"] },
      // The right answer in words: each option text is public, the pair of them is the key.
      key: ["red flag; blue flag"], never: ["ZQX-MCM-FB-WHITE"],
    },
    wrong: { json: [id("green flag")], form: [["shape", "many"], ["answer", id("green flag")]], typed: [] },
    right: { json: [id("red flag"), id("blue flag")], form: [["shape", "many"], ["answer", id("red flag")], ["answer", id("blue flag")]], typed: [] },
  },
  {
    id: "tf", points: 1, hasSource: false,
    markers: { explanation: "ZQX-TF-EXPL", general: "ZQX-TF-GEN", feedback: { wrong: ["ZQX-TF-FB-WRONG"], right: ["ZQX-TF-FB-RIGHT"] }, key: [], never: [] },
    wrong: { json: true, form: [["shape", "one"], ["answer", "true"]], typed: [] },
    right: { json: false, form: [["shape", "one"], ["answer", "false"]], typed: [] },
  },
  {
    id: "sa", points: 2, hasSource: false,
    markers: {
      explanation: "ZQX-SA-EXPL", general: "ZQX-SA-GEN", feedback: { wrong: ["ZQX-SA-FB-LISTED"], right: ["ZQX-SA-FB-ALT"] },
      key: ["Velmora Quistany"], never: ["ZQX-SA-FB-BEST", "Tarnveld Oskarine", "Grelling Ostrava"],
    },
    wrong: { ...one("Grelling Ostrava"), typed: ["Grelling Ostrava"] },
    right: { ...one("Tarnveld Oskarine"), typed: ["Tarnveld Oskarine"] },
  },
  {
    id: "num", points: 1, hasSource: false,
    markers: {
      explanation: "ZQX-NUM-EXPL", general: "ZQX-NUM-GEN", feedback: { wrong: ["ZQX-NUM-FB-LISTED"], right: ["ZQX-NUM-FB-ALT"] },
      key: ["7394.61"], never: ["ZQX-NUM-FB-BEST", "5821.37"],
    },
    wrong: { json: 12, form: [["shape", "one"], ["answer", "12"]], typed: [] },
    right: { json: 5821.37, form: [["shape", "one"], ["answer", "5821.37"]], typed: ["5821.37"] },
  },
  {
    id: "cz", points: 1, hasSource: false,
    markers: {
      explanation: "ZQX-CZ-EXPL", general: "ZQX-CZ-GEN",
      feedback: { wrong: ["ZQX-CZ-FB2-WRONG"], right: ["ZQX-CZ-FB1-ALT", "ZQX-CZ-FB2-RIGHT"] },
      key: ["Orlaith Vennick", "1: Orlaith Vennick; 2: harbour gate"], never: ["ZQX-CZ-FB1-BEST", "Kestrel Maronne"],
    },
    wrong: { json: ["Drummond Pike", id("forest road")], form: [["shape", "gaps"], ["gap1", "Drummond Pike"], ["gap2", id("forest road")]], typed: ["Drummond Pike"] },
    right: { json: ["Kestrel Maronne", id("harbour gate")], form: [["shape", "gaps"], ["gap1", "Kestrel Maronne"], ["gap2", id("harbour gate")]], typed: ["Kestrel Maronne"] },
  },
  {
    id: "mt", points: 1, hasSource: false,
    markers: { explanation: "ZQX-MT-EXPL", general: "ZQX-MT-GEN", feedback: { wrong: [], right: [] }, key: ["Ana Ruiz → coach", "Marta Sol → physio"], never: [] },
    wrong: {
      json: Object.fromEntries(PAIRS.map((p) => [id(p.left), id("sponsor")])),
      form: [["shape", "pairs"], ...PAIRS.map((p): [string, string] => [`match.${id(p.left)}`, id("sponsor")])],
      typed: [],
    },
    right: {
      json: Object.fromEntries(PAIRS.map((p) => [id(p.left), id(p.right)])),
      form: [["shape", "pairs"], ...PAIRS.map((p): [string, string] => [`match.${id(p.left)}`, id(p.right)])],
      typed: [],
    },
  },
  {
    id: "ord", points: 1, hasSource: false,
    markers: { explanation: "ZQX-ORD-EXPL", general: "ZQX-ORD-GEN", feedback: { wrong: [], right: [] }, key: [`1. ${ITEMS[0]} 2. ${ITEMS[1]} 3. ${ITEMS[2]}`], never: [] },
    // Rotated, so that no item is in its place.
    wrong: { json: ROTATED.map(id), form: [["shape", "order"], ...ROTATED.map((t): [string, string] => ["order", id(t)])], typed: [] },
    right: { json: ITEMS.map(id), form: [["shape", "order"], ...ITEMS.map((t): [string, string] => ["order", id(t)])], typed: [] },
  },
];

export const MAX_SCORE = QUESTIONS.reduce((a, q) => a + q.points, 0);

export const allMarkers = (q: WalkQuestion) => [q.markers.explanation, q.markers.general, ...q.markers.feedback.wrong, ...q.markers.feedback.right, ...q.markers.key, ...q.markers.never];

// ---------------------------------------------------------------------------
// The model: what a student may see, from the settings alone

export interface View {
  correctness: boolean;
  score: boolean;
  feedback: boolean;
  explanation: boolean;
  rightAnswer: boolean;
}

export interface Settings {
  feedback: "deferred" | "immediate" | "interactive";
  tries?: number;
  review: { correctness?: boolean; score: boolean; feedback: boolean; rightAnswer: boolean; explanation: boolean };
  reviewDuring?: Partial<View>;
  timeLimitSeconds?: number;
  shuffleOptions?: boolean;
}

/** After the attempt: the review options; `correctness` absent means as `score` (ReviewSettingsSchema). */
export function viewAfter(s: Settings): View {
  const r = s.review;
  return { correctness: r.correctness ?? r.score, score: r.score, feedback: r.feedback, explanation: r.explanation, rightAnswer: r.rightAnswer };
}

/** During the attempt: `reviewDuring` with its defaults, or what `review` allows without the right answer. */
export function viewDuring(s: Settings): View {
  const d = s.reviewDuring;
  if (!d) return { ...viewAfter(s), rightAnswer: false };
  return { correctness: d.correctness ?? true, score: d.score ?? true, feedback: d.feedback ?? true, explanation: d.explanation ?? true, rightAnswer: d.rightAnswer ?? false };
}

export type AnswerState = "none" | "wrong" | "right";

/** One question's state in a walk: the answer standing, how many tries it took, and every text the student typed. */
export interface QState {
  answer: AnswerState;
  tries: number;
}

export type Shown = { mode: "none" } | { mode: "limited"; view: View } | { mode: "full"; view: View };

export const triesOf = (s: Settings) => s.tries ?? 3;

/** What one question's result may show at this point of the attempt. */
export function shownFor(s: Settings, st: QState, finished: boolean): Shown {
  if (finished) return { mode: "full", view: viewAfter(s) };
  if (st.answer === "none" || s.feedback === "deferred") return { mode: "none" };
  if (s.feedback === "immediate") return { mode: "full", view: viewDuring(s) };
  const closed = triesLeft(s, st) === 0;
  return closed ? { mode: "full", view: viewDuring(s) } : { mode: "limited", view: viewDuring(s) };
}

/** A right answer closes the question only when the student may know it is right: else tries left would tell. */
export function triesLeft(s: Settings, st: QState): number {
  return st.answer === "right" && viewDuring(s).correctness ? 0 : Math.max(0, triesOf(s) - st.tries);
}

/** The exact fields a result may carry. */
export function expectedResultKeys(q: WalkQuestion, shown: Shown): string[] | null {
  if (shown.mode === "none") return null;
  const v = shown.view;
  const keys = ["questionId", "maxScore"];
  if (shown.mode === "limited") {
    if (v.correctness) keys.push("status");
    if (v.score) keys.push("score");
    return keys.sort();
  }
  if (v.correctness) keys.push("status", "rule");
  if (v.score) keys.push("score");
  if (v.feedback) keys.push("feedback"); // every question has general feedback
  if (v.explanation) keys.push("explanation");
  if (v.explanation && q.hasSource) keys.push("source");
  if (v.rightAnswer) keys.push("rightAnswer");
  return keys.sort();
}

/** Which of the question's markers must appear (the rest must not). */
export function expectedMarkers(q: WalkQuestion, st: QState, shown: Shown): Set<string> {
  const present = new Set<string>();
  if (shown.mode !== "full") return present;
  const v = shown.view;
  if (v.explanation) present.add(q.markers.explanation);
  if (v.feedback) {
    present.add(q.markers.general);
    if (st.answer !== "none") for (const m of q.markers.feedback[st.answer]) present.add(m);
  }
  if (v.rightAnswer) for (const m of q.markers.key) present.add(m);
  return present;
}

/**
 * Checks each marker of the given questions against raw response text: present
 * exactly when allowed. A marker the student typed in this attempt is their own
 * answer echoed back, so it is skipped. Questions not in `shownQuestions` must show nothing.
 */
export function checkMarkers(
  where: string,
  text: string,
  s: Settings,
  states: Map<string, QState>,
  typed: Set<string>,
  finished: boolean,
  shownQuestions: Set<string> | "all",
) {
  const problems: string[] = [];
  for (const q of QUESTIONS) {
    const st = states.get(q.id) ?? { answer: "none", tries: 0 };
    const inScope = shownQuestions === "all" || shownQuestions.has(q.id);
    const shown = inScope ? shownFor(s, st, finished) : ({ mode: "none" } as Shown);
    const present = expectedMarkers(q, st, shown);
    for (const m of allMarkers(q)) {
      if ([...typed].some((t) => t.includes(m) || m.includes(t))) continue;
      const found = text.includes(m);
      if (found && !present.has(m)) problems.push(`LEAK ${q.id}: '${m}' shown (state ${st.answer}/${st.tries}, ${shown.mode})`);
      if (!found && present.has(m)) problems.push(`MISSING ${q.id}: '${m}' allowed but not shown (${shown.mode})`);
    }
  }
  expect(problems, `${where}\n${problems.join("\n")}`).toEqual([]);
}

const SETTINGS_KEYS = ["feedback", "tries", "penalty", "reviewDuring", "attemptsAllowed", "timeLimitSeconds", "shuffleOptions", "typoTolerance", "grading", "review", "joinCodeRequired"];

/** Everything but settings, article and results: no key field at all. Settings and article: only what the teacher made public. */
export function checkNoKeyFields(where: string, body: any) {
  const copy = structuredClone(body);
  const settings = [copy.settings, copy.quiz?.settings].filter(Boolean);
  for (const s of settings) expect(Object.keys(s).every((k) => SETTINGS_KEYS.includes(k)), `${where}: settings ${JSON.stringify(s)}`).toBe(true);
  if (copy.article) expect(copy.article, where).toEqual(ARTICLE);
  delete copy.settings;
  if (copy.quiz) delete copy.quiz.settings;
  delete copy.article;
  delete copy.result;
  delete copy.results;
  for (const r of copy.responses ?? []) delete r.result;
  expect(keyFieldsIn(copy), `${where}: ${JSON.stringify(copy).slice(0, 400)}`).toEqual([]);
  // Option objects of the student view carry an id and a text, nothing more.
  for (const q of copy.questions ?? []) {
    for (const o of [...(q.options ?? []), ...(q.choices ?? []), ...(q.items ?? []), ...(q.prompts ?? []), ...(q.gaps ?? []).flatMap((g: any) => g.options ?? [])]) {
      expect(Object.keys(o).sort(), `${where}: ${q.id}`).toEqual(["id", "text"]);
    }
  }
}

/** One result object against the model. */
export function checkResult(where: string, q: WalkQuestion, st: QState, shown: Shown, result: any) {
  const keys = expectedResultKeys(q, shown);
  if (keys === null) {
    expect(result, `${where} ${q.id}: no result expected`).toBeUndefined();
    return;
  }
  expect(result, `${where} ${q.id}: a result expected`).toBeDefined();
  expect(Object.keys(result).sort(), `${where} ${q.id}: ${JSON.stringify(result)}`).toEqual(keys);
  expect(result.questionId).toBe(q.id);
  expect(result.maxScore).toBe(q.points);
  const wantStatus = st.answer === "none" ? "unanswered" : st.answer === "right" ? "correct" : "incorrect";
  if ("status" in result) expect(result.status, `${where} ${q.id}`).toBe(wantStatus);
  if ("score" in result) {
    if (st.answer === "right") expect(result.score, `${where} ${q.id}`).toBeGreaterThan(0);
    else expect(result.score, `${where} ${q.id}`).toBe(0);
  }
}

/** Counts of what the HTML result views render, from the model. */
export function checkHtmlCounts(where: string, html: string, s: Settings, states: Map<string, QState>, finished: boolean, scope: Set<string> | "all", fragment = false) {
  let verdicts = 0;
  let rules = 0;
  let scores = 0;
  let rights = 0;
  let links = 0;
  for (const q of QUESTIONS) {
    if (scope !== "all" && !scope.has(q.id)) continue;
    const st = states.get(q.id) ?? { answer: "none", tries: 0 };
    const shown = shownFor(s, st, finished);
    if (shown.mode === "none") continue;
    if (shown.view.correctness) verdicts++;
    if (shown.view.score) scores++;
    if (shown.mode === "full") {
      if (shown.view.correctness) rules++;
      if (shown.view.rightAnswer) rights++;
      if (shown.view.explanation && q.hasSource) links++;
    }
  }
  const count = (re: RegExp) => (html.match(re) ?? []).length;
  const got = {
    verdicts: count(/<p class="verdict">/g),
    rules: count(/<p>Why: /g),
    scores: count(/<p>[\d.]+ points? of [\d.]+ points?<\/p>/g),
    rights: count(/<p>Right answer: /g),
    // The cited sentence: a link by the result, and (on the whole page) the sentence marked in the article.
    links: count(/>Show this in the article</g),
    marks: count(/<mark[ >]/g),
  };
  expect(got, where).toEqual({ verdicts, rules, scores, rights, links, marks: fragment ? 0 : links });
}

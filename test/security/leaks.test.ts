import { beforeAll, describe, expect, it } from "vitest";
import { newTeacher, uniqueName } from "../helpers";
import {
  MAX_SCORE,
  QUESTIONS,
  call,
  type QState,
  type Raw,
  type Settings,
  type WalkQuestion,
  checkHtmlCounts,
  checkMarkers,
  checkNoKeyFields,
  checkResult,
  cookieOf,
  formPost,
  markerQuiz,
  page,
  shownFor,
  triesLeft,
  useTransport,
  viewAfter,
} from "./walk-helpers";

// Walks every student-visible response (the quiz, the attempt's start, its
// state, each saved answer, finish, and the same through the HTML pages) under
// a matrix of quiz settings, and proves that no answer key, weight, accepted
// answer, feedback or explanation appears before the review options allow it:
// each result carries exactly the fields the settings allow (JSON), and each
// secret marker string appears in the raw text exactly when allowed.

const REVIEWS = {
  allOn: { correctness: true, score: true, feedback: true, rightAnswer: true, explanation: true },
  allOff: { correctness: false, score: false, feedback: false, rightAnswer: false, explanation: false },
  scoreOnly: { score: true, feedback: false, rightAnswer: false, explanation: false },
  keyNoMarks: { correctness: false, score: false, feedback: true, rightAnswer: true, explanation: true },
  rightNoScore: { correctness: true, score: false, feedback: false, rightAnswer: false, explanation: true },
} satisfies Record<string, Settings["review"]>;

const DURINGS = {
  asReview: undefined,
  allOn: { correctness: true, score: true, feedback: true, explanation: true, rightAnswer: true },
  allOff: { correctness: false, score: false, feedback: false, explanation: false, rightAnswer: false },
  mixed: { correctness: false, score: true, feedback: true, explanation: false, rightAnswer: true },
  defaults: { rightAnswer: true },
} satisfies Record<string, Settings["reviewDuring"]>;

const MODES: { name: string; feedback: Settings["feedback"]; tries?: number }[] = [
  { name: "deferred", feedback: "deferred" },
  { name: "immediate", feedback: "immediate" },
  { name: "interactive(1)", feedback: "interactive", tries: 1 },
  { name: "interactive(3)", feedback: "interactive", tries: 3 },
];

const MATRIX: { name: string; settings: Settings }[] = [];
for (const mode of MODES) {
  for (const [reviewName, review] of Object.entries(REVIEWS)) {
    // Deferred feedback checks nothing during the attempt: reviewDuring must change nothing, so two variants are enough.
    const durings = Object.entries(DURINGS).filter(([name]) => mode.feedback !== "deferred" || name === "asReview" || name === "allOn");
    for (const [duringName, during] of durings) {
      const i = MATRIX.length;
      const timed = i % 2 === 1;
      const settings: Settings = {
        feedback: mode.feedback,
        ...(mode.tries ? { tries: mode.tries } : {}),
        review,
        ...(during ? { reviewDuring: during } : {}),
        ...(timed ? { timeLimitSeconds: 900 } : {}),
        shuffleOptions: i % 3 !== 0,
      };
      MATRIX.push({ name: `${mode.name} review=${reviewName} during=${duringName}${timed ? " timed" : ""}${settings.shuffleOptions ? "" : " unshuffled"}`, settings });
    }
  }
}

const STEPS = { json: 0, html: 0, errors: 0 };

let teacherKey = "";

async function publishMarkerQuiz(settings: Settings): Promise<string> {
  const created = await call("POST", "/api/quizzes", { token: teacherKey, body: markerQuiz(settings as never) });
  expect(created.status, created.text).toBe(201);
  const published = await call("POST", `/api/quizzes/${created.body.id}/publish`, { token: teacherKey });
  expect(published.status, published.text).toBe(200);
  return created.body.id as string;
}

const freshStates = () => new Map<string, QState>(QUESTIONS.map((q) => [q.id, { answer: "none", tries: 0 }]));

/** Every JSON reply a student gets: no weight, no key field outside the results, each marker only where allowed. */
function checkJson(where: string, reply: Raw, s: Settings, states: Map<string, QState>, typed: Set<string>, finished: boolean, scope: Set<string> | "all") {
  STEPS.json++;
  expect(reply.text, where).not.toMatch(/"(weight|answers|accepted|tolerance|pairs|distractors|solution|key|correct)"\s*:/);
  checkNoKeyFields(where, reply.body);
  checkMarkers(where, reply.text, s, states, typed, finished, scope);
}

function checkHtml(where: string, html: string, s: Settings, states: Map<string, QState>, typed: Set<string>, finished: boolean, scope: Set<string> | "all", fragment = false) {
  STEPS.html++;
  checkMarkers(where, html, s, states, typed, finished, scope);
  checkHtmlCounts(where, html, s, states, finished, scope, fragment);
}

/** GET /api/attempts/:id against the model. */
function checkState(where: string, body: any, s: Settings, states: Map<string, QState>, finished: boolean) {
  expect(body.attempt.status, where).toBe(finished ? "finished" : "in_progress");
  expect(body.questions, where).toHaveLength(QUESTIONS.length);
  const answered = QUESTIONS.filter((q) => states.get(q.id)!.answer !== "none");
  expect(body.responses.map((r: any) => r.questionId).sort(), where).toEqual(answered.map((q) => q.id).sort());
  for (const r of body.responses) {
    const q = QUESTIONS.find((x) => x.id === r.questionId)!;
    const st = states.get(q.id)!;
    checkResult(`${where} response`, q, st, shownFor(s, st, finished), r.result);
    const expectedKeys = ["questionId", "response", "savedAt", ...(r.result ? ["result"] : [])];
    if (s.feedback === "interactive" && !finished) {
      expectedKeys.push("triesLeft");
      expect(r.triesLeft, `${where} ${q.id}`).toBe(triesLeft(s, st));
    }
    expect(Object.keys(r).sort(), `${where} ${q.id}`).toEqual(expectedKeys.sort());
  }
  if (finished) checkReview(where, body, s, states);
  else for (const k of ["results", "score", "percent", "maxScore"]) expect(body, `${where}: '${k}' before finish`).not.toHaveProperty(k);
}

/** The review after finishing (finish's reply and the attempt's state once finished). */
function checkReview(where: string, body: any, s: Settings, states: Map<string, QState>) {
  const after = viewAfter(s);
  expect(body.maxScore, where).toBe(MAX_SCORE);
  expect("score" in body, `${where}: total score shown`).toBe(after.score);
  expect("percent" in body, `${where}: percent shown`).toBe(after.score);
  expect(body.results, where).toHaveLength(QUESTIONS.length);
  for (const q of QUESTIONS) {
    const st = states.get(q.id)!;
    checkResult(`${where} results`, q, st, shownFor(s, st, true), body.results.find((r: any) => r.questionId === q.id));
  }
}

function checkSaved(where: string, body: any, q: WalkQuestion, s: Settings, st: QState) {
  const keys = ["questionId", "saved", "savedAt"];
  if (s.feedback !== "deferred") keys.push("result");
  if (s.feedback === "interactive") keys.push("triesLeft");
  expect(Object.keys(body).sort(), `${where}: ${JSON.stringify(body)}`).toEqual(keys.sort());
  checkResult(where, q, st, shownFor(s, st, false), body.result);
  if (s.feedback === "interactive") expect(body.triesLeft, where).toBe(triesLeft(s, st));
}

/** A refused request: the one error shape, and nothing of the key. */
function checkRefused(where: string, reply: Raw, status: number, code: string, s: Settings, states: Map<string, QState>, typed: Set<string>, finished: boolean) {
  expect(reply.status, `${where}: ${reply.text}`).toBe(status);
  expect(reply.body.error.code, where).toBe(code);
  checkJson(where, reply, s, states, typed, finished, new Set());
}

/** Attempt A, over the JSON API: wrong answers, then right ones where the behaviour allows, finish; its page rendered at every step. */
async function walkApi(quizId: string, s: Settings) {
  const states = freshStates();
  const typed = new Set<string>();
  const start = await call("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName("Walker") } });
  expect(start.status, start.text).toBe(201);
  checkJson("start reply", start, s, states, typed, false, new Set());
  expect(start.body.attempt.status).toBe("in_progress");
  expect(start.body.attempt.deadlineAt === null, "deadline iff a time limit").toBe(s.timeLimitSeconds === undefined);
  expect(start.body.questions).toHaveLength(QUESTIONS.length);
  const { token } = start.body;
  const attemptId = start.body.attempt.id as string;

  const read = async (label: string, finished: boolean) => {
    const state = await call("GET", `/api/attempts/${attemptId}`, { token });
    expect(state.status, state.text).toBe(200);
    checkJson(`state ${label}`, state, s, states, typed, finished, "all");
    checkState(`state ${label}`, state.body, s, states, finished);
    const html = await page(`/attempt/${attemptId}`, { headers: cookieOf(token) });
    expect(html.status).toBe(200);
    const text = await html.text();
    checkHtml(`attempt page ${label}`, text, s, states, typed, finished, "all");
    expect(text.includes("You scored"), `attempt page ${label}: total score`).toBe(finished && viewAfter(s).score);
  };

  await read("before answering", false);

  for (const q of QUESTIONS) {
    const saved = await call("PUT", `/api/attempts/${attemptId}/responses/${q.id}`, { token, body: { response: q.wrong.json } });
    expect(saved.status, `${q.id} wrong: ${saved.text}`).toBe(200);
    states.set(q.id, { answer: "wrong", tries: 1 });
    for (const t of q.wrong.typed) typed.add(t);
    checkJson(`saved wrong ${q.id}`, saved, s, states, typed, false, new Set([q.id]));
    checkSaved(`saved wrong ${q.id}`, saved.body, q, s, states.get(q.id)!);
  }
  await read("after wrong answers", false);

  const canChange = s.feedback === "deferred" || (s.feedback === "interactive" && (s.tries ?? 3) > 1);
  for (const q of QUESTIONS) {
    const saved = await call("PUT", `/api/attempts/${attemptId}/responses/${q.id}`, { token, body: { response: q.right.json } });
    if (!canChange) {
      checkRefused(`saved right ${q.id} (closed)`, saved, 409, "conflict", s, states, typed, false);
      continue;
    }
    expect(saved.status, `${q.id} right: ${saved.text}`).toBe(200);
    states.set(q.id, { answer: "right", tries: s.feedback === "interactive" ? 2 : 1 });
    for (const t of q.right.typed) typed.add(t);
    checkJson(`saved right ${q.id}`, saved, s, states, typed, false, new Set([q.id]));
    checkSaved(`saved right ${q.id}`, saved.body, q, s, states.get(q.id)!);
  }
  await read("after right answers", false);

  const finish = await call("POST", `/api/attempts/${attemptId}/finish`, { token });
  expect(finish.status, finish.text).toBe(200);
  checkJson("finish reply", finish, s, states, typed, true, "all");
  checkReview("finish reply", finish.body, s, states);
  expect(Object.keys(finish.body).sort()).toEqual(["attempt", "maxScore", "results", ...(viewAfter(s).score ? ["score", "percent"] : [])].sort());

  await read("after finish", true);
}

/** Attempt B, through the pages as the attempt script uses them: started by the form, each answer right at once (fragments), finished by the form. */
async function walkPages(quizId: string, s: Settings) {
  const states = freshStates();
  const typed = new Set<string>();
  const quizPage = await page(`/quiz/${quizId}`);
  expect(quizPage.status).toBe(200);
  checkHtml("quiz page", await quizPage.text(), s, states, typed, false, new Set());

  const started = await formPost(`/quiz/${quizId}/attempts`, [["name", uniqueName("Pager")]]);
  expect(started.status).toBe(303);
  const path = started.headers.get("Location")!;
  const attemptCookie = started.headers.getAll("Set-Cookie").find((c) => c.startsWith("attempt="))!.split(";")[0]!;
  const headers = { Cookie: attemptCookie };
  const render = async (label: string, finished: boolean) => {
    const res = await page(path, { headers });
    expect(res.status, label).toBe(200);
    const html = await res.text();
    checkHtml(`attempt page (form) ${label}`, html, s, states, typed, finished, "all");
    return html;
  };
  await render("before answering", false);

  for (const q of QUESTIONS) {
    const res = await formPost(`${path}/answers/${q.id}`, q.right.form, { ...headers, "X-Requested-With": "fetch" });
    const html = await res.text();
    expect(res.status, `fragment ${q.id}: ${html.slice(0, 500)}`).toBe(200);
    expect(html.startsWith(`<section class="question" id="q-${q.id}">`)).toBe(true);
    states.set(q.id, { answer: "right", tries: 1 });
    for (const t of q.right.typed) typed.add(t);
    checkHtml(`fragment right ${q.id}`, html, s, states, typed, false, new Set([q.id]), true);
  }
  await render("after right answers", false);

  const finished = await formPost(`${path}/finish`, [], headers);
  expect(finished.status).toBe(303);
  const html = await render("after finish", true);
  expect(html.includes("You scored"), "total score").toBe(viewAfter(s).score);
  // The same attempt over the API with the cookie's token.
  const state = await call("GET", `/api/attempts/${path.split("/").pop()}`, { token: attemptCookie.slice("attempt=".length) });
  checkJson("state (form attempt) after finish", state, s, states, typed, true, "all");
  checkState("state (form attempt) after finish", state.body, s, states, true);
}

/** Every id a student view lists for a question: options, gap options, matching prompts and choices, ordering items. */
function idsOfView(q: any): string[] {
  const ids: string[] = [];
  const collect = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) k === "id" && typeof x === "string" ? ids.push(x) : collect(x);
  };
  collect({ ...q, id: undefined });
  return ids;
}

/** Responses a client may send by mistake (or on purpose), per kind: unknown ids, wrong shapes, too many parts. */
function badResponses(q: any): unknown[] {
  const ids = idsOfView(q);
  const common = [{ nested: { deep: true } }, "x".repeat(2001)];
  switch (q.kind) {
    case "multiple_choice":
      return [...common, "izzzzzz", ["izzzzzz"], [ids[0], "izzzzzz"], 5, true];
    case "true_false":
      return [...common, "maybe", 3, ["true"]];
    case "short_answer":
      return [...common, 42, ["a"], true];
    case "numeric":
      return [...common, true, ["1"]];
    case "cloze":
      return [...common, "x", ["a", "izzzzzz"], ["a", "b", "c", "d"], 7];
    case "matching":
      return [...common, "x", { izzzzzz: ids[ids.length - 1] }, Object.fromEntries((q.prompts ?? []).map((p: any) => [p.id, "izzzzzz"]))];
    case "ordering":
      return [...common, "x", ids.slice(0, 1), [...ids.slice(1), "izzzzzz"], [...ids, ids[0]]];
    default:
      throw new Error(`no bad responses for ${q.kind}`);
  }
}

/**
 * Every refusal a student can provoke while answering (the API and the page
 * fragment, for every kind): the one error shape, no marker, and no id of any
 * option, gap option, choice or item. An error that listed a question's ids
 * in authored order would undo the shuffle, and imported files put the right
 * answer first.
 */
async function walkErrors(quizId: string, s: Settings) {
  const states = freshStates();
  const start = await call("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName("Prober") } });
  expect(start.status, start.text).toBe(201);
  const { token } = start.body;
  const attemptId = start.body.attempt.id as string;
  const allIds = start.body.questions.flatMap(idsOfView) as string[];
  expect(allIds.length, "the walk knows the view's ids").toBeGreaterThan(15);
  const noIds = (where: string, text: string) => {
    const named = allIds.filter((id) => text.includes(id));
    expect(named, `${where} names option ids: ${text.slice(0, 300)}`).toEqual([]);
  };
  for (const q of start.body.questions) {
    for (const response of badResponses(q)) {
      const where = `refused ${q.kind} ${JSON.stringify(response).slice(0, 60)}`;
      const reply = await call("PUT", `/api/attempts/${attemptId}/responses/${q.id}`, { token, body: { response } });
      checkRefused(where, reply, 400, "validation_failed", s, states, new Set(), false);
      noIds(where, reply.text);
    }
  }
  const unknownQuestion = await call("PUT", `/api/attempts/${attemptId}/responses/nope`, { token, body: { response: "x" } });
  checkRefused("unknown question", unknownQuestion, 404, "not_found", s, states, new Set(), false);
  // The page's fragment: the section is the student view (its ids, shuffled), and the refusal itself names none.
  const fragments: [string, [string, string][]][] = [
    ["mc", [["shape", "one"], ["answer", "izzzzzz"]]],
    ["mcm", [["shape", "many"], ["answer", "izzzzzz"]]],
    ["cz", [["shape", "gaps"], ["gap1", "a"], ["gap2", "izzzzzz"]]],
    ["mt", [["shape", "pairs"], ["match.izzzzzz", "izzzzzz"]]],
    ["ord", [["shape", "order"], ["order", "izzzzzz"]]],
    ["tf", [["shape", "one"], ["answer", "maybe"]]],
  ];
  for (const [qid, form] of fragments) {
    const res = await formPost(`/attempt/${attemptId}/answers/${qid}`, form, { ...cookieOf(token), "X-Requested-With": "fetch" });
    const html = await res.text();
    expect(res.status, `fragment ${qid}: ${html.slice(0, 300)}`).toBe(400);
    const alert = /<p class="alert" role="alert">([^<]*)<\/p>/.exec(html);
    expect(alert, `fragment ${qid} says why`).not.toBeNull();
    noIds(`fragment ${qid} alert`, alert![1]!);
    checkMarkers(`fragment ${qid}`, html, s, states, new Set(), false, new Set([qid]));
  }
  STEPS.errors++;
}

async function walkSetting(settings: Settings) {
  const quizId = await publishMarkerQuiz(settings);
  const quiz = await call("GET", `/api/quizzes/${quizId}`);
  expect(quiz.status).toBe(200);
  checkJson("student view of the quiz", quiz, settings, freshStates(), new Set(), false, new Set());
  expect(quiz.body.questions).toHaveLength(QUESTIONS.length);
  await walkApi(quizId, settings);
  await walkPages(quizId, settings);
}

// Refusals depend on the behaviour and the shuffle, not on the review options: each behaviour, shuffled and not.
const ERROR_WALKS = MODES.flatMap((mode) => [true, false].map((shuffled) => MATRIX.find((m) => m.name.startsWith(`${mode.name} `) && !!m.settings.shuffleOptions === shuffled)!));

const SELF_SAMPLE = ["deferred review=scoreOnly during=asReview", "immediate review=keyNoMarks during=mixed", "interactive(3) review=allOn during=allOff"].map(
  (prefix) => MATRIX.find((m) => m.name.startsWith(prefix))!,
);

// Time up: attempts started in beforeAll on 10-second quizzes, read once their time (and the 2 s grace) is over.
const TIME_UP_SETTINGS: Settings[] = [
  { feedback: "deferred", review: REVIEWS.rightNoScore, timeLimitSeconds: 10 },
  { feedback: "immediate", review: REVIEWS.scoreOnly, reviewDuring: DURINGS.mixed, timeLimitSeconds: 10 },
  { feedback: "interactive", tries: 3, review: REVIEWS.allOn, reviewDuring: DURINGS.allOn, timeLimitSeconds: 10 },
];
let timeUp: { s: Settings; attemptId: string; token: string; startedAt: number }[] = [];

beforeAll(async () => {
  teacherKey = await newTeacher("Leak Walker");
  timeUp = await Promise.all(
    TIME_UP_SETTINGS.map(async (s) => {
      const quizId = await publishMarkerQuiz(s);
      const startedAt = Date.now();
      const start = await call("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName("Late") } });
      expect(start.status).toBe(201);
      // The first half answered wrong before the time is up.
      for (const q of QUESTIONS.slice(0, 4)) {
        const saved = await call("PUT", `/api/attempts/${start.body.attempt.id}/responses/${q.id}`, { token: start.body.token, body: { response: q.wrong.json } });
        expect(saved.status).toBe(200);
      }
      return { s, attemptId: start.body.attempt.id as string, token: start.body.token as string, startedAt };
    }),
  );
}, 60_000);

describe("no key leaks to a student, under every quiz setting", () => {
  it("covers the matrix", () => {
    // 4 behaviours × 5 review options × (5 reviewDuring variants, or 2 for deferred); timed and shuffled alternately.
    expect(MATRIX).toHaveLength(4 * 5 * 5 - 5 * 3);
  });

  // First, while SELF.fetch is still fast, a sample of the walks through it (see `dispatch` in walk-helpers.ts).
  it.each(SELF_SAMPLE)("through SELF.fetch: $name", async ({ settings }) => {
    useTransport("self");
    try {
      await walkSetting(settings);
    } finally {
      useTransport("direct");
    }
  }, 120_000);

  it.each(MATRIX)("$name", async ({ settings }) => walkSetting(settings), 60_000);

  it.each(ERROR_WALKS)("refusals name no option: $name", async ({ settings }) => walkErrors(await publishMarkerQuiz(settings), settings), 60_000);

  it("shows nothing more once the time is up: answers refused without the key, results only as the review allows", async () => {
    const latest = Math.max(...timeUp.map((t) => t.startedAt));
    const wait = latest + 10_000 + 2_500 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    for (const { s, attemptId, token } of timeUp) {
      const where = `time up (${s.feedback})`;
      const states = freshStates();
      for (const q of QUESTIONS.slice(0, 4)) states.set(q.id, { answer: "wrong", tries: 1 });
      const typed = new Set(QUESTIONS.slice(0, 4).flatMap((q) => q.wrong.typed));
      const state = await call("GET", `/api/attempts/${attemptId}`, { token });
      expect(state.body.attempt.status, where).toBe("time_up");
      checkJson(where, state, s, states, typed, false, "all");
      // Time up is not finished: each saved answer shows what it showed while the attempt was open, no more.
      expect(state.body.responses).toHaveLength(4);
      for (const r of state.body.responses) {
        const q = QUESTIONS.find((x) => x.id === r.questionId)!;
        checkResult(where, q, states.get(q.id)!, shownFor(s, states.get(q.id)!, false), r.result);
      }
      for (const k of ["results", "score", "percent"]) expect(state.body, where).not.toHaveProperty(k);
      const html = await (await page(`/attempt/${attemptId}`, { headers: cookieOf(token) })).text();
      checkHtml(`${where} page`, html, s, states, typed, false, "all");

      for (const q of QUESTIONS) {
        const refused = await call("PUT", `/api/attempts/${attemptId}/responses/${q.id}`, { token, body: { response: q.right.json } });
        expect(refused.status, `${where} ${q.id}: ${refused.text}`).toBe(409);
        checkJson(`${where} refused ${q.id}`, refused, s, states, typed, false, new Set());
      }
      const fragment = await formPost(`/attempt/${attemptId}/answers/sa`, QUESTIONS[3]!.right.form, { ...cookieOf(token), "X-Requested-With": "fetch" });
      expect(fragment.status).toBe(409);
      const fragmentHtml = await fragment.text();
      // The refused answer comes back as typed; nothing else of the key.
      checkMarkers(`${where} refused fragment`, fragmentHtml, s, states, new Set([...typed, ...QUESTIONS[3]!.right.typed]), false, new Set(["sa"]));

      const finish = await call("POST", `/api/attempts/${attemptId}/finish`, { token });
      expect(finish.status).toBe(200);
      checkJson(`${where} finish`, finish, s, states, typed, true, "all");
      checkReview(`${where} finish`, finish.body, s, states);
    }
  }, 60_000);

  it("walked every step", () => {
    // Per setting: the quiz view, start, 4 attempt reads, 8 + 8 saves, finish, and the form attempt's read (JSON);
    // the quiz page, 4 + 3 attempt pages and 8 fragments (HTML).
    const walks = MATRIX.length + SELF_SAMPLE.length;
    expect(STEPS.json).toBeGreaterThanOrEqual(walks * 24);
    expect(STEPS.html).toBeGreaterThanOrEqual(walks * 16);
    expect(STEPS.errors, "the refusal walk ran for each behaviour, shuffled and not").toBe(MODES.length * 2);
    console.log(`leaks: ${MATRIX.length} settings (${SELF_SAMPLE.length} also through SELF.fetch), ${STEPS.json} JSON replies and ${STEPS.html} HTML pages checked`);
  });
});

describe("the rule shown with a checked answer", () => {
  it("names no key the student did not type while the right answer is held back (a near miss accepted, a number within tolerance)", async () => {
    // Right answers that are not the key verbatim: a typo the scorer forgives, a number within the tolerance.
    const settings = { feedback: "immediate", review: { correctness: true, score: true, feedback: false, rightAnswer: false, explanation: false } };
    const created = await call("POST", "/api/quizzes", {
      token: teacherKey,
      body: {
        title: "Near misses",
        article: { text: "The kitchen was run by Velmora Quistany. The squad flew 7394.61 km." },
        settings,
        questions: [
          { id: "typo", kind: "short_answer", prompt: "Who ran the kitchen?", answers: [{ text: "Velmora Quistany" }] },
          { id: "within", kind: "numeric", prompt: "How far did the squad fly, in km?", answers: [{ value: 7394.61, tolerance: 1 }] },
        ],
      },
    });
    expect(created.status, created.text).toBe(201);
    const quizId = created.body.id as string;
    expect((await call("POST", `/api/quizzes/${quizId}/publish`, { token: teacherKey })).status).toBe(200);
    const start = await call("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName("Near") } });
    const { token } = start.body;
    const id = start.body.attempt.id as string;
    const leaks: string[] = [];
    for (const [qid, response, key] of [["typo", "Velmora Quistanny", "Velmora Quistany"], ["within", 7394.2, "7394.61"]] as const) {
      const saved = await call("PUT", `/api/attempts/${id}/responses/${qid}`, { token, body: { response } });
      expect(saved.status, saved.text).toBe(200);
      // The answer was accepted: the student is told it is right...
      expect(saved.body.result.status, qid).toBe("correct");
      expect(saved.body.result).not.toHaveProperty("rightAnswer");
      // ...but not what the key is, since the quiz holds the right answer back.
      if (saved.text.includes(key)) leaks.push(`PUT ${qid} (answered ${JSON.stringify(response)}): rule "${saved.body.result.rule}"`);
    }
    const finish = await call("POST", `/api/attempts/${id}/finish`, { token });
    for (const r of finish.body.results) {
      const key = r.questionId === "typo" ? "Velmora Quistany" : "7394.61";
      if (JSON.stringify(r).includes(key)) leaks.push(`finish ${r.questionId}: rule "${r.rule}"`);
    }
    expect(leaks, "the key is shown with review.rightAnswer false").toEqual([]);
  });
});

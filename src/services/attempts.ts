import * as attemptsDb from "../db/attempts";
import { ensureBundledStatements } from "../db/quizzes";
import { ApiError } from "../http/errors";
import { nameKey } from "../lang/names";
import { randomId, randomSecret, randomSeed, secretsEqual, sha256Hex } from "../http/secrets";
import { type QuestionResult, type ShownResult, afterView, duringView, gradeAttempt, markResponse, reviewAttempt, reviewResult, triesOf } from "../quiz/grading";
import { studentSettings, toStudentQuestion } from "../quiz/student-view";
import { type ResponseValue, checkResponseShape } from "../score";
import { normalizeAnswer } from "../score/normalize";
import type { Question } from "../schemas/question";
import type { QuizContent, QuizSettings } from "../schemas/quiz";
import { forgetAttempt, knownAttempt, rememberAttempt } from "./attempt-cache";
import { findPlayableQuiz } from "./quizzes";

// A little slack on the time limit for the request's own trip over the network.
const GRACE_MS = 2_000;

/** Answers count while the deadline is at or after this moment. */
const deadlineCutoff = (now: Date) => new Date(now.getTime() - GRACE_MS).toISOString();
const isPastDeadline = (deadline: string | null, now: Date) => deadline !== null && deadline < deadlineCutoff(now);

function attemptView(a: attemptsDb.AttemptRow) {
  return {
    id: a.id,
    quizId: a.quiz_id,
    version: a.version,
    studentName: a.student_name,
    startedAt: a.started_at,
    deadlineAt: a.deadline_at,
    finishedAt: a.finished_at,
    status: a.finished_at ? "finished" : isPastDeadline(a.deadline_at, new Date()) ? "time_up" : "in_progress",
  };
}

function studentQuestions(content: QuizContent, seed: number) {
  return content.questions.map((q) => toStudentQuestion(q, seed, content.settings.shuffleOptions));
}

/**
 * What a checked answer shows while the attempt is open: what `reviewDuring`
 * allows once the question is closed to further tries; while a try is left
 * (interactive behaviour), only whether it was right and its score.
 */
function duringAttempt(result: QuestionResult, settings: QuizSettings, closed: boolean) {
  const view = duringView(settings);
  if (closed) return reviewResult(result, view);
  // A try is left: only whether it was right and its score. The rule, feedback and
  // explanation could give the answer away ("rejected: the statement is true").
  return { questionId: result.questionId, maxScore: result.maxScore, ...(view.correctness ? { status: result.status } : {}), ...(view.score ? { score: result.score } : {}) };
}

/**
 * Interactive behaviour: how many tries a saved response leaves: 0 once they
 * are used up, or once it is right where the student is told so. Where
 * correctness is hidden during the attempt, a right answer leaves its tries
 * like a wrong one: dropping to 0 would say it was right.
 */
function triesLeft(settings: QuizSettings, saved: { status: string; tries: number }): number {
  return saved.status === "correct" && duringView(settings).correctness ? 0 : Math.max(0, triesOf(settings) - saved.tries);
}

/** Two tries are the same answer when they read the same once case, spacing and punctuation are set aside ("h1" and "H1 "). */
function sameAnswer(question: Question, a: ResponseValue, b: ResponseValue): boolean {
  const caseSensitive = question.kind === "short_answer" && question.caseSensitive;
  const form = (v: unknown) => (typeof v === "string" ? (caseSensitive ? v.trim().replace(/\s+/g, " ") : normalizeAnswer(v)) : v);
  const read = (v: ResponseValue) => JSON.stringify(Array.isArray(v) ? v.map(form) : form(v));
  return read(a) === read(b);
}

/** Whether the student sees each answer checked while the attempt is open. */
const checksAnswers = (settings: QuizSettings) => settings.feedback !== "deferred";

/** Join codes compare without case: a class copies them from a board. */
const joinCodeMatches = (given: string | undefined, expected: string) => given !== undefined && secretsEqual(given.trim().toUpperCase(), expected.toUpperCase());

export async function startAttempt(db: D1Database, quizId: string, studentName: string, joinCode?: string) {
  const quiz = await findPlayableQuiz(db, quizId);
  const { settings, title, article } = quiz.content;
  if (settings.joinCode !== undefined && !(await joinCodeMatches(joinCode, settings.joinCode))) {
    throw new ApiError("forbidden", joinCode ? "That join code is not this quiz's: check it with your teacher and try again." : "This quiz needs the join code your teacher gave the class: type it to start.");
  }
  const now = new Date();
  const token = randomSecret("at");
  const attempt: attemptsDb.NewAttempt = {
    id: randomId("att", 16),
    quizId: quiz.id,
    version: quiz.version,
    studentName,
    nameKey: nameKey(studentName),
    tokenHash: await sha256Hex(token),
    seed: randomSeed(),
    startedAt: now.toISOString(),
    deadlineAt: settings.timeLimitSeconds ? new Date(now.getTime() + settings.timeLimitSeconds * 1000).toISOString() : null,
    attemptsAllowed: settings.attemptsAllowed,
  };
  const before = quiz.bundled ? ensureBundledStatements(db, quiz.id, quiz.version, quiz.content, attempt.startedAt) : [];
  if (!(await attemptsDb.insertAttempt(db, attempt, before))) {
    // Names no one: a name is only typed, so the reply must not confirm who has taken the quiz.
    throw new ApiError("attempt_limit_reached", `This name has already used all ${settings.attemptsAllowed} attempt(s) this quiz allows. If you have not taken it, tell your teacher.`);
  }
  rememberAttempt(attempt.id, { quizId: quiz.id, version: quiz.version, tokenHash: attempt.tokenHash, deadlineAt: attempt.deadlineAt, content: quiz.content, keyRevision: quiz.keyRevision });
  return {
    attempt: attemptView(attemptsDb.newAttemptRow(attempt)),
    token,
    quiz: { id: quiz.id, title, version: quiz.version, settings: studentSettings(settings) },
    ...(article ? { article } : {}),
    questions: studentQuestions(quiz.content, attempt.seed),
  };
}

/** Loads an attempt for its token's holder; a wrong token looks exactly like a missing attempt. */
async function loadOwnAttempt(db: D1Database, attemptId: string, token: string): Promise<attemptsDb.AttemptState> {
  const state = await attemptsDb.loadAttempt(db, attemptId);
  const tokenHash = await sha256Hex(token);
  if (!state || !(await secretsEqual(tokenHash, state.attempt.token_hash))) {
    throw new ApiError("not_found", `No attempt '${attemptId}' matches the token sent.`);
  }
  const { attempt, content, keyRevision } = state;
  if (attempt.finished_at === null) {
    rememberAttempt(attemptId, { quizId: attempt.quiz_id, version: attempt.version, tokenHash: attempt.token_hash, deadlineAt: attempt.deadline_at, content, keyRevision });
  }
  return state;
}

const grade = (content: QuizContent, responses: attemptsDb.SavedResponse[]) =>
  gradeAttempt(content, new Map(responses.map((r) => [r.questionId, r])));

export async function readAttempt(db: D1Database, attemptId: string, token: string) {
  const { attempt, content, responses } = await loadOwnAttempt(db, attemptId, token);
  const { settings } = content;
  const finished = attempt.finished_at !== null;
  const graded = finished || checksAnswers(settings) ? grade(content, responses) : null;
  const interactive = settings.feedback === "interactive";
  const shownResult = (saved: attemptsDb.SavedResponse): { result?: ShownResult; triesLeft?: number } => {
    const result = graded?.results.find((r) => r.questionId === saved.questionId);
    if (!result) return {};
    if (finished) return { result: reviewResult(result, afterView(settings)) };
    const left = interactive ? triesLeft(settings, saved) : 0;
    return { result: duringAttempt(result, settings, left === 0), ...(interactive ? { triesLeft: left } : {}) };
  };
  return {
    attempt: attemptView(attempt),
    quiz: { id: attempt.quiz_id, title: content.title, version: attempt.version, settings: studentSettings(settings) },
    ...(content.article ? { article: content.article } : {}),
    questions: studentQuestions(content, attempt.shuffle_seed),
    responses: responses.map((r) => ({ questionId: r.questionId, response: r.response, savedAt: r.savedAt, ...shownResult(r) })),
    ...(finished && graded ? reviewAttempt(graded, afterView(settings)) : {}),
  };
}

/** What every save writes: the answer, the marks it was given, and the moment (with the deadline's grace). */
const markedWrite = (attemptId: string, questionId: string, response: ResponseValue, result: QuestionResult, now: Date) => ({
  attemptId,
  questionId,
  response,
  score: result.score,
  status: result.status,
  rule: result.rule,
  now: now.toISOString(),
  deadlineCutoff: deadlineCutoff(now),
});

/** The reply to a saved answer: with its result (as far as the quiz shows it) when answers are checked. */
function savedReply(settings: QuizSettings, questionId: string, now: Date, result: QuestionResult, tries: number) {
  if (!checksAnswers(settings)) return { questionId, saved: true as const, savedAt: now.toISOString() };
  const interactive = settings.feedback === "interactive";
  const left = interactive ? triesLeft(settings, { status: result.status, tries }) : 0;
  return { questionId, saved: true as const, savedAt: now.toISOString(), result: duringAttempt(result, settings, left === 0), ...(interactive ? { triesLeft: left } : {}) };
}

/**
 * The one-round-trip save, for an open attempt this isolate already knows
 * (attempt-cache.ts) under deferred or immediate feedback: scored from the
 * known content and written with every guard, the token's included, in one
 * statement. Null when it does not apply or the write was refused: the full
 * path then reads the attempt and explains the refusal (or saves after a regrade).
 */
async function saveKnownAttempt(db: D1Database, attemptId: string, tokenHash: string, questionId: string, value: ResponseValue) {
  const known = knownAttempt(attemptId);
  if (!known || value === null || !(await secretsEqual(tokenHash, known.tokenHash))) return null;
  const { content, deadlineAt, keyRevision } = known;
  const { settings } = content;
  const question = content.questions.find((q) => q.id === questionId);
  const now = new Date();
  if (settings.feedback === "interactive" || !question || isPastDeadline(deadlineAt, now)) return null;
  const shape = checkResponseShape(question, value);
  if (!shape.ok || shape.value === null) return null;
  const result = markResponse(question, shape.value, content);
  const saved = await attemptsDb.saveResponse(db, {
    ...markedWrite(attemptId, questionId, shape.value, result, now),
    lockAnswered: settings.feedback === "immediate",
    keyRevision,
    tries: 1,
    previousTries: null,
    tokenHash,
  });
  if (!saved) {
    forgetAttempt(attemptId);
    return null;
  }
  return savedReply(settings, questionId, now, result, 1);
}

/** Saves, replaces or (with null) clears the response to one question. */
export async function saveAnswer(db: D1Database, attemptId: string, token: string, questionId: string, value: ResponseValue) {
  const quick = await saveKnownAttempt(db, attemptId, await sha256Hex(token), questionId, value);
  if (quick) return quick;
  const { attempt, content, keyRevision, responses } = await loadOwnAttempt(db, attemptId, token);
  const question = content.questions.find((q) => q.id === questionId);
  if (!question) throw new ApiError("not_found", `Question '${questionId}' is not part of this attempt's quiz.`);
  const shape = checkResponseShape(question, value);
  if (!shape.ok) throw new ApiError("validation_failed", `The response to '${questionId}' is invalid: ${shape.message}.`, { problems: [{ field: "response", message: shape.message }] });
  if (attempt.finished_at) throw new ApiError("attempt_finished", "This attempt is already finished; answers can no longer change.");
  const now = new Date();
  const timeUp = () =>
    new ApiError("time_limit_exceeded", `Time is up: this attempt's time limit ended at ${attempt.deadline_at}. Answers saved before then still count when you finish.`);
  if (isPastDeadline(attempt.deadline_at, now)) throw timeUp();
  const { settings } = content;
  const immediate = settings.feedback === "immediate";
  const interactive = settings.feedback === "interactive";
  const previous = responses.find((r) => r.questionId === questionId);
  if (immediate && previous) {
    throw new ApiError("conflict", `Question '${questionId}' was already answered and checked; with immediate feedback each answer is checked once.`);
  }
  if (interactive && previous && triesLeft(settings, previous) === 0) {
    const why = previous.status === "correct" && duringView(settings).correctness ? "was already answered right" : `has used all ${triesOf(settings)} of its tries`;
    throw new ApiError("conflict", `Question '${questionId}' ${why}; it can no longer be answered.`);
  }
  if (shape.value === null) {
    // Checked answers are final: clearing could race a first answer and unlock it, or give back a try.
    if (checksAnswers(settings)) throw new ApiError("conflict", `With ${settings.feedback} feedback an answer cannot be cleared: each try is checked and counted.`);
    if (!(await attemptsDb.clearResponse(db, { attemptId, questionId, deadlineCutoff: deadlineCutoff(now) }))) throw timeUp();
    return { questionId, saved: true, cleared: true, savedAt: now.toISOString() };
  }
  if (interactive && previous && sameAnswer(question, previous.response, shape.value)) {
    throw new ApiError("conflict", `This is the answer already given to '${questionId}'; a try counts only with a different answer.`);
  }
  const tries = interactive ? (previous?.tries ?? 0) + 1 : 1;
  const result = markResponse(question, shape.value, content, tries);
  if (interactive && result.status === "unanswered") {
    throw new ApiError("validation_failed", `An empty answer is not a try: answer '${questionId}', or leave it for now.`, { problems: [{ field: "response", message: "is empty" }] });
  }
  const saved = await attemptsDb.saveResponse(db, {
    ...markedWrite(attemptId, questionId, shape.value, result, now),
    lockAnswered: immediate,
    keyRevision,
    tries,
    // Each try replaces exactly the one before it: two tries sent at once cannot both count as the same try.
    previousTries: interactive ? (previous?.tries ?? 0) : null,
  });
  if (!saved) {
    throw new ApiError("conflict", "The answer was not saved: the attempt was finished, ran out of time, this question was answered at the same moment, or the teacher regraded it meanwhile. Reload the attempt and save again.");
  }
  return savedReply(settings, questionId, now, result, tries);
}

/** Closes the attempt (once) and returns its results as the review options allow; finishing again returns the same. One D1 round trip. */
export async function finishAttempt(db: D1Database, attemptId: string, token: string) {
  const state = await attemptsDb.finishWithToken(db, { attemptId, tokenHash: await sha256Hex(token), now: new Date().toISOString() });
  if (state) forgetAttempt(attemptId);
  if (!state) throw new ApiError("not_found", `No attempt '${attemptId}' matches the token sent.`);
  const { attempt, content, responses } = state;
  return { attempt: attemptView(attempt), ...reviewAttempt(grade(content, responses), afterView(content.settings)) };
}

import * as attemptsDb from "../db/attempts";
import { ensureBundledStatements } from "../db/quizzes";
import { ApiError } from "../http/errors";
import { randomId, randomSecret, randomSeed, secretsEqual, sha256Hex } from "../http/secrets";
import { type QuestionResult, gradeAttempt, maxScoreOf, questionResult, scoreOptionsOf, reviewAttempt, reviewResult } from "../quiz/grading";
import { toStudentQuestion } from "../quiz/student-view";
import { type ResponseValue, checkResponseShape, scoreQuestion } from "../score";
import type { QuizContent, ReviewSettings } from "../schemas/quiz";
import { findPlayableQuiz } from "./quizzes";

// A little slack on the time limit for the request's own trip over the network.
const GRACE_MS = 2_000;

/** Answers count while the deadline is at or after this moment. */
const deadlineCutoff = (now: Date) => new Date(now.getTime() - GRACE_MS).toISOString();
const isPastDeadline = (deadline: string | null, now: Date) => deadline !== null && deadline < deadlineCutoff(now);

/** Names compare without case, accents or extra spaces: "Ana  Ruiz" and "ana ruiz" are one student. */
export function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

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
 * What immediate feedback shows while the attempt is open: what the review
 * options allow (right or wrong, rule, feedback, explanation), but never the
 * right answer itself before the attempt is finished.
 */
const duringAttempt = (result: QuestionResult, review: ReviewSettings) => reviewResult(result, { ...review, rightAnswer: false });

export async function startAttempt(db: D1Database, quizId: string, studentName: string) {
  const quiz = await findPlayableQuiz(db, quizId);
  const { settings, title, article } = quiz.content;
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
    throw new ApiError("attempt_limit_reached", `'${studentName}' has already used all ${settings.attemptsAllowed} attempt(s) this quiz allows.`);
  }
  return {
    attempt: attemptView(attemptsDb.newAttemptRow(attempt)),
    token,
    quiz: { id: quiz.id, title, version: quiz.version, settings },
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
  return state;
}

const grade = (content: QuizContent, responses: attemptsDb.SavedResponse[]) =>
  gradeAttempt(content, new Map(responses.map((r) => [r.questionId, r])));

export async function readAttempt(db: D1Database, attemptId: string, token: string) {
  const { attempt, content, responses } = await loadOwnAttempt(db, attemptId, token);
  const { settings } = content;
  const finished = attempt.finished_at !== null;
  const graded = finished || settings.feedback === "immediate" ? grade(content, responses) : null;
  const shownResult = (questionId: string) => {
    const result = graded?.results.find((r) => r.questionId === questionId);
    if (!result) return {};
    return { result: finished ? reviewResult(result, settings.review) : duringAttempt(result, settings.review) };
  };
  return {
    attempt: attemptView(attempt),
    quiz: { id: attempt.quiz_id, title: content.title, version: attempt.version, settings },
    ...(content.article ? { article: content.article } : {}),
    questions: studentQuestions(content, attempt.shuffle_seed),
    responses: responses.map((r) => ({ questionId: r.questionId, response: r.response, savedAt: r.savedAt, ...shownResult(r.questionId) })),
    ...(finished && graded ? reviewAttempt(graded, settings.review) : {}),
  };
}

/** Saves, replaces or (with null) clears the response to one question. */
export async function saveAnswer(db: D1Database, attemptId: string, token: string, questionId: string, value: ResponseValue) {
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
  const immediate = content.settings.feedback === "immediate";
  if (immediate && responses.some((r) => r.questionId === questionId)) {
    throw new ApiError("conflict", `Question '${questionId}' was already answered and checked; with immediate feedback each answer is checked once.`);
  }
  const cutoff = deadlineCutoff(now);
  if (shape.value === null) {
    // Checked answers are final under immediate feedback: clearing could race a first answer and unlock it.
    if (immediate) throw new ApiError("conflict", "With immediate feedback an answer cannot be cleared: each answer is checked once.");
    if (!(await attemptsDb.clearResponse(db, { attemptId, questionId, deadlineCutoff: cutoff }))) throw timeUp();
    return { questionId, saved: true, cleared: true, savedAt: now.toISOString() };
  }
  const result = questionResult(question, scoreQuestion(question, shape.value, scoreOptionsOf(content)));
  const saved = await attemptsDb.saveResponse(db, {
    attemptId,
    questionId,
    response: shape.value,
    score: result.score,
    status: result.status,
    rule: result.rule,
    now: now.toISOString(),
    deadlineCutoff: cutoff,
    lockAnswered: immediate,
    keyRevision,
  });
  if (!saved) {
    throw new ApiError("conflict", "The answer was not saved: the attempt was finished, ran out of time, this question was answered at the same moment, or the teacher regraded it meanwhile. Reload the attempt and save again.");
  }
  return { questionId, saved: true, savedAt: now.toISOString(), ...(immediate ? { result: duringAttempt(result, content.settings.review) } : {}) };
}

/** Closes the attempt (once) and returns its results as the review options allow; finishing again returns the same. */
export async function finishAttempt(db: D1Database, attemptId: string, token: string) {
  const state = await loadOwnAttempt(db, attemptId, token);
  const { content } = state;
  let { attempt, responses } = state;
  if (!attempt.finished_at) {
    const closed = await attemptsDb.closeAttempt(db, { attemptId, now: new Date().toISOString(), maxScore: maxScoreOf(content) });
    attempt = { ...attempt, finished_at: closed.finishedAt };
    responses = closed.responses;
  }
  return { attempt: attemptView(attempt), ...reviewAttempt(grade(content, responses), content.settings.review) };
}

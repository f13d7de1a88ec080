import * as attemptsDb from "../db/attempts";
import { ensureBundledStatements } from "../db/quizzes";
import { ApiError } from "../http/errors";
import { randomId, randomSecret, randomSeed, secretsEqual, sha256Hex } from "../http/secrets";
import { gradeAttempt, questionResult, reviewAttempt, reviewResult } from "../quiz/grading";
import { toStudentQuestion } from "../quiz/student-view";
import { type ResponseValue, checkResponseShape, scoreQuestion } from "../score";
import type { QuizContent } from "../schemas/quiz";
import { findPlayableQuiz } from "./quizzes";

// A little slack on the time limit for the request's own trip over the network.
const GRACE_MS = 2_000;

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
    status: a.finished_at ? "finished" : a.deadline_at && Date.parse(a.deadline_at) + GRACE_MS < Date.now() ? "time_up" : "in_progress",
  };
}

function studentQuestions(content: QuizContent, seed: number) {
  return content.questions.map((q) => toStudentQuestion(q, seed, content.settings.shuffleOptions));
}

export async function startAttempt(db: D1Database, quizId: string, studentName: string) {
  const quiz = await findPlayableQuiz(db, quizId);
  const { settings } = quiz.content;
  const now = new Date();
  const token = randomSecret("at");
  const row: attemptsDb.AttemptRow = {
    id: randomId("att", 16),
    quiz_id: quiz.id,
    version: quiz.version,
    student_name: studentName,
    name_key: nameKey(studentName),
    token_hash: await sha256Hex(token),
    shuffle_seed: randomSeed(),
    started_at: now.toISOString(),
    deadline_at: settings.timeLimitSeconds ? new Date(now.getTime() + settings.timeLimitSeconds * 1000).toISOString() : null,
    finished_at: null,
    score: null,
    max_score: null,
  };
  const before = quiz.bundled ? ensureBundledStatements(db, quiz.id, quiz.version, quiz.content, row.started_at) : [];
  const inserted = await attemptsDb.insertAttempt(
    db,
    {
      id: row.id,
      quizId: row.quiz_id,
      version: row.version,
      studentName,
      nameKey: row.name_key,
      tokenHash: row.token_hash,
      seed: row.shuffle_seed,
      startedAt: row.started_at,
      deadlineAt: row.deadline_at,
      attemptsAllowed: settings.attemptsAllowed,
    },
    before,
  );
  if (!inserted) {
    throw new ApiError("attempt_limit_reached", `'${studentName}' has already used all ${settings.attemptsAllowed} attempt(s) this quiz allows.`);
  }
  const { title, article } = quiz.content;
  return { attempt: attemptView(row), token, quiz: { id: quiz.id, title, version: quiz.version, settings }, ...(article ? { article } : {}), questions: studentQuestions(quiz.content, row.shuffle_seed) };
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

function gradeState(state: attemptsDb.AttemptState) {
  return gradeAttempt(state.content, new Map(state.responses.map((r) => [r.questionId, r.response])));
}

export async function readAttempt(db: D1Database, attemptId: string, token: string) {
  const state = await loadOwnAttempt(db, attemptId, token);
  const { attempt, content } = state;
  const { settings } = content;
  const finished = attempt.finished_at !== null;
  const graded = finished || settings.feedback === "immediate" ? gradeState(state) : null;
  const resultFor = (questionId: string) => graded?.results.find((r) => r.questionId === questionId);
  return {
    attempt: attemptView(attempt),
    quiz: { id: attempt.quiz_id, title: content.title, version: attempt.version, settings },
    ...(content.article ? { article: content.article } : {}),
    questions: studentQuestions(content, attempt.shuffle_seed),
    responses: state.responses.map((r) => {
      const result = resultFor(r.questionId);
      return { questionId: r.questionId, response: r.response, savedAt: r.savedAt, ...(result ? { result: reviewResult(result, settings.review) } : {}) };
    }),
    ...(finished && graded ? reviewAttempt(graded, settings.review) : {}),
  };
}

export async function saveAnswer(db: D1Database, attemptId: string, token: string, questionId: string, value: ResponseValue) {
  const state = await loadOwnAttempt(db, attemptId, token);
  const { attempt, content } = state;
  const question = content.questions.find((q) => q.id === questionId);
  if (!question) throw new ApiError("not_found", `Question '${questionId}' is not part of this attempt's quiz.`);
  const shape = checkResponseShape(question, value);
  if (!shape.ok) throw new ApiError("validation_failed", `The response to '${questionId}' is invalid: ${shape.message}.`, { problems: [{ field: "response", message: shape.message }] });
  if (attempt.finished_at) throw new ApiError("attempt_finished", "This attempt is already finished; answers can no longer change.");
  const now = new Date();
  if (attempt.deadline_at && Date.parse(attempt.deadline_at) + GRACE_MS < now.getTime()) {
    throw new ApiError("time_limit_exceeded", `Time is up: this attempt's time limit ended at ${attempt.deadline_at}. Answers saved before then still count when you finish.`);
  }
  const immediate = content.settings.feedback === "immediate";
  if (immediate && state.responses.some((r) => r.questionId === questionId)) {
    throw new ApiError("conflict", `Question '${questionId}' was already answered and checked; with immediate feedback each answer is checked once.`);
  }
  const verdict = scoreQuestion(question, shape.value, { typoTolerance: content.settings.typoTolerance });
  const result = questionResult(question, verdict);
  const saved = await attemptsDb.saveResponse(db, {
    attemptId,
    questionId,
    response: shape.value,
    score: result.score,
    status: result.status,
    rule: result.rule,
    now: now.toISOString(),
    lockAnswered: immediate,
  });
  if (!saved) throw new ApiError("conflict", "The answer was not saved: the attempt was finished, ran out of time or this question was answered at the same moment. Reload the attempt.");
  return {
    questionId,
    saved: true,
    savedAt: now.toISOString(),
    ...(immediate ? { result: reviewResult(result, content.settings.review) } : {}),
  };
}

export async function finishAttempt(db: D1Database, attemptId: string, token: string) {
  const state = await loadOwnAttempt(db, attemptId, token);
  const graded = gradeState(state);
  const { attempt, content } = state;
  let finishedAt = attempt.finished_at;
  if (!finishedAt) {
    finishedAt = new Date().toISOString();
    const answered = new Set(state.responses.map((r) => r.questionId));
    const marks = graded.results.filter((r) => answered.has(r.questionId)).map(({ questionId, score, status, rule }) => ({ questionId, score, status, rule }));
    const closed = await attemptsDb.finishAttempt(db, { attemptId, now: finishedAt, score: graded.score, maxScore: graded.maxScore, marks });
    // Lost a race with another finish: that one's timestamp stands; the marks are the same.
    if (!closed) finishedAt = (await attemptsDb.loadAttempt(db, attemptId))?.attempt.finished_at ?? finishedAt;
  }
  return { attempt: attemptView({ ...attempt, finished_at: finishedAt }), ...reviewAttempt(graded, content.settings.review) };
}

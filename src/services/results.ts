import { listAttemptsWithResponses } from "../db/attempts";
import type { Quiz } from "../db/rows";

/** Every attempt at the quiz, newest version filter optional, with each question's response and credit. */
export async function quizResults(db: D1Database, quiz: Quiz, version?: number) {
  const rows = await listAttemptsWithResponses(db, quiz.id, version);
  return {
    quizId: quiz.id,
    ...(version === undefined ? {} : { version }),
    attempts: rows.map(({ attempt, responses }) => ({
      attemptId: attempt.id,
      studentName: attempt.student_name,
      version: attempt.version,
      startedAt: attempt.started_at,
      finishedAt: attempt.finished_at,
      score: attempt.score,
      maxScore: attempt.max_score,
      responses: responses.map((r) => ({ questionId: r.questionId, response: r.response, score: r.score, status: r.status, rule: r.rule, savedAt: r.savedAt })),
    })),
  };
}

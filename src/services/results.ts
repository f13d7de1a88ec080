import { listAttemptsWithResponses } from "../db/attempts";
import type { Quiz } from "../db/rows";
import { describeResponse } from "../quiz/right-answer";

/** Every attempt at the quiz (optionally one version) with each question's response, in words too, and credit. */
export async function quizResults(db: D1Database, quiz: Quiz, version?: number) {
  const { attempts, versions } = await listAttemptsWithResponses(db, quiz.id, version);
  return {
    quizId: quiz.id,
    ...(version === undefined ? {} : { version }),
    attempts: attempts.map(({ attempt, responses }) => {
      const questions = versions.get(attempt.version)?.questions ?? [];
      return {
        attemptId: attempt.id,
        studentName: attempt.student_name,
        version: attempt.version,
        startedAt: attempt.started_at,
        finishedAt: attempt.finished_at,
        score: attempt.score,
        maxScore: attempt.max_score,
        responses: responses.map((r) => {
          const question = questions.find((q) => q.id === r.questionId);
          return {
            questionId: r.questionId,
            response: r.response,
            ...(question ? { answer: describeResponse(question, r.response) } : {}),
            score: r.score,
            status: r.status,
            rule: r.rule,
            savedAt: r.savedAt,
          };
        }),
      };
    }),
  };
}

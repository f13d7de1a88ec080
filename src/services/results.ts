import { type AttemptsWithResponses, listAttemptsWithResponses } from "../db/attempts";
import type { Quiz } from "../db/rows";
import { toCsv } from "../formats/csv";
import { gradeOver } from "../quiz/grades";
import { describeResponse } from "../quiz/right-answer";
import { nameKey } from "../lang/names";

/**
 * Each student's grade over their finished attempts, by the grading method of
 * the newest version among them. Names are only typed, so a teacher is told
 * where one name has several attempts (`several_attempts`) or was typed in
 * several ways that fold to one (`several_spellings`: "Ana" and "Аna" with a
 * Cyrillic А): someone may have used a classmate's name.
 */
function studentGrades(attempts: AttemptsWithResponses["attempts"], versions: AttemptsWithResponses["versions"]) {
  const byStudent = new Map<string, AttemptsWithResponses["attempts"]>();
  for (const a of attempts) {
    const key = nameKey(a.attempt.student_name);
    byStudent.set(key, [...(byStudent.get(key) ?? []), a]);
  }
  return [...byStudent.values()].flatMap((all) => {
    const own = all.filter((a) => a.attempt.finished_at && a.attempt.max_score);
    if (!own.length) return [];
    const newest = Math.max(...own.map((a) => a.attempt.version));
    const method = versions.get(newest)?.settings.grading ?? "highest";
    const graded = own.map(({ attempt }) => ({ startedAt: attempt.started_at, percent: (100 * (attempt.score ?? 0)) / attempt.max_score! }));
    const spellings = [...new Set(all.map((a) => a.attempt.student_name))];
    const flags = [...(all.length > 1 ? ["several_attempts"] : []), ...(spellings.length > 1 ? ["several_spellings"] : [])];
    return [{ studentName: own[own.length - 1]!.attempt.student_name, attempts: own.length, started: all.length, method, grade: gradeOver(graded, method), ...(flags.length ? { flags, spellings } : {}) }];
  });
}

type Loaded = AttemptsWithResponses;

/** Each attempt with its responses in words, as the results show it. */
function attemptViews({ attempts, versions }: Loaded) {
  return attempts.map(({ attempt, responses }) => {
    const questions = new Map((versions.get(attempt.version)?.questions ?? []).map((q) => [q.id, q]));
    return {
      attemptId: attempt.id,
      studentName: attempt.student_name,
      version: attempt.version,
      startedAt: attempt.started_at,
      finishedAt: attempt.finished_at,
      score: attempt.score,
      maxScore: attempt.max_score,
      responses: responses.map((r) => {
        const question = questions.get(r.questionId);
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
  });
}

/** Every attempt at the quiz (optionally one version) with each question's response, in words too, and credit; and each student's grade. */
export async function quizResults(db: D1Database, quiz: Quiz, version?: number) {
  const loaded = await listAttemptsWithResponses(db, quiz.id, version);
  return {
    quizId: quiz.id,
    ...(version === undefined ? {} : { version }),
    students: studentGrades(loaded.attempts, loaded.versions),
    attempts: attemptViews(loaded),
  };
}

/**
 * The same results as one spreadsheet row per attempt: who, which version,
 * when, the total, then each question's answer (in words) and score. Every
 * question of the versions included has its columns, in quiz order, answered or not.
 */
export async function quizResultsCsv(db: D1Database, quiz: Quiz, version?: number): Promise<string> {
  const loaded = await listAttemptsWithResponses(db, quiz.id, version);
  const questionIds: string[] = [];
  for (const v of [...loaded.versions.keys()].sort((a, b) => a - b)) {
    for (const q of loaded.versions.get(v)!.questions) if (!questionIds.includes(q.id)) questionIds.push(q.id);
  }
  const header = ["Student", "Attempt", "Version", "Started", "Finished", "Score", "Max score", "Percent", ...questionIds.flatMap((id) => [`${id} answer`, `${id} score`])];
  const rows = attemptViews(loaded).map((a) => {
    const percent = a.score !== null && a.maxScore ? Math.round((10_000 * a.score) / a.maxScore) / 100 : null;
    const byQuestion = new Map(a.responses.map((r) => [r.questionId, r]));
    return [
      a.studentName, a.attemptId, a.version, a.startedAt, a.finishedAt, a.score, a.maxScore, percent,
      ...questionIds.flatMap((id) => {
        const r = byQuestion.get(id);
        return r ? [r.answer ?? JSON.stringify(r.response), r.score] : [null, null];
      }),
    ];
  });
  return toCsv([header, ...rows]);
}

import { ATTEMPTS_PER_PASS, type AttemptSummary, type AttemptsPage, MOST_ATTEMPTS_READ, type PageRequest, attemptsPage } from "../db/attempts";
import { ApiError } from "../http/errors";
import type { Quiz } from "../db/rows";
import { CSV_BOM, csvLines } from "../formats/csv";
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
function studentGrades(summaries: readonly AttemptSummary[], versions: AttemptsPage["versions"]) {
  const byStudent = new Map<string, AttemptSummary[]>();
  for (const a of summaries) {
    const key = nameKey(a.student_name);
    const own = byStudent.get(key);
    if (own) own.push(a);
    else byStudent.set(key, [a]);
  }
  return [...byStudent.values()].flatMap((all) => {
    const own = all.filter((a) => a.finished_at && a.max_score);
    if (!own.length) return [];
    const newest = Math.max(...own.map((a) => a.version));
    const method = versions.get(newest)?.settings.grading ?? "highest";
    const graded = own.map((a) => ({ startedAt: a.started_at, percent: (100 * (a.score ?? 0)) / a.max_score! }));
    const spellings = [...new Set(all.map((a) => a.student_name))];
    const flags = [...(all.length > 1 ? ["several_attempts"] : []), ...(spellings.length > 1 ? ["several_spellings"] : [])];
    return [{ studentName: own[own.length - 1]!.student_name, attempts: own.length, started: all.length, method, grade: gradeOver(graded, method), ...(flags.length ? { flags, spellings } : {}) }];
  });
}

/** Each attempt with its responses in words, as the results show it. */
function attemptViews({ attempts, versions }: AttemptsPage) {
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

/** Where the next page starts: the last attempt of this one, opaque to clients. */
const cursorAfter = (last: { started_at: string; id: string }) => btoa(JSON.stringify([last.started_at, last.id])).replace(/=+$/, "");

function readCursor(cursor: string): PageRequest["after"] {
  try {
    const [startedAt, id] = JSON.parse(atob(cursor)) as unknown[];
    if (typeof startedAt === "string" && typeof id === "string") return { startedAt, id };
  } catch {
    // falls through to the error below
  }
  throw new ApiError("validation_failed", "cursor is not one this API gave: use the nextCursor of the previous page, or leave it out for the first page");
}

export interface ResultsOptions {
  version?: number;
  cursor?: string;
  limit: number;
}

/**
 * A page of attempts (oldest first) with each question's response, in words
 * too, and credit; `nextCursor` fetches the next page. The first page also
 * gives each student's grade, worked out over every attempt.
 */
export async function quizResults(db: D1Database, quiz: Quiz, options: ResultsOptions) {
  const page = await attemptsPage(db, quiz.id, { version: options.version, limit: options.limit, ...(options.cursor ? { after: readCursor(options.cursor) } : {}) });
  const last = page.attempts.length === options.limit ? page.attempts[page.attempts.length - 1]!.attempt : undefined;
  return {
    quizId: quiz.id,
    ...(options.version === undefined ? {} : { version: options.version }),
    ...(page.summaries ? { students: studentGrades(page.summaries, page.versions) } : {}),
    attempts: attemptViews(page),
    nextCursor: last ? cursorAfter(last) : null,
  };
}

/**
 * The same results as one spreadsheet row per attempt: who, which version,
 * when, the total, then each question's answer (in words) and score. Every
 * question of the versions included has its columns, in quiz order, answered
 * or not. Streamed a page of attempts at a time, so memory stays flat
 * however many there are.
 */
export function quizResultsCsv(db: D1Database, quiz: Quiz, version?: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: PageRequest["after"];
  let questionIds: string[] | undefined;
  let read = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const page = await attemptsPage(db, quiz.id, { version, limit: ATTEMPTS_PER_PASS, ...(after ? { after } : {}) });
      const lines: (string | number | null)[][] = [];
      if (!questionIds) {
        questionIds = [];
        for (const v of [...page.versions.keys()].sort((a, b) => a - b)) {
          for (const q of page.versions.get(v)!.questions) if (!questionIds.includes(q.id)) questionIds.push(q.id);
        }
        lines.push(["Student", "Attempt", "Version", "Started", "Finished", "Score", "Max score", "Percent", ...questionIds.flatMap((id) => [`${id} answer`, `${id} score`])]);
      }
      for (const a of attemptViews(page)) {
        const percent = a.score !== null && a.maxScore ? Math.round((10_000 * a.score) / a.maxScore) / 100 : null;
        const byQuestion = new Map(a.responses.map((r) => [r.questionId, r]));
        lines.push([
          a.studentName, a.attemptId, a.version, a.startedAt, a.finishedAt, a.score, a.maxScore, percent,
          ...questionIds.flatMap((id) => {
            const r = byQuestion.get(id);
            return r ? [r.answer ?? JSON.stringify(r.response), r.score] : [null, null];
          }),
        ]);
      }
      if (lines.length) controller.enqueue(encoder.encode(`${read === 0 ? CSV_BOM : ""}${csvLines(lines)}`));
      read += page.attempts.length;
      const last = page.attempts[page.attempts.length - 1]?.attempt;
      if (!last || page.attempts.length < ATTEMPTS_PER_PASS || read >= MOST_ATTEMPTS_READ) controller.close();
      else after = { startedAt: last.started_at, id: last.id };
    },
  });
}

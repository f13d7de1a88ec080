import type { ResponseValue, ResultStatus } from "../score";
import type { QuizContent } from "../schemas/quiz";
import { parseContent } from "./rows";

export interface Marks {
  score: number;
  status: ResultStatus;
  rule: string;
}

/** One saved response to the question being regraded. */
export interface ResponseToRegrade extends Marks {
  attemptId: string;
  studentName: string;
  finished: boolean;
  response: ResponseValue;
  /** The response exactly as stored, so the update can check it is still the same answer. */
  stored: string;
}

export interface RegradeChange {
  attemptId: string;
  studentName: string;
  response: ResponseValue;
  finished: boolean;
  before: Marks;
  after: Marks;
}

export interface RegradeRecord {
  id: string;
  quizId: string;
  version: number;
  questionId: string;
  teacherId: string;
  answer: { text: string; weight: number; feedback?: string };
  checked: number;
  changes: RegradeChange[];
  createdAt: string;
}

interface RegradeRow {
  id: string;
  quiz_id: string;
  version: number;
  question_id: string;
  teacher_id: string;
  answer: string;
  checked: number;
  changes: string;
  created_at: string;
}

const toRecord = (r: RegradeRow): RegradeRecord => ({
  id: r.id,
  quizId: r.quiz_id,
  version: r.version,
  questionId: r.question_id,
  teacherId: r.teacher_id,
  answer: JSON.parse(r.answer) as RegradeRecord["answer"],
  checked: r.checked,
  changes: JSON.parse(r.changes) as RegradeChange[],
  createdAt: r.created_at,
});

/** One version's content (with its stored JSON, to detect a concurrent change) and every response to one of its questions, in one round trip. */
export async function loadForRegrade(db: D1Database, quizId: string, version: number, questionId: string): Promise<{ content: QuizContent; stored: string; responses: ResponseToRegrade[] } | null> {
  const [versions, responses] = await db.batch<{ content: string } | ({ student_name: string; finished_at: string | null; response: string; attempt_id: string } & Marks)>([
    db.prepare("SELECT content FROM quiz_versions WHERE quiz_id = ? AND version = ?").bind(quizId, version),
    db
      .prepare(
        `SELECT r.attempt_id, r.response, r.score, r.status, r.rule, a.student_name, a.finished_at
         FROM responses r JOIN attempts a ON a.id = r.attempt_id
         WHERE a.quiz_id = ? AND a.version = ? AND r.question_id = ? ORDER BY a.started_at, a.id`,
      )
      .bind(quizId, version, questionId),
  ]);
  const row = versions!.results[0] as { content: string } | undefined;
  if (!row) return null;
  const rows = responses!.results as ({ student_name: string; finished_at: string | null; response: string; attempt_id: string } & Marks)[];
  return {
    content: parseContent(row.content),
    stored: row.content,
    responses: rows.map((r) => ({
      attemptId: r.attempt_id,
      studentName: r.student_name,
      finished: r.finished_at !== null,
      response: JSON.parse(r.response) as ResponseValue,
      stored: r.response,
      score: r.score,
      status: r.status,
      rule: r.rule,
    })),
  };
}

/**
 * Writes a regrade in one transaction: the record, the version's new content
 * (only if the content is still what was read), each changed response (only if
 * it is still the answer that was regraded) and the totals of finished
 * attempts. Every write after the first is guarded by the record's existence,
 * so a lost race writes nothing. Returns false when the version had changed.
 */
export async function saveRegrade(db: D1Database, args: { record: RegradeRecord; before: string; content: QuizContent; responses: ResponseToRegrade[] }): Promise<boolean> {
  const { record, before, content, responses } = args;
  const guard = "EXISTS (SELECT 1 FROM regrades WHERE id = ?1)";
  const byAttempt = new Map(responses.map((r) => [r.attemptId, r]));
  const statements = [
    db
      .prepare(
        `INSERT INTO regrades (id, quiz_id, version, question_id, teacher_id, answer, checked, changes, created_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 WHERE EXISTS (SELECT 1 FROM quiz_versions WHERE quiz_id = ?2 AND version = ?3 AND content = ?10)`,
      )
      .bind(record.id, record.quizId, record.version, record.questionId, record.teacherId, JSON.stringify(record.answer), record.checked, JSON.stringify(record.changes), record.createdAt, before),
    db.prepare(`UPDATE quiz_versions SET content = ?2 WHERE quiz_id = ?3 AND version = ?4 AND ${guard}`).bind(record.id, JSON.stringify(content), record.quizId, record.version),
    ...record.changes.map((c) =>
      db
        .prepare(`UPDATE responses SET score = ?2, status = ?3, rule = ?4 WHERE attempt_id = ?5 AND question_id = ?6 AND response = ?7 AND ${guard}`)
        .bind(record.id, c.after.score, c.after.status, c.after.rule, c.attemptId, record.questionId, byAttempt.get(c.attemptId)!.stored),
    ),
    ...record.changes
      .filter((c) => c.finished)
      .map((c) =>
        db
          .prepare(`UPDATE attempts SET score = (SELECT ROUND(COALESCE(SUM(score), 0), 4) FROM responses WHERE attempt_id = ?2) WHERE id = ?2 AND finished_at IS NOT NULL AND ${guard}`)
          .bind(record.id, c.attemptId),
      ),
  ];
  const [inserted] = await db.batch(statements);
  return inserted!.meta.changes === 1;
}

export async function listRegrades(db: D1Database, quizId: string): Promise<RegradeRecord[]> {
  const { results } = await db.prepare("SELECT * FROM regrades WHERE quiz_id = ? ORDER BY created_at DESC, id").bind(quizId).all<RegradeRow>();
  return results.map(toRecord);
}

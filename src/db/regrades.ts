import type { ResponseValue, ResultStatus } from "../score";
import type { QuizContent } from "../schemas/quiz";
import { parseContent } from "./rows";

export interface Marks {
  score: number;
  status: ResultStatus;
  rule: string;
}

/** One saved response to a question being regraded. */
export interface ResponseToRegrade extends Marks {
  attemptId: string;
  questionId: string;
  studentName: string;
  finished: boolean;
  response: ResponseValue;
  /** Interactive behaviour: the try it was, so the regrade keeps its penalty. */
  tries: number;
}

export interface RegradeChange {
  attemptId: string;
  questionId: string;
  studentName: string;
  /** What the student answered, in words, cut to 200 characters: the record stays small for a large class. */
  answer: string;
  finished: boolean;
  before: Marks;
  after: Marks;
}

export type RegradeReason = "appeal" | "key-correction" | "rescore";

export interface RegradeRecord {
  id: string;
  quizId: string;
  version: number;
  teacherId: string;
  reason: RegradeReason;
  questionIds: string[];
  /** Appeals: the answer accepted. */
  answer?: { text: string; weight: number; feedback?: string };
  checked: number;
  changes: RegradeChange[];
  createdAt: string;
}

interface RegradeRow {
  id: string;
  quiz_id: string;
  version: number;
  teacher_id: string;
  reason: RegradeReason;
  question_ids: string;
  answer: string | null;
  checked: number;
  changes: string;
  created_at: string;
}

const toRecord = (r: RegradeRow): RegradeRecord => ({
  id: r.id,
  quizId: r.quiz_id,
  version: r.version,
  teacherId: r.teacher_id,
  reason: r.reason,
  questionIds: JSON.parse(r.question_ids) as string[],
  ...(r.answer ? { answer: JSON.parse(r.answer) as NonNullable<RegradeRecord["answer"]> } : {}),
  checked: r.checked,
  changes: JSON.parse(r.changes) as RegradeChange[],
  createdAt: r.created_at,
});

/** What a regrade read, so that its write can check nothing changed in between. */
export interface RegradeBasis {
  /** The version's content as stored: an edit of a draft in between must not be overwritten. */
  content: string;
  keyRevision: number;
  /** Every response to the questions, as "attempt/question@saved#tries", sorted: any save in between changes it. */
  responsesDigest: string;
}

type ResponseJoinRow = { student_name: string; finished_at: string | null; response: string; attempt_id: string; question_id: string; tries: number } & Marks;

/** The responses to these questions on the version, as one SQL condition (questions bound as a JSON list). */
const RESPONSES_TO = "FROM responses r JOIN attempts a ON a.id = r.attempt_id WHERE a.quiz_id = ?2 AND a.version = ?3 AND (?4 IS NULL OR r.question_id IN (SELECT value FROM json_each(?4)))";
/** SQL for the responses' digest (see RegradeBasis), read with the regrade and checked again as it is written. */
const DIGEST = `(SELECT COALESCE(group_concat(k, ','), '') FROM (SELECT r.attempt_id || '/' || r.question_id || '@' || r.saved_at || '#' || r.tries || ':' || length(r.response) AS k ${RESPONSES_TO} ORDER BY k))`;

/** One version's content and key revision, and every response to the given questions (null: all of them), in one round trip. */
export async function loadForRegrade(db: D1Database, quizId: string, version: number, questionIds: readonly string[] | null): Promise<{ content: QuizContent; basis: RegradeBasis; responses: ResponseToRegrade[] } | null> {
  const [versions, responses] = await db.batch<{ content: string; key_revision: number; digest: string } | ResponseJoinRow>([
    db.prepare(`SELECT content, key_revision, ${DIGEST} AS digest FROM quiz_versions WHERE quiz_id = ?2 AND version = ?3`).bind(null, quizId, version, questionIds ? JSON.stringify(questionIds) : null),
    db
      .prepare(`SELECT r.attempt_id, r.question_id, r.response, r.score, r.status, r.rule, r.tries, a.student_name, a.finished_at ${RESPONSES_TO} ORDER BY a.started_at, a.id, r.question_id`)
      .bind(null, quizId, version, questionIds ? JSON.stringify(questionIds) : null),
  ]);
  const row = versions!.results[0] as { content: string; key_revision: number; digest: string } | undefined;
  if (!row) return null;
  const rows = responses!.results as ResponseJoinRow[];
  return {
    content: parseContent(row.content),
    basis: { content: row.content, keyRevision: row.key_revision, responsesDigest: row.digest },
    responses: rows.map((r) => ({
      attemptId: r.attempt_id,
      questionId: r.question_id,
      studentName: r.student_name,
      finished: r.finished_at !== null,
      response: JSON.parse(r.response) as ResponseValue,
      tries: r.tries,
      score: r.score,
      status: r.status,
      rule: r.rule,
    })),
  };
}

/**
 * Writes a regrade in one transaction: the record, the version's new content
 * and key revision, each changed response, the totals of finished attempts and
 * the quiz's edit stamp (so an editor open on the old content cannot save over
 * the new answer). The record is written only if the key revision and the
 * responses to the question are what the regrade read; every other write is
 * guarded by the record's existence, so a lost race writes nothing. Returns
 * false when something had changed.
 */
export async function saveRegrade(
  db: D1Database,
  /** responses: each regraded response as stored, keyed "attemptId/questionId", so an update lands only on the answer that was scored. */
  args: { record: RegradeRecord; basis: RegradeBasis; content: QuizContent; responses: ReadonlyMap<string, ResponseValue> },
): Promise<boolean> {
  const { record, basis, content, responses } = args;
  const guard = "EXISTS (SELECT 1 FROM regrades WHERE id = ?1)";
  const statements = [
    db
      .prepare(
        `INSERT INTO regrades (id, quiz_id, version, teacher_id, reason, question_ids, answer, checked, changes, created_at)
         SELECT ?1, ?2, ?3, ?5, ?6, ?4, ?7, ?8, ?9, ?10
         WHERE EXISTS (SELECT 1 FROM quiz_versions WHERE quiz_id = ?2 AND version = ?3 AND key_revision = ?11 AND content = ?13)
           AND ${DIGEST} = ?12`,
      )
      .bind(
        record.id, record.quizId, record.version, JSON.stringify(record.questionIds), record.teacherId, record.reason,
        record.answer ? JSON.stringify(record.answer) : null, record.checked, JSON.stringify(record.changes), record.createdAt,
        basis.keyRevision, basis.responsesDigest, basis.content,
      ),
    db
      .prepare(`UPDATE quiz_versions SET content = ?2, key_revision = key_revision + 1 WHERE quiz_id = ?3 AND version = ?4 AND ${guard}`)
      .bind(record.id, JSON.stringify(content), record.quizId, record.version),
    db.prepare(`UPDATE quizzes SET updated_at = ?2 WHERE id = ?3 AND ${guard}`).bind(record.id, record.createdAt, record.quizId),
    ...record.changes.flatMap((c) => [
      db
        .prepare(`UPDATE responses SET score = ?2, status = ?3, rule = ?4 WHERE attempt_id = ?5 AND question_id = ?6 AND response = ?7 AND ${guard}`)
        .bind(record.id, c.after.score, c.after.status, c.after.rule, c.attemptId, c.questionId, JSON.stringify(responses.get(`${c.attemptId}/${c.questionId}`))),
      // Only a finished attempt has a total; the SQL checks that, not what was read.
      db
        .prepare(`UPDATE attempts SET score = (SELECT ROUND(COALESCE(SUM(score), 0), 4) FROM responses WHERE attempt_id = ?2) WHERE id = ?2 AND finished_at IS NOT NULL AND ${guard}`)
        .bind(record.id, c.attemptId),
    ]),
  ];
  const [inserted] = await db.batch(statements);
  return inserted!.meta.changes === 1;
}

export async function listRegrades(db: D1Database, quizId: string): Promise<RegradeRecord[]> {
  const { results } = await db.prepare("SELECT * FROM regrades WHERE quiz_id = ? ORDER BY created_at DESC, id").bind(quizId).all<RegradeRow>();
  return results.map(toRecord);
}

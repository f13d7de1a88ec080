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
  /** A later slice of a large regrade: the id of its first slice. */
  continues?: string;
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
  continues: string | null;
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
  ...(r.continues ? { continues: r.continues } : {}),
});

/** What a regrade read, so that its write can check nothing changed in between. */
export interface RegradeBasis {
  /** The version's content as stored: an edit of a draft in between must not be overwritten. */
  content: string;
  keyRevision: number;
  /** Every response of the slice to the questions, as "attempt/question@saved#tries", sorted: any save in between changes it. */
  responsesDigest: string;
  /** The slice: attempts with ids after `after` up to `last` (null: the version has no attempts there). */
  after: string;
  last: string | null;
}

type ResponseJoinRow = { student_name: string; finished_at: string | null; response: string; attempt_id: string; question_id: string; tries: number } & Marks;

/**
 * The responses to these questions (?4, a JSON list; null: all) on attempts of
 * the version whose ids are after ?5 and up to `upTo` (SQL): one slice.
 */
const responsesTo = (upTo: string) =>
  `FROM responses r JOIN attempts a ON a.id = r.attempt_id WHERE a.quiz_id = ?2 AND a.version = ?3 AND a.id > ?5 AND a.id <= ${upTo}
   AND (?4 IS NULL OR r.question_id IN (SELECT value FROM json_each(?4)))`;
/** SQL for the slice's digest (see RegradeBasis), read with the regrade and checked again as it is written. */
const digest = (upTo: string) =>
  `(SELECT COALESCE(group_concat(k, ','), '') FROM (SELECT r.attempt_id || '/' || r.question_id || '@' || r.saved_at || '#' || r.tries || ':' || length(r.response) AS k ${responsesTo(upTo)} ORDER BY k))`;
/** How many questions are regraded: those listed in ?4, else all of the version's. */
const QUESTIONS = "COALESCE(json_array_length(?4), (SELECT json_array_length(content, '$.questions') FROM quiz_versions WHERE quiz_id = ?2 AND version = ?3))";
/**
 * The last attempt id of the slice: the attempts after ?5, in id order
 * (migrations/0007 indexes it), as many as hold about ?6 responses to the
 * questions, and at least one.
 */
const SLICE_LAST = `(SELECT MAX(id) FROM (SELECT id FROM attempts WHERE quiz_id = ?2 AND version = ?3 AND id > ?5 ORDER BY id LIMIT CAST(MAX(1, COALESCE(?6 / NULLIF(${QUESTIONS}, 0), ?6)) AS INTEGER)))`;

export interface RegradeSlice {
  /** Attempts after this id ('' for the first slice). */
  after: string;
  /** About this many responses: as many attempts as hold them, at least one. */
  responses: number;
}

/**
 * One version's content and key revision, and every response to the given
 * questions (null: all of them) on one slice of its attempts, in one round
 * trip; `more` says whether attempts follow the slice.
 */
export async function loadForRegrade(
  db: D1Database,
  quizId: string,
  version: number,
  questionIds: readonly string[] | null,
  slice: RegradeSlice = { after: "", responses: 1_000_000 },
): Promise<{ content: QuizContent; basis: RegradeBasis; responses: ResponseToRegrade[]; more: boolean } | null> {
  const binds = [null, quizId, version, questionIds ? JSON.stringify(questionIds) : null, slice.after, slice.responses];
  const [versions, responses] = await db.batch<{ content: string; key_revision: number; digest: string; last: string | null; more: number } | ResponseJoinRow>([
    db
      .prepare(
        `SELECT content, key_revision, ${digest(SLICE_LAST)} AS digest, ${SLICE_LAST} AS last,
           EXISTS (SELECT 1 FROM attempts WHERE quiz_id = ?2 AND version = ?3 AND id > COALESCE(${SLICE_LAST}, ?5)) AS more
         FROM quiz_versions WHERE quiz_id = ?2 AND version = ?3`,
      )
      .bind(...binds),
    db
      .prepare(`SELECT r.attempt_id, r.question_id, r.response, r.score, r.status, r.rule, r.tries, a.student_name, a.finished_at ${responsesTo(SLICE_LAST)} ORDER BY a.id, r.question_id`)
      .bind(...binds),
  ]);
  const row = versions!.results[0] as { content: string; key_revision: number; digest: string; last: string | null; more: number } | undefined;
  if (!row) return null;
  const rows = responses!.results as ResponseJoinRow[];
  return {
    content: parseContent(row.content),
    basis: { content: row.content, keyRevision: row.key_revision, responsesDigest: row.digest, after: slice.after, last: row.last },
    more: row.more === 1,
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

/** The most characters of changed responses one statement binds: D1 caps a bound value at 2 MB. */
const CHANGES_PER_STATEMENT_CHARS = 500_000;

/** The changes as JSON lists of at most CHANGES_PER_STATEMENT_CHARS each, so a slice takes a few statements, not two per change. */
function changeLists(changes: readonly RegradeChange[], responses: ReadonlyMap<string, ResponseValue>): string[] {
  const lists: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const c of changes) {
    const item = JSON.stringify({ a: c.attemptId, q: c.questionId, r: JSON.stringify(responses.get(`${c.attemptId}/${c.questionId}`)), s: c.after.score, st: c.after.status, ru: c.after.rule });
    if (current.length && size + item.length > CHANGES_PER_STATEMENT_CHARS) {
      lists.push(`[${current.join(",")}]`);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.length + 1;
  }
  if (current.length) lists.push(`[${current.join(",")}]`);
  return lists;
}

/**
 * Writes one slice of a regrade in one transaction: the record, the version's
 * new content and key revision (the first slice only: `content` null leaves
 * them), each changed response, the totals of finished attempts and the quiz's
 * edit stamp (so an editor open on the old content cannot save over the new
 * answer). The record is written only if the key revision and the slice's
 * responses are what the regrade read; every other write is guarded by the
 * record's existence, so a lost race writes nothing. Returns false when
 * something had changed.
 */
export async function saveRegrade(
  db: D1Database,
  /** responses: each regraded response as stored, keyed "attemptId/questionId", so an update lands only on the answer that was scored. */
  args: { record: RegradeRecord; basis: RegradeBasis; content: QuizContent | null; responses: ReadonlyMap<string, ResponseValue> },
): Promise<boolean> {
  const { record, basis, content, responses } = args;
  const guard = "EXISTS (SELECT 1 FROM regrades WHERE id = ?1)";
  const statements = [
    db
      .prepare(
        `INSERT INTO regrades (id, quiz_id, version, teacher_id, reason, question_ids, answer, checked, changes, created_at, continues)
         SELECT ?1, ?2, ?3, ?7, ?8, ?4, ?9, ?10, ?11, ?12, ?15
         WHERE EXISTS (SELECT 1 FROM quiz_versions WHERE quiz_id = ?2 AND version = ?3 AND key_revision = ?13 AND content = ?14)
           AND ${digest("?6")} = ?16`,
      )
      .bind(
        record.id, record.quizId, record.version, JSON.stringify(record.questionIds), basis.after, basis.last ?? "",
        record.teacherId, record.reason, record.answer ? JSON.stringify(record.answer) : null, record.checked, JSON.stringify(record.changes), record.createdAt,
        basis.keyRevision, basis.content, record.continues ?? null, basis.responsesDigest,
      ),
    ...(content
      ? [
          db
            .prepare(`UPDATE quiz_versions SET content = ?2, key_revision = key_revision + 1 WHERE quiz_id = ?3 AND version = ?4 AND ${guard}`)
            .bind(record.id, JSON.stringify(content), record.quizId, record.version),
        ]
      : []),
    db.prepare(`UPDATE quizzes SET updated_at = ?2 WHERE id = ?3 AND ${guard}`).bind(record.id, record.createdAt, record.quizId),
    ...changeLists(record.changes, responses).flatMap((list) => [
      db
        .prepare(
          `UPDATE responses SET score = json_extract(c.value, '$.s'), status = json_extract(c.value, '$.st'), rule = json_extract(c.value, '$.ru')
           FROM json_each(?2) AS c
           WHERE responses.attempt_id = json_extract(c.value, '$.a') AND responses.question_id = json_extract(c.value, '$.q')
             AND responses.response = json_extract(c.value, '$.r') AND ${guard}`,
        )
        .bind(record.id, list),
      // Only a finished attempt has a total; the SQL checks that, not what was read.
      db
        .prepare(
          `UPDATE attempts SET score = (SELECT ROUND(COALESCE(SUM(score), 0), 4) FROM responses WHERE attempt_id = attempts.id)
           WHERE id IN (SELECT json_extract(value, '$.a') FROM json_each(?2)) AND finished_at IS NOT NULL AND ${guard}`,
        )
        .bind(record.id, list),
    ]),
  ];
  const [inserted] = await db.batch(statements);
  return inserted!.meta.changes === 1;
}

/** What one attempt answered to a question of the version, as stored; null if it did not. */
export async function findResponse(db: D1Database, where: { quizId: string; version: number; attemptId: string; questionId: string }): Promise<ResponseValue | null> {
  const row = await db
    .prepare("SELECT r.response FROM responses r JOIN attempts a ON a.id = r.attempt_id WHERE a.id = ? AND a.quiz_id = ? AND a.version = ? AND r.question_id = ?")
    .bind(where.attemptId, where.quizId, where.version, where.questionId)
    .first<string>("response");
  return row === null ? null : (JSON.parse(row) as ResponseValue);
}

export async function listRegrades(db: D1Database, quizId: string): Promise<RegradeRecord[]> {
  const { results } = await db.prepare("SELECT * FROM regrades WHERE quiz_id = ? ORDER BY created_at DESC, id").bind(quizId).all<RegradeRow>();
  return results.map(toRecord);
}

/** The first slice of a regrade, which a later slice continues. */
export async function findRegrade(db: D1Database, quizId: string, id: string): Promise<RegradeRecord | null> {
  const row = await db.prepare("SELECT * FROM regrades WHERE id = ? AND quiz_id = ?").bind(id, quizId).first<RegradeRow>();
  return row ? toRecord(row) : null;
}

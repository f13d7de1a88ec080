import type { ResponseValue, ResultStatus } from "../score";
import type { QuizContent } from "../schemas/quiz";
import { parseContent } from "./rows";

export interface AttemptRow {
  id: string;
  quiz_id: string;
  version: number;
  student_name: string;
  name_key: string;
  token_hash: string;
  shuffle_seed: number;
  started_at: string;
  deadline_at: string | null;
  finished_at: string | null;
  score: number | null;
  max_score: number | null;
}

export interface SavedResponse {
  questionId: string;
  response: ResponseValue;
  score: number;
  status: ResultStatus;
  rule: string;
  savedAt: string;
  /** Interactive behaviour: which try this response is (1 otherwise). */
  tries: number;
}

interface ResponseRow {
  attempt_id: string;
  question_id: string;
  response: string;
  score: number;
  status: ResultStatus;
  rule: string;
  saved_at: string;
  tries: number;
}

const toSaved = (r: ResponseRow): SavedResponse => ({
  questionId: r.question_id,
  response: JSON.parse(r.response) as ResponseValue,
  score: r.score,
  status: r.status,
  rule: r.rule,
  savedAt: r.saved_at,
  tries: r.tries,
});

export interface NewAttempt {
  id: string;
  quizId: string;
  version: number;
  studentName: string;
  nameKey: string;
  tokenHash: string;
  seed: number;
  startedAt: string;
  deadlineAt: string | null;
  attemptsAllowed: number;
}

export function newAttemptRow(a: NewAttempt): AttemptRow {
  return {
    id: a.id,
    quiz_id: a.quizId,
    version: a.version,
    student_name: a.studentName,
    name_key: a.nameKey,
    token_hash: a.tokenHash,
    shuffle_seed: a.seed,
    started_at: a.startedAt,
    deadline_at: a.deadlineAt,
    finished_at: null,
    score: null,
    max_score: null,
  };
}

/**
 * Inserts the attempt only while the student is under the quiz's attempt
 * limit; checked inside the one statement so two simultaneous starts cannot
 * both slip through. `before` runs in the same transaction (bundled quiz rows).
 */
export async function insertAttempt(db: D1Database, a: NewAttempt, before: D1PreparedStatement[] = []): Promise<boolean> {
  const insert = db
    .prepare(
      `INSERT INTO attempts (id, quiz_id, version, student_name, name_key, token_hash, shuffle_seed, started_at, deadline_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
       WHERE ?10 = 0 OR (SELECT COUNT(*) FROM attempts WHERE quiz_id = ?2 AND name_key = ?5) < ?10`,
    )
    .bind(a.id, a.quizId, a.version, a.studentName, a.nameKey, a.tokenHash, a.seed, a.startedAt, a.deadlineAt, a.attemptsAllowed);
  const results = await db.batch([...before, insert]);
  return results[results.length - 1]!.meta.changes === 1;
}

export interface AttemptState {
  attempt: AttemptRow;
  content: QuizContent;
  /** The version's key revision, bumped by each regrade: a save scored against an older key is refused. */
  keyRevision: number;
  responses: SavedResponse[];
}

type AttemptWithVersion = AttemptRow & { content: string; key_revision: number };

/** The attempt joined with its pinned version; the caller adds the WHERE clause. */
const ATTEMPT_WITH_VERSION = "SELECT a.*, v.content, v.key_revision FROM attempts a JOIN quiz_versions v ON v.quiz_id = a.quiz_id AND v.version = a.version";

/** The state read back from a batch's attempt and responses results (null: no such attempt). */
function toState(attempts: D1Result<unknown>, responses: D1Result<unknown>): AttemptState | null {
  const row = attempts.results[0] as AttemptWithVersion | undefined;
  if (!row) return null;
  const { content, key_revision, ...attempt } = row;
  return { attempt, content: parseContent(content), keyRevision: key_revision, responses: (responses.results as ResponseRow[]).map(toSaved) };
}

/** The attempt, its pinned version's content and its saved responses, in one round trip. */
export async function loadAttempt(db: D1Database, id: string): Promise<AttemptState | null> {
  const [attempts, responses] = await db.batch<AttemptWithVersion | ResponseRow>([
    db.prepare(`${ATTEMPT_WITH_VERSION} WHERE a.id = ?`).bind(id),
    db.prepare("SELECT * FROM responses WHERE attempt_id = ? ORDER BY question_id").bind(id),
  ]);
  return toState(attempts!, responses!);
}

export interface ResponseWrite {
  attemptId: string;
  questionId: string;
  response: ResponseValue;
  score: number;
  status: ResultStatus;
  rule: string;
  now: string;
  /** Answers are accepted while deadline_at >= this (now less the grace the service allows). */
  deadlineCutoff: string;
  /** Immediate feedback checks each answer once: an answered question is locked. */
  lockAnswered: boolean;
  /** Interactive behaviour: the try this is, and the try it replaces (0: none may exist yet); null when tries are not counted. */
  tries: number;
  previousTries: number | null;
  /** The key revision the response was scored against; the save is refused if a regrade has moved it on. */
  keyRevision: number;
  /** When the token has not been checked against the attempt yet (the one-round-trip save), its hash, checked in the statement. */
  tokenHash?: string;
}

/** SQL: the attempt is unfinished and its deadline is at or after the cutoff bound to `cutoff`. */
const openAt = (cutoff: string) => `finished_at IS NULL AND (deadline_at IS NULL OR deadline_at >= ${cutoff})`;

/**
 * Saves or replaces one response, only while the attempt is open and within
 * its time limit (checked in SQL, so a late or racing write cannot land).
 * Returns false when nothing was written.
 */
export async function saveResponse(db: D1Database, w: ResponseWrite): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO responses (attempt_id, question_id, response, score, status, rule, saved_at, tries)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?11 FROM attempts WHERE id = ?1 AND (?13 IS NULL OR token_hash = ?13) AND ${openAt("?8")}
         AND (SELECT v.key_revision FROM quiz_versions v WHERE v.quiz_id = attempts.quiz_id AND v.version = attempts.version) = ?10
       ON CONFLICT(attempt_id, question_id) DO UPDATE SET
         response = excluded.response, score = excluded.score, status = excluded.status, rule = excluded.rule, saved_at = excluded.saved_at, tries = excluded.tries
       WHERE ?9 = 0 AND (?12 IS NULL OR responses.tries = ?12)`,
    )
    .bind(w.attemptId, w.questionId, JSON.stringify(w.response), w.score, w.status, w.rule, w.now, w.deadlineCutoff, w.lockAnswered ? 1 : 0, w.keyRevision, w.tries, w.previousTries, w.tokenHash ?? null)
    .run();
  return result.meta.changes === 1;
}

/** Clears one response while the attempt is open. Returns false when the attempt was closed or out of time. */
export async function clearResponse(db: D1Database, args: { attemptId: string; questionId: string; deadlineCutoff: string }): Promise<boolean> {
  const [open] = await db.batch<{ open: number }>([
    db.prepare(`SELECT COUNT(*) AS open FROM attempts WHERE id = ? AND ${openAt("?")}`).bind(args.attemptId, args.deadlineCutoff),
    db
      .prepare(`DELETE FROM responses WHERE attempt_id = ?1 AND question_id = ?2 AND EXISTS (SELECT 1 FROM attempts WHERE id = ?1 AND ${openAt("?3")})`)
      .bind(args.attemptId, args.questionId, args.deadlineCutoff),
  ]);
  return open!.results[0]!.open === 1;
}

/**
 * Finishes an attempt for its token's holder in one round trip: closes it
 * (once: a second finish changes nothing) with its total and maximum worked
 * out in SQL, and reads back the attempt, its version and its responses. The
 * token's hash is checked in every statement, so a wrong token finishes and
 * reads nothing (null, the same as a missing attempt).
 */
export async function finishWithToken(db: D1Database, args: { attemptId: string; tokenHash: string; now: string }): Promise<AttemptState | null> {
  const [, attempts, responses] = await db.batch<AttemptWithVersion | ResponseRow>([
    db
      .prepare(
        `UPDATE attempts SET finished_at = ?3,
           score = (SELECT ROUND(COALESCE(SUM(score), 0), 4) FROM responses WHERE attempt_id = ?1),
           max_score = (SELECT ROUND(SUM(COALESCE(json_extract(q.value, '$.points'), 1)), 4)
                        FROM quiz_versions v, json_each(v.content, '$.questions') q
                        WHERE v.quiz_id = attempts.quiz_id AND v.version = attempts.version)
         WHERE id = ?1 AND token_hash = ?2 AND finished_at IS NULL`,
      )
      .bind(args.attemptId, args.tokenHash, args.now),
    db.prepare(`${ATTEMPT_WITH_VERSION} WHERE a.id = ?1 AND a.token_hash = ?2`).bind(args.attemptId, args.tokenHash),
    db
      .prepare("SELECT * FROM responses WHERE attempt_id = ?1 AND EXISTS (SELECT 1 FROM attempts WHERE id = ?1 AND token_hash = ?2) ORDER BY question_id")
      .bind(args.attemptId, args.tokenHash),
  ]);
  return toState(attempts!, responses!);
}

/** What results and statistics need of every attempt, without its responses. */
export type AttemptSummary = Pick<AttemptRow, "id" | "student_name" | "version" | "score" | "max_score" | "started_at" | "finished_at">;

/** The most attempts one results or statistics request reads (a school year of a big class, many times over). */
export const MOST_ATTEMPTS_READ = 50_000;
/** Attempts per page of results, and per pass of statistics: their responses fit in memory many times over. */
export const ATTEMPTS_PER_PASS = 500;

export interface AttemptsPage {
  attempts: { attempt: AttemptRow; responses: SavedResponse[] }[];
  /** Every attempt's summary (the first page only: grades need them all). */
  summaries?: AttemptSummary[];
  /** The content of every version of the quiz (or the one asked for). */
  versions: Map<number, QuizContent>;
}

export interface PageRequest {
  version?: number;
  /** The last attempt of the previous page; absent for the first. */
  after?: { startedAt: string; id: string };
  limit: number;
}

// Attempts of a quiz (one version when ?2 is not null), in the order results list them, after a cursor (?3, ?4).
const PAGE_OF_ATTEMPTS = `FROM attempts WHERE quiz_id = ?1 AND (?2 IS NULL OR version = ?2) AND (started_at, id) > (?3, ?4) ORDER BY started_at, id LIMIT ?5`;
const SUMMARIES = `SELECT id, student_name, version, score, max_score, started_at, finished_at FROM attempts WHERE quiz_id = ?1 AND (?2 IS NULL OR version = ?2) ORDER BY started_at, id LIMIT ${MOST_ATTEMPTS_READ}`;

/** One page of a quiz's attempts with their responses, the versions they pinned, and on the first page every attempt's summary: one batch. */
export async function attemptsPage(db: D1Database, quizId: string, page: PageRequest): Promise<AttemptsPage> {
  const binds = [quizId, page.version ?? null, page.after?.startedAt ?? "", page.after?.id ?? "", page.limit];
  const statements = [
    db.prepare(`SELECT * ${PAGE_OF_ATTEMPTS}`).bind(...binds),
    db.prepare(`SELECT * FROM responses WHERE attempt_id IN (SELECT id ${PAGE_OF_ATTEMPTS})`).bind(...binds),
    db.prepare("SELECT version, content FROM quiz_versions WHERE quiz_id = ?1 AND (?2 IS NULL OR version = ?2)").bind(quizId, page.version ?? null),
    ...(page.after ? [] : [db.prepare(SUMMARIES).bind(quizId, page.version ?? null)]),
  ];
  const [attempts, responses, versions, summaries] = await db.batch<AttemptRow | ResponseRow | { version: number; content: string } | AttemptSummary>(statements);
  const byAttempt = groupByAttempt(responses!.results as ResponseRow[]);
  return {
    attempts: (attempts!.results as AttemptRow[]).map((attempt) => ({ attempt, responses: byAttempt.get(attempt.id) ?? [] })),
    ...(summaries ? { summaries: summaries.results as AttemptSummary[] } : {}),
    versions: new Map((versions!.results as { version: number; content: string }[]).map((v) => [v.version, parseContent(v.content)])),
  };
}

/** Every attempt's summary on one version, with that version's content, for statistics: one batch. */
export async function versionSummaries(db: D1Database, quizId: string, version: number): Promise<{ summaries: AttemptSummary[]; content: QuizContent | null }> {
  const [summaries, versions] = await db.batch<AttemptSummary | { content: string }>([
    db.prepare(SUMMARIES).bind(quizId, version),
    db.prepare("SELECT content FROM quiz_versions WHERE quiz_id = ?1 AND version = ?2").bind(quizId, version),
  ]);
  const row = versions!.results[0] as { content: string } | undefined;
  return { summaries: summaries!.results as AttemptSummary[], content: row ? parseContent(row.content) : null };
}

/** The responses of these attempts (at most ATTEMPTS_PER_PASS), by attempt: one statement, the ids bound as one JSON list. */
export async function responsesOf(db: D1Database, attemptIds: readonly string[]): Promise<Map<string, SavedResponse[]>> {
  const { results } = await db.prepare("SELECT * FROM responses WHERE attempt_id IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(attemptIds)).all<ResponseRow>();
  return groupByAttempt(results);
}

function groupByAttempt(rows: readonly ResponseRow[]): Map<string, SavedResponse[]> {
  const byAttempt = new Map<string, SavedResponse[]>();
  for (const r of rows) {
    const list = byAttempt.get(r.attempt_id);
    if (list) list.push(toSaved(r));
    else byAttempt.set(r.attempt_id, [toSaved(r)]);
  }
  return byAttempt;
}

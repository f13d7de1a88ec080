import type { QuizContent } from "../schemas/quiz";
import { type Quiz, type QuizRow, parseContent, toQuiz } from "./rows";

export interface QuizWithContent {
  quiz: Quiz;
  version: number;
  content: QuizContent;
  /** Bumped by each regrade of this version's key. */
  keyRevision: number;
}

const insertVersion = (db: D1Database, quizId: string, version: number, content: QuizContent, now: string) =>
  db
    .prepare("INSERT INTO quiz_versions (quiz_id, version, content, question_count, created_at) VALUES (?, ?, ?, ?, ?)")
    .bind(quizId, version, JSON.stringify(content), content.questions.length, now);

/** A new draft quiz and its first version, in one transaction. */
export async function insertQuiz(db: D1Database, args: { id: string; ownerId: string; content: QuizContent; now: string }): Promise<void> {
  const { id, ownerId, content, now } = args;
  await db.batch([
    db
      .prepare("INSERT INTO quizzes (id, owner_id, title, current_version, published_version, bundled, created_at, updated_at) VALUES (?, ?, ?, 1, NULL, 0, ?, ?)")
      .bind(id, ownerId, content.title, now, now),
    insertVersion(db, id, 1, content, now),
  ]);
}

/** Statements that make sure a bundled quiz's version exists, for a batch that then pins it. */
export function ensureBundledStatements(db: D1Database, id: string, version: number, content: QuizContent, now: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO quizzes (id, owner_id, title, current_version, published_version, bundled, created_at, updated_at)
         VALUES (?1, NULL, ?2, ?3, ?3, 1, ?4, ?4)
         ON CONFLICT(id) DO UPDATE SET title = excluded.title, current_version = excluded.current_version,
           published_version = excluded.published_version, updated_at = excluded.updated_at
         WHERE excluded.current_version > quizzes.current_version`,
      )
      .bind(id, content.title, version, now),
    db
      .prepare("INSERT OR IGNORE INTO quiz_versions (quiz_id, version, content, question_count, created_at) VALUES (?, ?, ?, ?, ?)")
      .bind(id, version, JSON.stringify(content), content.questions.length, now),
  ];
}

/** The quiz with one version's content, in one query. */
export async function findQuizVersion(db: D1Database, id: string, which: "current" | "published"): Promise<QuizWithContent | null> {
  const column = which === "current" ? "q.current_version" : "q.published_version";
  const row = await db
    .prepare(`SELECT q.*, v.version AS v_version, v.content AS v_content, v.key_revision AS v_key_revision FROM quizzes q JOIN quiz_versions v ON v.quiz_id = q.id AND v.version = ${column} WHERE q.id = ? AND q.deleted_at IS NULL`)
    .bind(id)
    .first<QuizRow & { v_version: number; v_content: string; v_key_revision: number }>();
  return row ? { quiz: toQuiz(row), version: row.v_version, content: parseContent(row.v_content), keyRevision: row.v_key_revision } : null;
}

export interface QuizSummaryRow {
  id: string;
  title: string;
  version: number;
  question_count: number;
  updated_at: string;
}

export async function listPublishedQuizzes(db: D1Database): Promise<QuizSummaryRow[]> {
  const { results } = await db
    .prepare(
      `SELECT q.id, json_extract(v.content, '$.title') AS title, q.published_version AS version, v.question_count, q.updated_at FROM quizzes q
       JOIN quiz_versions v ON v.quiz_id = q.id AND v.version = q.published_version
       WHERE q.published_version IS NOT NULL AND q.deleted_at IS NULL AND q.bundled = 0 ORDER BY q.updated_at DESC LIMIT 500`,
    )
    .all<QuizSummaryRow>();
  return results;
}

export async function listOwnedQuizzes(db: D1Database, ownerId: string): Promise<(QuizRow & { question_count: number })[]> {
  const { results } = await db
    .prepare(
      `SELECT q.*, v.question_count FROM quizzes q JOIN quiz_versions v ON v.quiz_id = q.id AND v.version = q.current_version
       WHERE q.owner_id = ? AND q.deleted_at IS NULL ORDER BY q.updated_at DESC LIMIT 1000`,
    )
    .bind(ownerId)
    .all<QuizRow & { question_count: number }>();
  return results;
}

/**
 * Replaces the content of an unpublished draft in place, or, when the newest
 * version is published, adds a new draft version. Returns the new current
 * version, or null when someone else changed the quiz since the caller read it.
 */
export async function saveQuizContent(db: D1Database, quiz: Quiz, content: QuizContent, now: string): Promise<number | null> {
  const editInPlace = quiz.publishedVersion === null || quiz.publishedVersion < quiz.currentVersion;
  const version = editInPlace ? quiz.currentVersion : quiz.currentVersion + 1;
  const json = JSON.stringify(content);
  // The write checks the state the caller read, in SQL: a published version is never edited in place.
  // updated_at catches two edits of one draft: editing in place changes no version number.
  const stillAsRead = "current_version = ?2 AND updated_at = ?7 AND deleted_at IS NULL AND (published_version IS NULL OR published_version < current_version) = ?3";
  const unchanged = `EXISTS (SELECT 1 FROM quizzes WHERE id = ?1 AND ${stillAsRead})`;
  const write = editInPlace
    ? db.prepare(`UPDATE quiz_versions SET content = ?4, question_count = ?5, created_at = ?6 WHERE quiz_id = ?1 AND version = ?2 AND ${unchanged}`)
    : db.prepare(`INSERT INTO quiz_versions (quiz_id, version, content, question_count, created_at) SELECT ?1, ?2 + 1, ?4, ?5, ?6 WHERE ${unchanged}`);
  const bump = db
    .prepare(`UPDATE quizzes SET title = ?4, current_version = ?5, updated_at = ?6 WHERE id = ?1 AND ${stillAsRead}`)
    .bind(quiz.id, quiz.currentVersion, editInPlace ? 1 : 0, content.title, version, now, quiz.updatedAt);
  const [written] = await db.batch([write.bind(quiz.id, quiz.currentVersion, editInPlace ? 1 : 0, json, content.questions.length, now, quiz.updatedAt), bump]);
  return written!.meta.changes === 1 ? version : null;
}

/** Publishes the newest version as it is in the database now; null when the quiz is gone. */
export async function publishQuiz(db: D1Database, id: string, now: string): Promise<Quiz | null> {
  const row = await db
    .prepare("UPDATE quizzes SET published_version = current_version, updated_at = ? WHERE id = ? AND deleted_at IS NULL RETURNING *")
    .bind(now, id)
    .first<QuizRow>();
  return row ? toQuiz(row) : null;
}

export async function deleteQuiz(db: D1Database, id: string, now: string): Promise<void> {
  // Soft delete: students' attempts and results stay for the record.
  await db.prepare("UPDATE quizzes SET deleted_at = ? WHERE id = ?").bind(now, id).run();
}

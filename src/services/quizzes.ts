import { findBundledQuiz, bundledQuizzes } from "../content/bundled";
import * as db from "../db/quizzes";
import { type Quiz, toQuiz } from "../db/rows";
import type { Teacher } from "../db/teachers";
import { ApiError, notFound } from "../http/errors";
import { randomId } from "../http/secrets";
import { keyExposureWarnings } from "../quiz/key-exposure";
import { plainContent } from "../quiz/plain-text";
import { studentSettings, toStudentQuestion } from "../quiz/student-view";
import type { QuizContent } from "../schemas/quiz";

/** A quiz version students can take: bundled (from questions/) or published in D1. */
export interface PlayableQuiz {
  id: string;
  version: number;
  content: QuizContent;
  bundled: boolean;
  contentHash?: string;
  /** Bumped by each regrade of the version's key (bundled quizzes are never regraded). */
  keyRevision: number;
}

export const isBundled = (id: string) => findBundledQuiz(id) !== undefined;

export async function findPlayableQuiz(database: D1Database, id: string): Promise<PlayableQuiz> {
  const bundled = findBundledQuiz(id);
  if (bundled) return { ...bundled, bundled: true, keyRevision: 0 };
  const found = await db.findQuizVersion(database, id, "published");
  if (!found) throw notFound(`Quiz '${id}'`);
  return { id, version: found.version, content: found.content, bundled: false, keyRevision: found.keyRevision };
}

export function studentQuizView(quiz: PlayableQuiz) {
  const { title, article, settings, questions } = quiz.content;
  return {
    id: quiz.id,
    title,
    version: quiz.version,
    ...(article ? { article } : {}),
    settings: studentSettings(settings),
    questions: questions.map((q) => toStudentQuestion(q, 0, settings.shuffleOptions)),
  };
}

export function studentViewEtag(quiz: PlayableQuiz): string {
  return `"${quiz.id}.v${quiz.version}${quiz.contentHash ? `.${quiz.contentHash}` : ""}"`;
}

export async function listQuizzes(database: D1Database) {
  const bundled = [...bundledQuizzes().values()].map((q) => ({
    id: q.id,
    title: q.content.title,
    version: q.version,
    questionCount: q.content.questions.length,
    bundled: true,
  }));
  const published = (await db.listPublishedQuizzes(database)).map((q) => ({
    id: q.id,
    title: q.title,
    version: q.version,
    questionCount: q.question_count,
    bundled: false,
    updatedAt: q.updated_at,
  }));
  return [...bundled, ...published];
}

/** The owner's full view (keys and drafts) when this teacher owns the quiz, else null. */
export async function ownerViewIfOwned(database: D1Database, id: string, teacher: Teacher) {
  if (findBundledQuiz(id)) return null;
  const found = await db.findQuizVersion(database, id, "current");
  return found && found.quiz.ownerId === teacher.id ? ownerView(found.quiz, found.content) : null;
}

/** The quiz and its newest content if this teacher owns it; someone else's quiz is "not found" unless students can already see it. */
export async function findOwnedQuiz(database: D1Database, id: string, teacher: Teacher): Promise<db.QuizWithContent> {
  if (findBundledQuiz(id)) throw new ApiError("forbidden", `Quiz '${id}' is bundled with the app and read-only; import or create your own copy to change it.`);
  const found = await db.findQuizVersion(database, id, "current");
  if (!found || (found.quiz.ownerId !== teacher.id && found.quiz.publishedVersion === null)) throw notFound(`Quiz '${id}'`);
  if (found.quiz.ownerId !== teacher.id) throw new ApiError("forbidden", `Quiz '${id}' belongs to another teacher.`);
  return found;
}

export function ownerSummary(quiz: Quiz, questionCount: number) {
  return {
    id: quiz.id,
    title: quiz.title,
    currentVersion: quiz.currentVersion,
    publishedVersion: quiz.publishedVersion,
    status: quiz.publishedVersion === null ? "draft" : quiz.publishedVersion === quiz.currentVersion ? "published" : "published_with_draft",
    questionCount,
    createdAt: quiz.createdAt,
    updatedAt: quiz.updatedAt,
  };
}

export const ownerView = (quiz: Quiz, content: QuizContent) => ({ ...ownerSummary(quiz, content.questions.length), ...content });

export async function listOwnQuizzes(database: D1Database, teacher: Teacher) {
  return (await db.listOwnedQuizzes(database, teacher.id)).map((row) => ownerSummary(toQuiz(row), row.question_count));
}

export async function createQuiz(database: D1Database, teacher: Teacher, written: QuizContent) {
  const content = plainContent(written);
  const id = randomId("qz");
  const now = new Date().toISOString();
  await db.insertQuiz(database, { id, ownerId: teacher.id, content, now });
  return ownerView({ id, ownerId: teacher.id, title: content.title, currentVersion: 1, publishedVersion: null, bundled: false, createdAt: now, updatedAt: now }, content);
}

export async function updateQuiz(database: D1Database, quiz: Quiz, written: QuizContent) {
  const content = plainContent(written);
  const now = new Date().toISOString();
  const version = await db.saveQuizContent(database, quiz, content, now);
  if (version === null) throw new ApiError("conflict", `Quiz '${quiz.id}' was changed by another request at the same time; reload it and apply your edit again.`);
  return ownerView({ ...quiz, title: content.title, currentVersion: version, updatedAt: now }, content);
}

export async function publishQuiz(database: D1Database, { quiz, content }: db.QuizWithContent) {
  const published = await db.publishQuiz(database, quiz.id, new Date().toISOString());
  if (!published) throw notFound(`Quiz '${quiz.id}'`);
  const warnings = keyExposureWarnings(content.settings);
  return { ...ownerSummary(published, content.questions.length), ...(warnings.length ? { warnings } : {}) };
}

export async function deleteQuiz(database: D1Database, quiz: Quiz) {
  await db.deleteQuiz(database, quiz.id, new Date().toISOString());
}

import { findBundledQuiz, bundledQuizzes } from "../content/bundled";
import * as db from "../db/quizzes";
import type { Quiz } from "../db/rows";
import type { Teacher } from "../db/teachers";
import { ApiError, notFound } from "../http/errors";
import { randomId } from "../http/secrets";
import { toStudentQuestion } from "../quiz/student-view";
import type { QuizContent } from "../schemas/quiz";

/** A quiz version students can take: bundled (from questions/) or published in D1. */
export interface PlayableQuiz {
  id: string;
  version: number;
  content: QuizContent;
  bundled: boolean;
  contentHash?: string;
}

export async function findPlayableQuiz(database: D1Database, id: string): Promise<PlayableQuiz> {
  const bundled = findBundledQuiz(id);
  if (bundled) return { ...bundled, bundled: true };
  const found = await db.findQuizVersion(database, id, "published");
  if (!found) throw notFound(`Quiz '${id}'`);
  return { id, version: found.version, content: found.content, bundled: false };
}

export function studentQuizView(quiz: PlayableQuiz) {
  const { title, article, settings, questions } = quiz.content;
  return {
    id: quiz.id,
    title,
    version: quiz.version,
    ...(article ? { article } : {}),
    settings,
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

/** The quiz when this teacher owns it, else null (for views shared with students). */
export async function findQuizOwnedBy(database: D1Database, id: string, teacher: Teacher): Promise<Quiz | null> {
  if (findBundledQuiz(id)) return null;
  const quiz = await db.findQuiz(database, id);
  return quiz?.ownerId === teacher.id ? quiz : null;
}

/** The quiz if this teacher owns it; someone else's quiz is "not found" unless students can already see it. */
export async function findOwnedQuiz(database: D1Database, id: string, teacher: Teacher): Promise<Quiz> {
  if (findBundledQuiz(id)) throw new ApiError("forbidden", `Quiz '${id}' is bundled with the app and read-only; import or create your own copy to change it.`);
  const quiz = await db.findQuiz(database, id);
  if (!quiz || (quiz.ownerId !== teacher.id && quiz.publishedVersion === null)) throw notFound(`Quiz '${id}'`);
  if (quiz.ownerId !== teacher.id) throw new ApiError("forbidden", `Quiz '${id}' belongs to another teacher.`);
  return quiz;
}

export function ownerSummary(quiz: Quiz, questionCount?: number) {
  return {
    id: quiz.id,
    title: quiz.title,
    currentVersion: quiz.currentVersion,
    publishedVersion: quiz.publishedVersion,
    status: quiz.publishedVersion === null ? "draft" : quiz.publishedVersion === quiz.currentVersion ? "published" : "published_with_draft",
    ...(questionCount === undefined ? {} : { questionCount }),
    createdAt: quiz.createdAt,
    updatedAt: quiz.updatedAt,
  };
}

export async function ownerQuizView(database: D1Database, quiz: Quiz) {
  const content = await db.findVersionContent(database, quiz.id, quiz.currentVersion);
  if (!content) throw notFound(`Quiz '${quiz.id}'`);
  return { ...ownerSummary(quiz, content.questions.length), ...content };
}

export async function createQuiz(database: D1Database, teacher: Teacher, content: QuizContent) {
  const id = randomId("qz");
  const now = new Date().toISOString();
  await db.insertQuiz(database, { id, ownerId: teacher.id, content, now });
  const quiz: Quiz = { id, ownerId: teacher.id, title: content.title, currentVersion: 1, publishedVersion: null, bundled: false, createdAt: now, updatedAt: now };
  return { ...ownerSummary(quiz, content.questions.length), ...content };
}

export async function updateQuiz(database: D1Database, quiz: Quiz, content: QuizContent) {
  const version = await db.saveQuizContent(database, quiz, content, new Date().toISOString());
  if (version === null) throw new ApiError("conflict", `Quiz '${quiz.id}' was changed by another request at the same time; reload it and apply your edit again.`);
  const updated = await db.findQuiz(database, quiz.id);
  return { ...ownerSummary(updated!, content.questions.length), ...content };
}

export async function publishQuiz(database: D1Database, quiz: Quiz) {
  await db.publishQuiz(database, quiz.id, new Date().toISOString());
  return ownerSummary((await db.findQuiz(database, quiz.id))!);
}

export async function deleteQuiz(database: D1Database, quiz: Quiz) {
  await db.deleteQuiz(database, quiz.id, new Date().toISOString());
}

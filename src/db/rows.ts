import type { QuizContent } from "../schemas/quiz";

export interface QuizRow {
  id: string;
  owner_id: string | null;
  title: string;
  current_version: number;
  published_version: number | null;
  bundled: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface Quiz {
  id: string;
  ownerId: string | null;
  title: string;
  currentVersion: number;
  publishedVersion: number | null;
  bundled: boolean;
  createdAt: string;
  updatedAt: string;
}

export function toQuiz(row: QuizRow): Quiz {
  return {
    id: row.id,
    ownerId: row.owner_id,
    title: row.title,
    currentVersion: row.current_version,
    publishedVersion: row.published_version,
    bundled: row.bundled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Version content was validated on the way in; reading it back trusts the database. */
export function parseContent(json: string): QuizContent {
  return JSON.parse(json) as QuizContent;
}

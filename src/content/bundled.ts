import interactionArticle from "../../questions/interaction-2025/article.txt";
import interactionQuiz from "../../questions/interaction-2025/quiz.json";
import { contentHash } from "./hash";
import { type QuizContent, QuizContentSchema } from "../schemas/quiz";

// The question sets shipped in questions/: published, read-only, owned by no
// teacher. Each folder holds quiz.json (title, version, contentHash, article
// metadata, settings, questions) and article.txt (the text students read).
// Attempts pin (id, version) in D1 like any quiz, so changed content needs a
// new version number: the content test fails until version and contentHash
// are bumped together.

export interface BundledQuiz {
  id: string;
  version: number;
  content: QuizContent;
  /** Hash of the content as loaded; quiz.json records the hash its version was published with. */
  contentHash: string;
  recordedHash: string;
}

interface BundledSource {
  id: string;
  quiz: { version: number; contentHash: string; article?: object } & Record<string, unknown>;
  article: string;
}

const SOURCES: BundledSource[] = [{ id: "interaction-2025", quiz: interactionQuiz, article: interactionArticle }];

/** Validates a set folder's files into quiz content; used by the loader and by the content tests. */
export function buildBundledQuiz(source: BundledSource): BundledQuiz {
  const { version, contentHash: recordedHash, ...rest } = source.quiz;
  const content = QuizContentSchema.parse({ ...rest, article: { ...(rest.article ?? {}), text: source.article } });
  return { id: source.id, version, content, contentHash: contentHash(content), recordedHash };
}

let cache: Map<string, BundledQuiz> | null = null;

/** Parsed on first use, not at startup: a Worker's startup time is budgeted. */
export function bundledQuizzes(): Map<string, BundledQuiz> {
  cache ??= new Map(SOURCES.map((s) => [s.id, buildBundledQuiz(s)]));
  return cache;
}

export function findBundledQuiz(id: string): BundledQuiz | undefined {
  return bundledQuizzes().get(id);
}

export const bundledSources = (): readonly BundledSource[] => SOURCES;

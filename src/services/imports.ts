import type { Teacher } from "../db/teachers";
import { type ImportIssue, exportGift, parseAiken, parseGift } from "../formats";
import { ApiError } from "../http/errors";
import { validationError } from "../http/validation";
import type { z } from "@hono/zod-openapi";
import type { ImportBody } from "../schemas/api";
import { QuizContentSchema } from "../schemas/quiz";
import type { QuizContent } from "../schemas/quiz";
import { createQuiz } from "./quizzes";

/**
 * Imports the good questions and reports each bad one with its line; the quiz
 * and its first version are written together or not at all.
 */
export async function importQuiz(db: D1Database, teacher: Teacher, body: z.infer<typeof ImportBody>) {
  const parsed = body.format === "gift" ? parseGift(body.source) : parseAiken(body.source);
  const rejected: ImportIssue[] = parsed.rejected;
  if (!parsed.questions.length) {
    throw new ApiError(
      "unprocessable",
      rejected.length
        ? `No question could be imported: ${parsed.rejectedCount} question(s) have problems, the first at line ${rejected[0]!.line}: ${rejected[0]!.message}`
        : `The ${body.format.toUpperCase()} text holds no questions.`,
      { rejected, rejectedCount: parsed.rejectedCount, warnings: parsed.warnings },
    );
  }
  const result = QuizContentSchema.safeParse({
    title: body.title ?? parsed.questions[0]?.category ?? `Imported ${body.format.toUpperCase()} questions`,
    ...(body.article ? { article: body.article } : {}),
    ...(body.settings ? { settings: body.settings } : {}),
    questions: parsed.questions,
  });
  if (!result.success) throw validationError(result.error, "imported quiz");
  const quiz = await createQuiz(db, teacher, result.data);
  return { quiz, imported: parsed.questions.length, rejected, rejectedCount: parsed.rejectedCount, warnings: parsed.warnings };
}

export function exportQuizGift(content: QuizContent) {
  return exportGift(content.questions);
}

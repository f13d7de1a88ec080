import { generateQuestions } from "../generate";
import { ApiError } from "../http/errors";
import type { GenerateRequest } from "../schemas/api";
import { type QuizContent, QuizContentSchema } from "../schemas/quiz";
import type { Teacher } from "../db/teachers";
import { createQuiz } from "./quizzes";

// Generating a quiz from a pasted article: the questions become a draft the
// teacher reviews, edits and publishes with the ordinary quiz endpoints.
// Nothing reaches students until then.

export async function generateQuiz(database: D1Database, teacher: Teacher, body: GenerateRequest) {
  const generated = generateQuestions(body.article.text, body.options);
  if (!generated.questions.length) {
    throw new ApiError(
      "unprocessable",
      "No questions could be generated from this article: it needs full sentences that name people, places, organisations, dates or numbers.",
      { flagged: generated.flagged.length },
    );
  }
  const content: QuizContent = QuizContentSchema.parse({
    title: body.title,
    article: body.article,
    ...(body.settings ? { settings: body.settings } : {}),
    questions: generated.questions,
  });
  const quiz = await createQuiz(database, teacher, content);
  return { quiz, facts: generated.facts, flagged: generated.flagged, candidateCount: generated.candidates.length };
}


import { generateQuestions } from "../generate";
import { ApiError } from "../http/errors";
import type { GenerateRequest } from "../schemas/api";
import { type QuizContent, QuizContentSchema } from "../schemas/quiz";
import type { Teacher } from "../db/teachers";
import { createQuiz } from "./quizzes";

// Generating a quiz from a pasted article: the questions become a draft the
// teacher reviews, edits and publishes with the ordinary quiz endpoints.
// Nothing reaches students until then.

const countBy = (items: readonly string[]) => items.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});

export async function generateQuiz(database: D1Database, teacher: Teacher, body: GenerateRequest) {
  const generated = generateQuestions(body.article.text, body.options);
  if (!generated.questions.length) {
    // Counted in the same run: generating again for all kinds doubled the cost of this refusal.
    const kinds = body.options?.kinds;
    throw new ApiError(
      "unprocessable",
      kinds && generated.otherKinds
        ? `None of the questions this article gives are of the kinds asked for (${kinds.join(", ")}), but ${generated.otherKinds} of other kinds are: allow more kinds.`
        : "No questions could be generated from this article: it needs full sentences that name people, places, organisations, dates or numbers.",
      { flagged: countBy(generated.flagged.flatMap((f) => f.reasons)) },
    );
  }
  // The generator only returns schema-valid questions; if this ever fails it is our bug (a 500), not the teacher's body.
  const parsed = QuizContentSchema.safeParse({
    title: body.title,
    article: body.article,
    ...(body.settings ? { settings: body.settings } : {}),
    questions: generated.questions,
  });
  if (!parsed.success) throw new Error(`generated quiz failed its schema: ${parsed.error.message}`);
  const content: QuizContent = parsed.data;
  const quiz = await createQuiz(database, teacher, content);
  return { quiz, facts: generated.facts, flagged: generated.flagged, candidateCount: generated.candidates.length };
}


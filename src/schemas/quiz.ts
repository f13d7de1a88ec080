import { z } from "zod";
import { QuestionSchema, type Question } from "./question";

export const ArticleSchema = z
  .object({
    title: z.string().max(300).optional(),
    source: z.string().max(300).optional().describe("who published it, e.g. 'RIA Novosti'"),
    date: z.string().max(40).optional().describe("publication date, ISO 8601 preferred"),
    text: z.string().min(1, "article.text must not be empty").max(200_000, "article.text must be at most 200,000 characters"),
  })
  .meta({ id: "Article" });

/** What a student may see once the attempt is finished (Moodle's "review options"). */
export const ReviewSettingsSchema = z
  .object({
    score: z.boolean().default(true).describe("each question's score and whether it was right"),
    feedback: z.boolean().default(true).describe("the feedback written for the answer given"),
    rightAnswer: z.boolean().default(true).describe("the right answer"),
    explanation: z.boolean().default(true).describe("the explanation and source sentence"),
  })
  .meta({ id: "ReviewSettings" });

export const QuizSettingsSchema = z
  .object({
    feedback: z
      .enum(["immediate", "deferred"])
      .default("deferred")
      .describe("immediate: each saved answer is graded at once; deferred: results come at finish"),
    attemptsAllowed: z.number().int().min(0).max(1000).default(0).describe("per student name; 0 means unlimited"),
    timeLimitSeconds: z.number().int().min(10).max(86_400).optional().describe("answers after this are refused; finish still works"),
    shuffleOptions: z.boolean().default(true).describe("options, items and choices in an order fixed per attempt"),
    typoTolerance: z.boolean().default(true).describe("accept small misspellings in typed answers"),
    grading: z
      .enum(["highest", "average", "first", "last"])
      .optional()
      .describe("a student's grade over several attempts (Moodle's grading method); absent means highest"),
    review: ReviewSettingsSchema.default({ score: true, feedback: true, rightAnswer: true, explanation: true }),
  })
  .meta({ id: "QuizSettings" });

const questionList = z
  .array(QuestionSchema)
  .min(1, "a quiz needs at least 1 question")
  .max(500, "a quiz may have at most 500 questions")
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `question id '${q.id}' is used twice` });
      seen.add(q.id);
    });
  });

/** The body a teacher sends to create or replace a quiz, and the content of each version. */
export const QuizContentSchema = z
  .object({
    title: z.string().trim().min(1, "title must not be empty").max(300),
    article: ArticleSchema.optional(),
    settings: QuizSettingsSchema.default(QuizSettingsSchema.parse({})),
    questions: questionList,
  })
  .superRefine((quiz, ctx) => {
    // A source span must quote the article exactly, so a student can be shown where the answer is.
    quiz.questions.forEach((q, i) => {
      if (!q.source) return;
      const path = ["questions", i, "source"];
      if (!quiz.article) {
        ctx.addIssue({ code: "custom", path, message: "a question cites a source span but the quiz has no article" });
      } else if (quiz.article.text.slice(q.source.start, q.source.end) !== q.source.text) {
        ctx.addIssue({ code: "custom", path, message: `source.text must equal article.text.slice(${q.source.start}, ${q.source.end})` });
      }
    });
  })
  .meta({ id: "QuizContent" });

export type Article = z.infer<typeof ArticleSchema>;
export type QuizSettings = z.infer<typeof QuizSettingsSchema>;
export type ReviewSettings = z.infer<typeof ReviewSettingsSchema>;
export type QuizContent = z.infer<typeof QuizContentSchema>;
export type QuizContentInput = z.input<typeof QuizContentSchema>;
export type { Question };

import { z } from "zod";
import { QuestionSchema, type Question } from "./question";

/**
 * The longest article a quiz may carry (about 8,000 words, longer than nearly
 * any news story): the scorer indexes the whole text once per isolate, and
 * this keeps that index, and every page that shows the article, bounded.
 */
export const ARTICLE_MAX_CHARS = 50_000;

export const QUIZ_MAX_QUESTIONS = 500;

export const ArticleSchema = z
  .object({
    title: z.string().max(300).optional(),
    source: z.string().max(300).optional().describe("who published it, e.g. 'RIA Novosti'"),
    date: z.string().max(40).optional().describe("publication date, ISO 8601 preferred"),
    text: z.string().min(1, "article.text must not be empty").max(ARTICLE_MAX_CHARS, `article.text must be at most ${ARTICLE_MAX_CHARS.toLocaleString("en-US")} characters; split a longer text into parts`),
  })
  .meta({ id: "Article" });

/** What a student may see once the attempt is finished (Moodle's "review options"). */
export const ReviewSettingsSchema = z
  .object({
    correctness: z.boolean().optional().describe("whether each answer was right, and the rule that decided it; absent means as `score`"),
    score: z.boolean().default(true).describe("each question's score and whether it was right"),
    feedback: z.boolean().default(true).describe("the feedback written for the answer given"),
    rightAnswer: z
      .boolean()
      .optional()
      .describe("the right answer; absent means only when the quiz allows one attempt, since a student who sees the key and may try again can copy it"),
    explanation: z.boolean().default(true).describe("the explanation and source sentence"),
  })
  .meta({ id: "ReviewSettings" });

/** What a student may see while the attempt is open, after each checked answer (immediate and interactive feedback). */
export const DuringReviewSchema = z
  .object({
    correctness: z.boolean().default(true).describe("whether the answer was right, and the rule that decided it"),
    score: z.boolean().default(true).describe("the answer's score"),
    feedback: z.boolean().default(true).describe("the feedback written for the answer given"),
    explanation: z.boolean().default(true).describe("the explanation and source sentence"),
    rightAnswer: z.boolean().default(false).describe("the right answer, once the question can no longer be answered"),
  })
  .meta({ id: "DuringReview" });

export const QuizSettingsSchema = z
  .object({
    feedback: z
      .enum(["immediate", "deferred", "interactive"])
      .default("deferred")
      .describe("the question behaviour. deferred: results come at finish; immediate: each answer is checked once; interactive: a wrong answer may be tried again, each earlier try costing `penalty`"),
    tries: z.number().int().min(1).max(10).optional().describe("interactive: tries per question; absent means 3"),
    penalty: z.number().min(0).max(1).optional().describe("interactive: the share of the marks each wrong try before the right one costs; absent means 1/3"),
    reviewDuring: DuringReviewSchema.optional().describe("what a checked answer shows during the attempt; absent means what `review` allows, without the right answer"),
    attemptsAllowed: z.number().int().min(0).max(1000).default(0).describe("per student name; 0 means unlimited"),
    joinCode: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{4,32}$/, "joinCode must be 4 to 32 letters, digits or hyphens")
      .optional()
      .describe("students must type it (any case) to start an attempt, so only the class can start one under a name; never shown to students"),
    timeLimitSeconds: z.number().int().min(10).max(86_400).optional().describe("answers after this are refused; finish still works"),
    shuffleOptions: z.boolean().default(true).describe("options, items and choices in an order fixed per attempt"),
    typoTolerance: z.boolean().default(true).describe("accept small misspellings in typed answers"),
    grading: z
      .enum(["highest", "average", "first", "last"])
      .optional()
      .describe("a student's grade over several attempts (Moodle's grading method); absent means highest"),
    review: ReviewSettingsSchema.default({ score: true, feedback: true, explanation: true }),
  })
  .meta({ id: "QuizSettings" });

const questionList = z
  .array(QuestionSchema)
  .min(1, "a quiz needs at least 1 question")
  .max(QUIZ_MAX_QUESTIONS, `a quiz may have at most ${QUIZ_MAX_QUESTIONS} questions`)
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
export type DuringReview = z.infer<typeof DuringReviewSchema>;
export type ReviewSettings = z.infer<typeof ReviewSettingsSchema>;
export type QuizContent = z.infer<typeof QuizContentSchema>;
export type QuizContentInput = z.input<typeof QuizContentSchema>;
export type { Question };

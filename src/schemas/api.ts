import { z } from "@hono/zod-openapi";
import { nameProblem } from "../lang/names";
import { GenerateOptionsSchema } from "./generate";
import { QuestionSchema } from "./question";
import { ArticleSchema, QuizSettingsSchema } from "./quiz";

// Request bodies, params and the shared reply shapes of the HTTP API.

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().describe("snake_case, from a closed list"),
      message: z.string().describe("a sentence a person can act on"),
      details: z.unknown().optional(),
    }),
  })
  .openapi("Error");

export const QuizIdParam = z.object({ quizId: z.string().min(1).max(64).openapi({ param: { name: "quizId", in: "path" } }) });
export const AttemptIdParam = z.object({ attemptId: z.string().min(1).max(64).openapi({ param: { name: "attemptId", in: "path" } }) });
export const ResponseParams = AttemptIdParam.extend({
  questionId: z.string().min(1).max(64).openapi({ param: { name: "questionId", in: "path" } }),
});

export const CreateTeacherBody = z.object({ name: z.string().trim().min(1, "name must not be empty").max(100) }).openapi("CreateTeacher");

export const StartAttemptBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "name must not be empty: type the student's name")
      .max(100, "name must be at most 100 characters")
      .superRefine((name, ctx) => {
        const problem = nameProblem(name);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    joinCode: z.string().trim().max(64, "joinCode must be at most 64 characters").optional().describe("the code the teacher gave the class, when the quiz asks for one"),
  })
  .openapi("StartAttempt");

export const ResponseValueSchema = z
  .union([
    z.string().max(2000, "a typed answer must be at most 2000 characters"),
    z.number(),
    z.boolean(),
    z.array(z.string().max(2000)).max(50),
    z.record(z.string().max(64), z.string().max(64)),
    z.null(),
  ])
  .describe("option id or ids; true/false; text; number; one string per cloze gap; {promptId: choiceId} for matching; item ids in order; null clears")
  .openapi("ResponseValue");

export const SaveResponseBody = z.object({ response: ResponseValueSchema }).openapi("SaveResponse");

/** Imports may be larger than other bodies (a term's question bank). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const BODY_MAX_BYTES = 1024 * 1024;

export const ImportBody = z
  .object({
    format: z.enum(["gift", "aiken"], { message: "format must be 'gift' or 'aiken'" }),
    source: z.string().min(1, "source must contain the file's text").max(IMPORT_MAX_BYTES, "source is too large"),
    title: z.string().trim().min(1).max(300).optional(),
    article: ArticleSchema.optional(),
    settings: QuizSettingsSchema.optional(),
  })
  .openapi("ImportQuiz");

/**
 * Generation reads the whole article in one request, so its size is capped to
 * keep a request inside a Worker's CPU budget (measured by `npm run bench`):
 * 8,000 characters is about 1,300 words, a long news story.
 */
export const GENERATE_MAX_CHARS = 8_000;

/** Refuses what is not an article's plain text: binary data, markup, or too few words to ask about. */
function plainArticleText(text: string, ctx: z.RefinementCtx) {
  const issue = (message: string) => ctx.addIssue({ code: "custom", message });
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text)) return issue("article.text contains control characters or undecodable bytes: paste the article as plain text");
  if ((text.match(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi) ?? []).length >= 5) return issue("article.text looks like HTML: paste the article's text, not its markup");
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 20) return issue("article.text needs at least 20 words of running text to generate questions from");
  const letters = text.replace(/\s/g, "").length;
  if (words.join("").length / Math.max(1, letters) < 0.6) return issue("article.text is mostly symbols or numbers: paste the article's running text");
}

export const GenerateBody = z
  .object({
    title: z.string().trim().min(1, "title must not be empty").max(300),
    // Not trimmed: source spans are offsets into the text exactly as the teacher sent it.
    article: ArticleSchema.extend({
      text: z
        .string()
        .refine((t) => t.trim().length > 0, "article.text must not be empty")
        .max(GENERATE_MAX_CHARS, `article.text must be at most ${GENERATE_MAX_CHARS.toLocaleString("en-US")} characters; split a longer text into parts`)
        .superRefine(plainArticleText),
    }),
    options: GenerateOptionsSchema.optional(),
    settings: QuizSettingsSchema.optional(),
  })
  .openapi("GenerateQuiz");
export type GenerateRequest = z.infer<typeof GenerateBody>;

export const ResultsQuery = z.object({
  version: z.coerce.number().int().min(1).optional().openapi({ param: { name: "version", in: "query" } }),
  format: z.enum(["json", "csv"]).default("json").openapi({ param: { name: "format", in: "query" }, description: "csv: one spreadsheet row per attempt, every attempt in one file" }),
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(500, "limit must be at most 500").default(100).openapi({ param: { name: "limit", in: "query" }, description: "json: attempts per page" }),
  cursor: z.string().max(500).optional().openapi({ param: { name: "cursor", in: "query" }, description: "json: the previous page's nextCursor" }),
});

export const AcceptAnswerParams = QuizIdParam.extend({
  version: z.coerce.number().int().min(1).openapi({ param: { name: "version", in: "path" } }),
  questionId: z.string().min(1).max(64).openapi({ param: { name: "questionId", in: "path" } }),
});

/** An appeal: accept this text, or what one student typed, as an answer to a short-answer question. */
export const AcceptAnswerBody = z
  .object({
    text: z.string().trim().min(1, "text must not be empty").max(500, "text must be at most 500 characters").optional().describe("the answer to accept"),
    attemptId: z.string().min(1).max(64).optional().describe("instead of text: accept what this attempt answered"),
    weight: z.number().gt(0, "weight must be above 0 (an appeal gives credit)").max(1, "weight must be at most 1").default(1).describe("credit the answer earns, from above 0 to 1"),
    feedback: z.string().max(2000).optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.attemptId === undefined), { message: "give either text (the answer to accept) or attemptId (accept what that student answered), not both", path: ["text"] })
  .openapi("AcceptAnswer");
export type AcceptAnswerRequest = z.infer<typeof AcceptAnswerBody>;

export const StatsQuery = z.object({
  version: z.coerce.number().int().min(1).optional().openapi({ param: { name: "version", in: "query" }, description: "default: the published version, else the newest" }),
  attempts: z.enum(["first", "last", "highest", "all"]).default("first").openapi({ param: { name: "attempts", in: "query" }, description: "which finished attempts count: one per student (first, last, highest) or all" }),
});

/** A key correction (or, without questions, a rescore) of one version, regrading every attempt on it. */
export const RegradeBody = z
  .object({
    version: z.number().int().min(1).describe("the version whose attempts are regraded"),
    questions: z
      .array(QuestionSchema)
      .min(1)
      .max(500)
      .optional()
      .describe("corrected questions, matched by id: only keys, weights and feedback may differ; absent: score every response again as it stands"),
    continues: z.string().min(1).max(64).optional().describe("a large regrade's next slice: send back the reply's `next` as it is"),
    after: z.string().max(64).optional().describe("with continues: the last attempt id of the slice before"),
  })
  .refine((b) => b.continues === undefined || b.questions === undefined, {
    message: "a regrade's next slice takes no questions: the first slice already corrected them; send back the reply's `next` as it is",
    path: ["questions"],
  })
  .refine((b) => (b.continues === undefined) === (b.after === undefined), { message: "give continues and after together, as the reply's `next` has them", path: ["after"] })
  .openapi("Regrade");
export type RegradeRequest = z.infer<typeof RegradeBody>;

export const ExportQuery = z.object({
  format: z.enum(["gift"]).default("gift").openapi({ param: { name: "format", in: "query" } }),
});

/** Replies are documented by their main fields; handlers may add more. */
export const looseReply = (name: string, shape: z.ZodRawShape) => z.looseObject(shape).openapi(name);

import { z } from "@hono/zod-openapi";
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
  .object({ name: z.string().trim().min(1, "name must not be empty: type the student's name").max(100, "name must be at most 100 characters") })
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

export const ResultsQuery = z.object({
  version: z.coerce.number().int().min(1).optional().openapi({ param: { name: "version", in: "query" } }),
});

export const ExportQuery = z.object({
  format: z.enum(["gift"]).default("gift").openapi({ param: { name: "format", in: "query" } }),
});

/** Replies are documented by their main fields; handlers may add more. */
export const looseReply = (name: string, shape: z.ZodRawShape) => z.looseObject(shape).openapi(name);

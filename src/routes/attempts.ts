import { requireAttemptToken } from "../http/auth";
import { IdempotencyHeader, idempotent } from "../http/idempotency";
import { limitSavesPerAttempt, limitSavesPerClient, limitStartsPerClient } from "../http/rate-limit";
import { jsonRoute, newRouter, z } from "../http/openapi";
import { AttemptIdParam, QuizIdParam, ResponseParams, SaveResponseBody, StartAttemptBody, looseReply } from "../schemas/api";
import * as attempts from "../services/attempts";

const tags = ["attempts"];
const AttemptInfo = looseReply("AttemptInfo", { id: z.string(), quizId: z.string(), version: z.number(), status: z.string() });
const ResultReply = looseReply("QuestionResult", { questionId: z.string(), score: z.number().optional(), maxScore: z.number(), status: z.string().optional(), rule: z.string().optional() });

const start = jsonRoute({
  method: "post", path: "/api/quizzes/{quizId}/attempts", tags, middleware: [limitStartsPerClient] as const,
  request: { params: QuizIdParam, body: { content: { "application/json": { schema: StartAttemptBody } }, required: true } },
  summary: "Start an attempt; the token in the reply is shown once and is the student's only credential for it",
  status: 201, errorCodes: [400, 404, 409, 429],
  reply: looseReply("AttemptStarted", { attempt: AttemptInfo, token: z.string(), questions: z.array(z.looseObject({ id: z.string(), kind: z.string() })) }),
});
const read = jsonRoute({
  method: "get", path: "/api/attempts/{attemptId}", tags, attempt: true, middleware: [requireAttemptToken] as const, request: { params: AttemptIdParam },
  summary: "The attempt's state, saved responses, and results when the quiz allows", reply: looseReply("AttemptState", { attempt: AttemptInfo }), errorCodes: [404],
});
const save = jsonRoute({
  method: "put", path: "/api/attempts/{attemptId}/responses/{questionId}", tags, attempt: true,
  middleware: [requireAttemptToken, limitSavesPerClient, limitSavesPerAttempt, idempotent] as const,
  request: { params: ResponseParams, headers: IdempotencyHeader, body: { content: { "application/json": { schema: SaveResponseBody } }, required: true } },
  summary: "Save or replace the response to one question; graded at once when the quiz gives immediate feedback",
  reply: looseReply("ResponseSaved", { questionId: z.string(), saved: z.literal(true), result: ResultReply.optional() }), errorCodes: [400, 404, 409, 422, 429],
});
const finish = jsonRoute({
  method: "post", path: "/api/attempts/{attemptId}/finish", tags, attempt: true, middleware: [requireAttemptToken, idempotent] as const, request: { params: AttemptIdParam, headers: IdempotencyHeader },
  summary: "Finish and score the attempt; finishing again returns the same result",
  reply: looseReply("AttemptFinished", { maxScore: z.number(), score: z.number().optional(), percent: z.number().optional(), results: z.array(ResultReply) }), errorCodes: [404],
});

export const attemptRoutes = newRouter()
  .openapi(start, async (c) => {
    const { name, joinCode } = c.req.valid("json");
    return c.json(await attempts.startAttempt(c.env.DB, c.req.valid("param").quizId, name, joinCode), 201);
  })
  .openapi(read, async (c) => {
    return c.json(await attempts.readAttempt(c.env.DB, c.req.valid("param").attemptId, c.var.attemptToken!), 200);
  })
  .openapi(save, async (c) => {
    const { attemptId, questionId } = c.req.valid("param");
    return c.json(await attempts.saveAnswer(c.env.DB, attemptId, c.var.attemptToken!, questionId, c.req.valid("json").response), 200);
  })
  .openapi(finish, async (c) => {
    return c.json(await attempts.finishAttempt(c.env.DB, c.req.valid("param").attemptId, c.var.attemptToken!), 200);
  });

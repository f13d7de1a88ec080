import { optionalTeacher, requireTeacher } from "../http/auth";
import { jsonRoute, newRouter, z } from "../http/openapi";
import { IdempotencyHeader, idempotent } from "../http/idempotency";
import { limitTeacherHeavy } from "../http/rate-limit";
import { afterReply, cachedStudentView, forgetStudentView, storeStudentView } from "../http/view-cache";
import { AcceptAnswerBody, AcceptAnswerParams, ExportQuery, RegradeBody, StatsQuery, GenerateBody, ImportBody, QuizIdParam, ResultsQuery, looseReply } from "../schemas/api";
import { QuizContentSchema } from "../schemas/quiz";
import { generateQuiz } from "../services/generate";
import { exportQuizGift, importQuiz } from "../services/imports";
import * as quizzes from "../services/quizzes";
import { acceptAnswer, regradeVersion, regradesOf } from "../services/regrades";
import { quizResults, quizResultsCsv } from "../services/results";
import { quizStats } from "../services/stats";

const tags = ["quizzes"];
const QuizReply = looseReply("QuizView", { id: z.string(), title: z.string(), questions: z.array(z.looseObject({ id: z.string(), kind: z.string() })) });
const contentBody = { body: { content: { "application/json": { schema: QuizContentSchema } }, required: true } };

const list = jsonRoute({
  method: "get", path: "/api/quizzes", tags, middleware: [optionalTeacher] as const,
  summary: "Published quizzes; with a teacher key also `mine`, the teacher's own quizzes, drafts included",
  reply: z.object({ quizzes: z.array(looseReply("QuizSummary", { id: z.string(), title: z.string(), questionCount: z.number() })) }),
  errorCodes: [],
});
const get = jsonRoute({
  method: "get", path: "/api/quizzes/{quizId}", tags, middleware: [optionalTeacher] as const, request: { params: QuizIdParam },
  summary: "A quiz: the student view (no answer keys), or with a teacher key its owner's full view with keys and drafts",
  reply: QuizReply, errorCodes: [401, 404],
});
const create = jsonRoute({
  method: "post", path: "/api/quizzes", tags, teacher: true, middleware: [requireTeacher, idempotent] as const, request: { ...contentBody, headers: IdempotencyHeader },
  summary: "Create a draft quiz from JSON", status: 201, reply: QuizReply, errorCodes: [400, 409, 413, 422],
});
const importRoute = jsonRoute({
  method: "post", path: "/api/quizzes/import", tags, teacher: true, middleware: [requireTeacher, limitTeacherHeavy, idempotent] as const,
  request: { headers: IdempotencyHeader, body: { content: { "application/json": { schema: ImportBody } }, required: true, description: "up to 2 MB" } },
  summary: "Import GIFT or Aiken text as a draft quiz; bad questions are reported with their line and skipped",
  status: 201, errorCodes: [400, 409, 413, 422],
  reply: z.object({ quiz: QuizReply, imported: z.number(), rejected: z.array(z.object({ line: z.number(), message: z.string() })), warnings: z.array(z.object({ line: z.number(), message: z.string() })) }),
});
const generate = jsonRoute({
  method: "post", path: "/api/quizzes/generate", tags, teacher: true, middleware: [requireTeacher, limitTeacherHeavy, idempotent] as const,
  request: { headers: IdempotencyHeader, body: { content: { "application/json": { schema: GenerateBody } }, required: true } },
  summary: "Generate a draft quiz from an article's text, with the facts read from it and the questions held back for review",
  status: 201, errorCodes: [400, 413, 422],
  reply: z.object({
    quiz: QuizReply,
    facts: z.array(z.looseObject({ id: z.string(), kind: z.string(), text: z.string() })),
    flagged: z.array(z.object({ question: z.looseObject({ id: z.string(), kind: z.string() }), reasons: z.array(z.string()), duplicateOf: z.string().optional() })),
    candidateCount: z.number().describe("questions that passed every guard; the quiz holds `options.count` of them"),
  }),
});
const update = jsonRoute({
  method: "put", path: "/api/quizzes/{quizId}", tags, teacher: true, middleware: [requireTeacher] as const, request: { params: QuizIdParam, ...contentBody },
  summary: "Replace a quiz's content; a published quiz gets a new draft version (publish it to make it live)",
  reply: QuizReply, errorCodes: [400, 403, 404, 409, 413],
});
const remove = jsonRoute({
  method: "delete", path: "/api/quizzes/{quizId}", tags, teacher: true, middleware: [requireTeacher] as const, request: { params: QuizIdParam },
  summary: "Delete a quiz (students' attempts are kept for the record)", reply: z.object({ deleted: z.literal(true) }), errorCodes: [403, 404],
});
const publish = jsonRoute({
  method: "post", path: "/api/quizzes/{quizId}/publish", tags, teacher: true, middleware: [requireTeacher] as const, request: { params: QuizIdParam },
  summary: "Publish the newest version to students", reply: looseReply("QuizStatus", {
    id: z.string(),
    publishedVersion: z.number(),
    warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional().describe("settings that let students collect the answer key, and what to change"),
  }),
  errorCodes: [403, 404],
});
const results = jsonRoute({
  method: "get", path: "/api/quizzes/{quizId}/results", tags, teacher: true, middleware: [requireTeacher] as const, request: { params: QuizIdParam, query: ResultsQuery },
  summary: "Every attempt with each question's response and credit; `format=csv` gives one spreadsheet row per attempt", reply: looseReply("QuizResults", {
    quizId: z.string(),
    students: z.array(z.looseObject({})).optional().describe("first page only: each student's grade over all their attempts"),
    attempts: z.array(z.looseObject({})).describe("a page of attempts, oldest first"),
    nextCursor: z.string().nullable().describe("pass as `cursor` for the next page; null on the last"),
  }), errorCodes: [400, 403, 404],
});
const Marks = z.object({ score: z.number(), status: z.string(), rule: z.string() });
const RegradeReply = looseReply("RegradeRecord", {
  id: z.string(), quizId: z.string(), version: z.number(),
  reason: z.enum(["appeal", "key-correction", "rescore"]), questionIds: z.array(z.string()),
  answer: z.object({ text: z.string(), weight: z.number(), feedback: z.string().optional() }).optional().describe("appeals: the answer accepted"),
  checked: z.number().describe("responses scored again"), changed: z.number(),
  changes: z.array(z.looseObject({ attemptId: z.string(), questionId: z.string(), studentName: z.string(), answer: z.string(), finished: z.boolean(), before: Marks, after: Marks })),
  createdAt: z.string(),
  continues: z.string().optional().describe("a later slice of a large regrade: the id of its first slice"),
});
/** A large regrade runs in slices of about 1,000 responses: `next` is the body that regrades the next slice, null when done. */
const NextSlice = z
  .object({ version: z.number(), continues: z.string(), after: z.string() })
  .nullable()
  .describe("the next slice of a large regrade: POST it to /api/quizzes/{quizId}/regrade as it is, until it is null");
const acceptAnswerRoute = jsonRoute({
  method: "post", path: "/api/quizzes/{quizId}/versions/{version}/questions/{questionId}/accepted-answers", tags, teacher: true, middleware: [requireTeacher] as const,
  request: { params: AcceptAnswerParams, body: { content: { "application/json": { schema: AcceptAnswerBody } }, required: true } },
  summary: "Accept an answer to a short-answer question (an appeal): it joins that version's accepted answers and every response to the question on that version is regraded, with a record of what changed",
  status: 201, reply: z.object({ regrade: RegradeReply, next: NextSlice }), errorCodes: [400, 403, 404, 409, 422],
});
const regradeRoute = jsonRoute({
  method: "post", path: "/api/quizzes/{quizId}/regrade", tags, teacher: true, middleware: [requireTeacher] as const,
  request: { params: QuizIdParam, body: { content: { "application/json": { schema: RegradeBody } }, required: true } },
  summary: "Correct the keys of a version's questions (or score every response again) and regrade every attempt on it, with a record of what changed",
  status: 201, reply: z.object({ regrade: RegradeReply, next: NextSlice }), errorCodes: [400, 403, 404, 409, 422],
});
const regradesRoute = jsonRoute({
  method: "get", path: "/api/quizzes/{quizId}/regrades", tags, teacher: true, middleware: [requireTeacher] as const, request: { params: QuizIdParam },
  summary: "Every regrade of the quiz, newest first, with what each changed", reply: z.object({ quizId: z.string(), regrades: z.array(RegradeReply) }), errorCodes: [403, 404],
});
const statsRoute = jsonRoute({
  method: "get", path: "/api/quizzes/{quizId}/stats", tags, teacher: true, middleware: [requireTeacher] as const, request: { params: QuizIdParam, query: StatsQuery },
  summary: "Moodle's quiz statistics for one version: per question facility, SD, discrimination, efficiency, effective weight, guess score and review flags; per quiz mean, median, SD, skewness, kurtosis, alpha, error ratio and standard error; option counts and common wrong answers",
  reply: looseReply("QuizStats", { quizId: z.string(), version: z.number(), quiz: z.looseObject({ attempts: z.number() }), questions: z.array(z.looseObject({ questionId: z.string() })) }),
  errorCodes: [400, 403, 404],
});
const exportRoute = jsonRoute({
  method: "get", path: "/api/quizzes/{quizId}/export", tags, teacher: true, middleware: [requireTeacher] as const, request: { params: QuizIdParam, query: ExportQuery },
  summary: "Export the newest version as GIFT", reply: z.object({ format: z.literal("gift"), text: z.string(), warnings: z.array(z.object({ questionId: z.string(), message: z.string() })) }),
  errorCodes: [400, 403, 404],
});

export const quizRoutes = newRouter()
  .openapi(list, async (c) => {
    const teacher = c.var.teacher;
    const mine = teacher ? { mine: await quizzes.listOwnQuizzes(c.env.DB, teacher) } : {};
    return c.json({ quizzes: await quizzes.listQuizzes(c.env.DB), ...mine }, 200);
  })
  .openapi(importRoute, async (c) => c.json(await importQuiz(c.env.DB, c.var.teacher!, c.req.valid("json")), 201))
  .openapi(generate, async (c) => c.json(await generateQuiz(c.env.DB, c.var.teacher!, c.req.valid("json")), 201))
  .openapi(create, async (c) => c.json(await quizzes.createQuiz(c.env.DB, c.var.teacher!, c.req.valid("json")), 201))
  .openapi(get, async (c) => {
    const { quizId } = c.req.valid("param");
    const teacher = c.var.teacher;
    const owned = teacher ? await quizzes.ownerViewIfOwned(c.env.DB, quizId, teacher) : null;
    if (owned) {
      c.header("Cache-Control", "private, no-store");
      return c.json(owned, 200);
    }
    // A published version never changes, so its tag is its identity; clients revalidate each time,
    // and the Cache API answers them without D1 (bundled quizzes need no D1 at all).
    const origin = new URL(c.req.url).origin;
    const useCache = !quizzes.isBundled(quizId);
    const cached = useCache ? await cachedStudentView(origin, quizId) : undefined;
    const playable = cached ? null : await quizzes.findPlayableQuiz(c.env.DB, quizId);
    const etag = cached ? cached.headers.get("ETag")! : quizzes.studentViewEtag(playable!);
    c.header("ETag", etag);
    c.header("Cache-Control", "public, no-cache");
    if (c.req.header("If-None-Match")?.split(/\s*,\s*/).includes(etag)) return c.body(null, 304) as never;
    const body = cached ? await cached.text() : JSON.stringify(quizzes.studentQuizView(playable!));
    if (!cached && useCache) afterReply(c, storeStudentView(origin, quizId, body, etag));
    return c.body(body, 200, { "Content-Type": "application/json" }) as never;
  })
  .openapi(update, async (c) => {
    const { quiz } = await quizzes.findOwnedQuiz(c.env.DB, c.req.valid("param").quizId, c.var.teacher!);
    return c.json(await quizzes.updateQuiz(c.env.DB, quiz, c.req.valid("json")), 200);
  })
  .openapi(remove, async (c) => {
    const { quiz } = await quizzes.findOwnedQuiz(c.env.DB, c.req.valid("param").quizId, c.var.teacher!);
    await quizzes.deleteQuiz(c.env.DB, quiz);
    await forgetStudentView(new URL(c.req.url).origin, quiz.id);
    return c.json({ deleted: true as const }, 200);
  })
  .openapi(publish, async (c) => {
    const owned = await quizzes.findOwnedQuiz(c.env.DB, c.req.valid("param").quizId, c.var.teacher!);
    const published = await quizzes.publishQuiz(c.env.DB, owned);
    await forgetStudentView(new URL(c.req.url).origin, owned.quiz.id);
    return c.json(published, 200);
  })
  .openapi(results, async (c) => {
    const { quiz } = await quizzes.findOwnedQuiz(c.env.DB, c.req.valid("param").quizId, c.var.teacher!);
    const { version, format, limit, cursor } = c.req.valid("query");
    if (format === "csv") {
      const filename = `${quiz.id}-results${version === undefined ? "" : `-v${version}`}.csv`;
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="${filename}"`);
      c.header("Cache-Control", "private, no-store");
      return c.body(await quizResultsCsv(c.env.DB, quiz, version), 200) as never;
    }
    return c.json(await quizResults(c.env.DB, quiz, { version, limit, cursor }), 200);
  })
  .openapi(acceptAnswerRoute, async (c) => {
    const { quizId, version, questionId } = c.req.valid("param");
    return c.json(await acceptAnswer(c.env.DB, c.var.teacher!, { quizId, version, questionId }, c.req.valid("json")), 201);
  })
  .openapi(regradeRoute, async (c) => c.json(await regradeVersion(c.env.DB, c.var.teacher!, c.req.valid("param").quizId, c.req.valid("json")), 201))
  .openapi(regradesRoute, async (c) => c.json(await regradesOf(c.env.DB, c.var.teacher!, c.req.valid("param").quizId), 200))
  .openapi(statsRoute, async (c) => {
    const { quiz } = await quizzes.findOwnedQuiz(c.env.DB, c.req.valid("param").quizId, c.var.teacher!);
    return c.json(await quizStats(c.env.DB, quiz, c.req.valid("query")), 200);
  })
  .openapi(exportRoute, async (c) => {
    const { content } = await quizzes.findOwnedQuiz(c.env.DB, c.req.valid("param").quizId, c.var.teacher!);
    return c.json({ format: "gift" as const, ...exportQuizGift(content) }, 200);
  });

import { Hono } from "hono";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie, setCookie } from "hono/cookie";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { sameOrigin } from "../http/same-origin";
import { AttemptPage, type PageNotice, questionModels } from "../pages/student/attempt-page";
import { ASSETS } from "../pages/student/assets";
import { QuestionSection, sectionId } from "../pages/student/question";
import { ProblemPage, QuizList, QuizStart } from "../pages/student/quiz-pages";
import { AnswerFormSchema, applyMove, responseFromForm } from "../quiz/form-response";
import { AttemptIdParam, QuizIdParam, ResponseParams, StartAttemptBody } from "../schemas/api";
import { finishAttempt, readAttempt, saveAnswer, startAttempt } from "../services/attempts";
import { findPlayableQuiz, listQuizzes } from "../services/quizzes";

// The student pages, rendered on the server with hono/jsx: the quiz list, a
// quiz's page, and the attempt. They call the same services as the JSON API.
// The attempt token lives in an HttpOnly, SameSite=Strict cookie whose path is
// the attempt's own (/attempt/<id>), so it is sent to nothing else; the JSON
// API keeps bearer tokens.

const COOKIE = "attempt";
const COOKIE_SECONDS = 30 * 24 * 60 * 60;
const FORM_MAX_BYTES = 64 * 1024;

const pageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'"],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  referrerPolicy: "no-referrer",
});

const problem = (c: Context<AppEnv>, title: string, message: string, status: 400 | 403 | 404 | 409 | 413 | 500) =>
  c.html(<ProblemPage title={title} message={message} />, status);

const TITLES: Partial<Record<string, string>> = { not_found: "Not found", attempt_finished: "Already finished", time_limit_exceeded: "Time is up" };

const sameSiteOnly = sameOrigin((c) => problem(c, "Refused", "This form can only be sent from this site's own pages.", 403));
const formLimit = bodyLimit({
  maxSize: FORM_MAX_BYTES,
  onError: (c) => problem(c as Context<AppEnv>, "Too large", `The form was larger than the ${FORM_MAX_BYTES / 1024} KB a page accepts.`, 413),
});

/** Cookies are Secure over HTTPS; `wrangler dev` on a school network is plain HTTP, where a Secure cookie would be dropped. */
const isHttps = (c: Context<AppEnv>) => new URL(c.req.url).protocol === "https:";

/** Path parameters, checked by the API's own schemas; an address that fails them names no page. */
function paramsOf<T>(c: Context<AppEnv>, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T {
  const parsed = schema.safeParse(c.req.param());
  if (!parsed.success) throw new ApiError("not_found", "There is no page at this address. Check the link you were given.");
  return parsed.data;
}

function attemptToken(c: Context<AppEnv>): string {
  const token = getCookie(c, COOKIE);
  if (!token) {
    throw new ApiError("forbidden", "This attempt is open only in the browser that started it. Open the quiz in that browser, or start a new attempt from the quiz's page.");
  }
  return token;
}

export const studentRoutes = new Hono<AppEnv>();

studentRoutes.onError((err, c) => {
  if (!(err instanceof ApiError)) throw err;
  return problem(c, TITLES[err.code] ?? "Something is wrong", err.message, err.status as 400 | 403 | 404 | 409);
});

for (const path of ["/", "/quiz/*", "/attempt/*"]) {
  studentRoutes.use(path, pageHeaders, async (c, next) => {
    await next();
    c.header("Cache-Control", "private, no-store");
  });
}

for (const file of Object.values(ASSETS)) {
  studentRoutes.get(file.path, (c) =>
    c.body(file.body, 200, { "Content-Type": file.type, "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" }),
  );
}

studentRoutes.get("/", async (c) => c.html(<QuizList quizzes={await listQuizzes(c.env.DB)} />));

studentRoutes.get("/quiz/:quizId", async (c) => {
  const { quizId } = paramsOf(c, QuizIdParam);
  return c.html(<QuizStart quiz={await findPlayableQuiz(c.env.DB, quizId)} />);
});

studentRoutes.post("/quiz/:quizId/attempts", sameSiteOnly, formLimit, async (c) => {
  const { quizId } = paramsOf(c, QuizIdParam);
  const form = await c.req.parseBody();
  const name = typeof form.name === "string" ? form.name : "";
  const body = StartAttemptBody.safeParse({ name });
  if (!body.success) {
    return c.html(<QuizStart quiz={await findPlayableQuiz(c.env.DB, quizId)} name={name} error="Type your name to start: your teacher sees it with your results." />, 400);
  }
  try {
    const started = await startAttempt(c.env.DB, quizId, body.data.name);
    const path = `/attempt/${started.attempt.id}`;
    setCookie(c, COOKIE, started.token, { httpOnly: true, secure: isHttps(c), sameSite: "Strict", path, maxAge: COOKIE_SECONDS });
    return c.redirect(path, 303);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== "attempt_limit_reached") throw err;
    return c.html(<QuizStart quiz={await findPlayableQuiz(c.env.DB, quizId)} name={name} error={err.message} />, 409);
  }
});

studentRoutes.get("/attempt/:attemptId", async (c) => {
  const { attemptId } = paramsOf(c, AttemptIdParam);
  const state = await readAttempt(c.env.DB, attemptId, attemptToken(c));
  const saved = c.req.query("saved");
  return c.html(<AttemptPage state={state} notice={saved ? { questionId: saved, saved: true } : undefined} />);
});

/**
 * One question's form. Without the attempt script the browser posts it and
 * gets the page back (a redirect after a save); the script posts it in the
 * background (X-Requested-With: fetch) and gets only the question's section.
 * Either way an answer that cannot be saved comes back as typed, with the reason.
 */
studentRoutes.post("/attempt/:attemptId/answers/:questionId", sameSiteOnly, formLimit, async (c) => {
  const { attemptId, questionId } = paramsOf(c, ResponseParams);
  const token = attemptToken(c);
  const form = AnswerFormSchema.safeParse(await c.req.parseBody({ all: true }));
  let notice: PageNotice;
  let status: 200 | 400 | 404 | 409 = 200;
  if (!form.success) {
    notice = { questionId, error: `The answer could not be read: ${form.error.issues[0]!.message}.` };
    status = 400;
  } else if (form.data.move) {
    // An ordering move without the script: show the new order; it is saved with the question's button.
    const order = [form.data.order ?? []].flat();
    notice = { questionId, draft: applyMove(order, form.data.move) };
  } else {
    const value = responseFromForm(form.data);
    try {
      if (value === null && (await readAttempt(c.env.DB, attemptId, token)).quiz.settings.feedback !== "deferred") {
        throw new ApiError("validation_failed", "Choose or type an answer before checking it.");
      }
      await saveAnswer(c.env.DB, attemptId, token, questionId, value);
      notice = { questionId, saved: true };
    } catch (err) {
      if (!(err instanceof ApiError) || err.code === "not_found") throw err;
      notice = { questionId, error: err.message, draft: value };
      status = err.status as 400 | 409;
    }
  }
  const state = await readAttempt(c.env.DB, attemptId, token);
  const model = questionModels(state, notice).find((m) => m.question.id === questionId);
  if (!model) throw new ApiError("not_found", `Question '${questionId}' is not part of this attempt's quiz.`);
  if (c.req.header("X-Requested-With") === "fetch") return c.html(<QuestionSection m={model} />, status);
  if (status === 200 && notice.saved) return c.redirect(`/attempt/${attemptId}?saved=${encodeURIComponent(questionId)}#${sectionId(questionId)}`, 303);
  return c.html(<AttemptPage state={state} notice={notice} />, status);
});

studentRoutes.post("/attempt/:attemptId/finish", sameSiteOnly, async (c) => {
  const { attemptId } = paramsOf(c, AttemptIdParam);
  await finishAttempt(c.env.DB, attemptId, attemptToken(c));
  return c.redirect(`/attempt/${attemptId}`, 303);
});

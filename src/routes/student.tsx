import { Hono } from "hono";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { limitSavesPerAttempt, limitSavesPerClient, limitStartsPerClient } from "../http/rate-limit";
import { isHttps, readForm, sameOrigin } from "../http/same-origin";
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
/** On the quiz's own path: which attempt this browser has open there, so the quiz page can offer "continue". */
const OPEN_COOKIE = "open_attempt";
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
  // Not "no-referrer": with it browsers send "Origin: null" on form posts, and over plain HTTP
  // (no Sec-Fetch-Site) the same-origin check could not tell this site's own forms from another's.
  referrerPolicy: "same-origin",
});

const problem = (c: Context<AppEnv>, title: string, message: string, status: 400 | 403 | 404 | 409 | 413 | 500) =>
  c.html(<ProblemPage title={title} message={message} />, status);

const TITLES: Partial<Record<string, string>> = { not_found: "Not found", attempt_finished: "Already finished", time_limit_exceeded: "Time is up", rate_limited: "Too fast" };

const sameSiteOnly = sameOrigin((c) => problem(c, "Refused", "This form can only be sent from this site's own pages.", 403));
const formLimit = bodyLimit({
  maxSize: FORM_MAX_BYTES,
  onError: (c) => problem(c as Context<AppEnv>, "Too large", `The form was larger than the ${FORM_MAX_BYTES / 1024} KB a page accepts.`, 413),
});

const openAttemptOf = (c: Context<AppEnv>) => {
  const id = getCookie(c, OPEN_COOKIE);
  return id && AttemptIdParam.safeParse({ attemptId: id }).success ? id : undefined;
};

/** Path parameters, checked by the API's own schemas; an address that fails them names no page. */
function paramsOf<T>(c: Context<AppEnv>, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T {
  const parsed = schema.safeParse(c.req.param());
  if (!parsed.success) throw new ApiError("not_found", "There is no page at this address. Check the link you were given.");
  return parsed.data;
}

function attemptToken(c: Context<AppEnv>): string {
  const token = getCookie(c, COOKIE);
  if (!token) {
    // A link followed from another site (a school platform, a chat) arrives without the SameSite=Strict
    // cookie; the same link followed from this page carries it.
    throw new ApiError("forbidden", "This attempt is open only in the browser that started it. If this is that browser, open it again from here; otherwise start a new attempt from the quiz's page.", { retry: c.req.path });
  }
  return token;
}

export const studentRoutes = new Hono<AppEnv>();

studentRoutes.onError((err, c) => {
  if (!(err instanceof ApiError)) throw err;
  const retry = (err.details as { retry?: string } | undefined)?.retry;
  const link = retry && c.req.method === "GET" ? { href: retry, text: "Open this attempt" } : undefined;
  return c.html(<ProblemPage title={TITLES[err.code] ?? "Something is wrong"} message={err.message} link={link} />, err.status as 400 | 403 | 404 | 409 | 429);
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
  return c.html(<QuizStart quiz={await findPlayableQuiz(c.env.DB, quizId)} openAttempt={openAttemptOf(c)} />);
});

studentRoutes.post("/quiz/:quizId/attempts", sameSiteOnly, limitStartsPerClient, formLimit, async (c) => {
  const { quizId } = paramsOf(c, QuizIdParam);
  const form = await readForm(c);
  const name = typeof form?.name === "string" ? form.name : "";
  const joinCode = typeof form?.joinCode === "string" && form.joinCode !== "" ? form.joinCode : undefined;
  const body = StartAttemptBody.safeParse({ name, joinCode });
  if (!body.success) {
    const problem = body.error.issues[0]!;
    const error = problem.path[0] === "name" && name.trim() !== "" ? `Your ${problem.message}.` : "Type your name to start: your teacher sees it with your results.";
    return c.html(<QuizStart quiz={await findPlayableQuiz(c.env.DB, quizId)} name={name} openAttempt={openAttemptOf(c)} error={error} />, 400);
  }
  try {
    const started = await startAttempt(c.env.DB, quizId, body.data.name, body.data.joinCode);
    const path = `/attempt/${started.attempt.id}`;
    setCookie(c, COOKIE, started.token, { httpOnly: true, secure: isHttps(c), sameSite: "Strict", path, maxAge: COOKIE_SECONDS });
    setCookie(c, OPEN_COOKIE, started.attempt.id, { httpOnly: true, secure: isHttps(c), sameSite: "Strict", path: `/quiz/${quizId}`, maxAge: COOKIE_SECONDS });
    return c.redirect(path, 303);
  } catch (err) {
    if (!(err instanceof ApiError) || (err.code !== "attempt_limit_reached" && err.code !== "forbidden")) throw err;
    return c.html(<QuizStart quiz={await findPlayableQuiz(c.env.DB, quizId)} name={name} openAttempt={openAttemptOf(c)} error={err.message} />, err.status as 403 | 409);
  }
});

/** The notice a redirect carries: "?saved=<question>" after a save, "?q=<question>&order=<ids>" after an ordering move. */
function noticeFromQuery(c: Context<AppEnv>): PageNotice | undefined {
  const { saved, q, order } = c.req.query();
  if (saved) return { questionId: saved, saved: true };
  if (q && order && /^[\w-]{1,40}(,[\w-]{1,40}){0,29}$/.test(order)) return { questionId: q, draft: order.split(",") };
  return undefined;
}

studentRoutes.get("/attempt/:attemptId", async (c) => {
  const { attemptId } = paramsOf(c, AttemptIdParam);
  const state = await readAttempt(c.env.DB, attemptId, attemptToken(c));
  return c.html(<AttemptPage state={state} notice={noticeFromQuery(c)} />);
});

/**
 * One question's form. Without the attempt script the browser posts it and
 * gets the page back (a redirect after a save); the script posts it in the
 * background (X-Requested-With: fetch) and gets only the question's section.
 * Either way an answer that cannot be saved comes back as typed, with the reason.
 */
studentRoutes.post("/attempt/:attemptId/answers/:questionId", sameSiteOnly, limitSavesPerClient, limitSavesPerAttempt, formLimit, async (c) => {
  const { attemptId, questionId } = paramsOf(c, ResponseParams);
  const token = attemptToken(c);
  const form = AnswerFormSchema.safeParse((await readForm(c, { all: true })) ?? {});
  let notice: PageNotice;
  let status: 200 | 400 | 404 | 409 = 200;
  if (!form.success) {
    notice = { questionId, error: `The answer could not be read: ${form.error.issues[0]!.message}.` };
    status = 400;
  } else if (form.data.move) {
    // An ordering move without the script: back to the question with the new order, saved only by the question's button.
    // The attempt is checked first (its token, the question), and the address is built from what was checked.
    const state = await readAttempt(c.env.DB, attemptId, token);
    if (!state.questions.some((q) => q.id === questionId)) throw new ApiError("not_found", `Question '${questionId}' is not part of this attempt's quiz.`);
    const order = applyMove([form.data.order ?? []].flat(), form.data.move);
    const at = encodeURIComponent(state.attempt.id);
    return c.redirect(`/attempt/${at}?q=${encodeURIComponent(questionId)}&order=${order.map(encodeURIComponent).join(",")}#${sectionId(questionId)}`, 303);
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
  const { attempt } = await finishAttempt(c.env.DB, attemptId, attemptToken(c));
  deleteCookie(c, OPEN_COOKIE, { path: `/quiz/${attempt.quizId}`, secure: isHttps(c) });
  return c.redirect(`/attempt/${attemptId}`, 303);
});

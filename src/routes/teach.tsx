import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Context } from "hono";
import type { AppEnv } from "../env";
import { authenticateTeacher, bearerToken } from "../http/auth";
import { ApiError } from "../http/errors";
import { isHttps, readForm, sameOrigin } from "../http/same-origin";
import { QuizReport } from "../pages/quiz-report";
import { Page, SignIn } from "../pages/layout";
import { StatsQuery } from "../schemas/api";
import { findOwnedQuiz } from "../services/quizzes";
import { quizStats } from "../services/stats";

// Teacher pages, rendered on the server. A browser signs in once with the
// teacher key (kept in an HttpOnly, SameSite=Strict cookie for these pages
// only); scripts and curl may send the usual Authorization header instead.

const COOKIE = "teacher_key";
const SIGNED_IN_SECONDS = 8 * 60 * 60;
// No script anywhere, styles only inline, forms only to this origin.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function secure(c: Context<AppEnv>) {
  c.header("Content-Security-Policy", CSP);
  c.header("Cache-Control", "private, no-store");
  // "same-origin", not "no-referrer": with no referrer, form posts carry "Origin: null" and over plain HTTP the same-origin check fails.
  c.header("Referrer-Policy", "same-origin");
  c.header("X-Content-Type-Options", "nosniff");
  c.header("X-Frame-Options", "DENY");
}

async function teacherOf(c: Context<AppEnv>) {
  const key = bearerToken(c.req.header("Authorization")) ?? getCookie(c, COOKIE);
  return key ? authenticateTeacher(c, key) : null;
}

const problem = (title: string, message: string) => (
  <Page title={title}>
    <h1>{title}</h1>
    <p>{message}</p>
  </Page>
);

export const teachRoutes = new Hono<AppEnv>();

teachRoutes.use("/teach/*", async (c, next) => {
  secure(c);
  await next();
  // An address blocked after too many wrong keys gets a page, not the API's JSON error.
  if (c.error instanceof ApiError && c.error.code === "rate_limited") c.res = await c.html(problem("Too many tries", c.error.message), 429);
});

teachRoutes.get("/teach", (c) => c.html(<SignIn next="/teach" message="Sign in with the teacher key you were given." />));

const sameSiteOnly = sameOrigin((c) => c.html(problem("Refused", "This form can only be sent from this site's own pages."), 403));

teachRoutes.post("/teach/sign-out", sameSiteOnly, (c) => {
  deleteCookie(c, COOKIE, { path: "/teach", secure: isHttps(c) });
  return c.redirect("/teach", 303);
});

teachRoutes.post(
  "/teach/session",
  sameSiteOnly,
  bodyLimit({ maxSize: 4096, onError: (c) => c.html(problem("Too large", "The sign-in form was too large."), 413) }),
  async (c) => {
    const form = await readForm(c);
    const key = typeof form?.key === "string" ? form.key.trim() : "";
    const next = typeof form?.next === "string" && /^\/teach\/[\w/-]*$/.test(form.next) ? form.next : "/teach";
    if (!key || !(await authenticateTeacher(c, key))) {
      return c.html(<SignIn next={next} message="That teacher key is not valid. Check the key you were given when your account was created." />, 401);
    }
    setCookie(c, COOKIE, key, { httpOnly: true, secure: isHttps(c), sameSite: "Strict", path: "/teach", maxAge: SIGNED_IN_SECONDS });
    return c.redirect(next, 303);
  },
);

teachRoutes.get("/teach/quizzes/:quizId", async (c) => {
  const teacher = await teacherOf(c);
  const path = c.req.path;
  if (!teacher) return c.html(<SignIn next={path} message="Sign in to see how your class did." />, 401);
  const query = StatsQuery.safeParse(c.req.query());
  if (!query.success) return c.html(problem("Bad request", `The page's query is not valid: ${query.error.issues[0]!.message}.`), 400);
  try {
    const { quiz } = await findOwnedQuiz(c.env.DB, c.req.param("quizId"), teacher);
    return c.html(<QuizReport stats={await quizStats(c.env.DB, quiz, query.data)} />);
  } catch (err) {
    if (err instanceof ApiError) return c.html(problem(err.code === "not_found" ? "Not found" : "Not yours", err.message), err.status as 403 | 404);
    throw err;
  }
});

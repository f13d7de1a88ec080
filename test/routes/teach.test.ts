import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { choiceId } from "../../src/score/item-id";
import { api, everyKindQuiz, newTeacher, uniqueName } from "../helpers";

// The teacher's results page, rendered by the real Worker (the browser test in
// test/browser checks that a real browser draws it).

const page = (path: string, init: RequestInit = {}) => SELF.fetch(`http://quiz.test${path}`, { redirect: "manual", ...init });

async function quizWithAttempts(key: string) {
  const created = await api("POST", "/api/quizzes", { token: key, body: { ...everyKindQuiz(), title: "Camp <script>alert(1)</script>" } });
  const quizId = created.body.id as string;
  await api("POST", `/api/quizzes/${quizId}/publish`, { token: key });
  for (const [sa, mc] of [["Luis Costa", "Porto"], ["Ana Ruiz", "Lisbon"], ["luis costa", "Lisbon"]] as const) {
    const started = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name: uniqueName() } });
    const { token } = started.body;
    const id = started.body.attempt.id;
    await api("PUT", `/api/attempts/${id}/responses/sa`, { token, body: { response: sa } });
    await api("PUT", `/api/attempts/${id}/responses/mc`, { token, body: { response: choiceId({ text: mc }) } });
    await api("POST", `/api/attempts/${id}/finish`, { token });
  }
  return quizId;
}

describe("the teacher's results page", () => {
  it("asks for the teacher key, signs in with an HttpOnly cookie, then shows charts, flags and wrong answers", async () => {
    const key = await newTeacher();
    const quizId = await quizWithAttempts(key);
    const path = `/teach/quizzes/${quizId}`;

    const anonymous = await page(path);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain('action="/teach/session"');

    const form = (body: Record<string, string>) => page("/teach/session", { method: "POST", body: new URLSearchParams(body) });
    expect((await form({ key: "tk_wrong", next: path })).status).toBe(401);
    const signedIn = await form({ key, next: path });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("Location")).toBe(path);
    const cookie = signedIn.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(/^teacher_key=/);
    for (const attribute of ["HttpOnly", "SameSite=Strict", "Path=/teach"]) expect(cookie).toContain(attribute);
    // Secure only over HTTPS: a teacher on the school network's plain-HTTP `wrangler dev` could not sign in otherwise.
    expect(cookie).not.toContain("Secure");
    const overHttps = await SELF.fetch("https://quiz.test/teach/session", { method: "POST", redirect: "manual", body: new URLSearchParams({ key, next: path }) });
    expect(overHttps.headers.get("Set-Cookie")).toContain("Secure");
    // Only a path of these pages is followed after sign-in.
    expect((await form({ key, next: "https://evil.example/" })).headers.get("Location")).toBe("/teach");

    const report = await page(path, { headers: { Cookie: cookie.split(";")[0]! } });
    expect(report.status).toBe(200);
    expect(report.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    const html = await report.text();
    expect(html).toContain("Camp &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script");
    expect(html.match(/<svg class="chart"/g)).toHaveLength(3);
    expect(html).toContain(`<rect class="bar" data-value="66.67"`); // facility of the multiple-choice question: 2 of 3 right
    expect(html).toContain("Questions to review");
    expect(html).toContain("Luis Costa</td><td>2</td>");

    // A sign-in posted from another site is refused; signing out clears the cookie.
    const crossSite = await page("/teach/session", { method: "POST", body: new URLSearchParams({ key, next: path }), headers: { Origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get("Set-Cookie")).toBeNull();
    const out = await page("/teach/sign-out", { method: "POST", headers: { Origin: "http://quiz.test" } });
    expect(out.status).toBe(303);
    expect(out.headers.get("Set-Cookie")).toMatch(/^teacher_key=;.*Max-Age=0/);

    // The Authorization header works too, for scripts.
    expect((await page(path, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
  });

  it("says plainly when the quiz is someone else's, missing, or the query is wrong", async () => {
    const key = await newTeacher();
    const quizId = await quizWithAttempts(key);
    const other = await newTeacher("Other");
    const as = (k: string) => ({ headers: { Authorization: `Bearer ${k}` } });
    expect((await page(`/teach/quizzes/${quizId}`, as(other))).status).toBe(403);
    expect((await page("/teach/quizzes/qz_nope", as(key))).status).toBe(404);
    expect((await page(`/teach/quizzes/${quizId}?attempts=best`, as(key))).status).toBe(400);
  });
});

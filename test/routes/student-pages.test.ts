import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ASSETS } from "../../src/pages/student/assets";
import { itemId } from "../../src/score/item-id";
import { api, everyKindQuiz, newTeacher, uniqueName } from "../helpers";

// The student pages through the real Worker and D1, as a browser without the
// attempt script would use them: plain form posts and redirects. (The browser
// test in test/browser drives the same pages with the script, in chromium.)

const ORIGIN = "http://quiz.test";
const page = (path: string, init: RequestInit = {}) => SELF.fetch(`${ORIGIN}${path}`, { redirect: "manual", ...init });
const post = (path: string, fields: [string, string][], headers: Record<string, string> = {}) =>
  page(path, { method: "POST", body: new URLSearchParams(fields), headers: { "Sec-Fetch-Site": "same-origin", ...headers } });

// Strings that appear only in the key, never in a prompt or the article.
const SECRET = { answer: "Zorblax Quentin", explanation: "EXPLANATION-7731", feedback: "FEEDBACK-4410" };

async function publish(settings: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const key = await newTeacher();
  const quiz = everyKindQuiz(settings);
  quiz.questions.push({ id: "secret", kind: "short_answer", prompt: "Who won?", answers: [{ text: SECRET.answer, feedback: SECRET.feedback }], explanation: SECRET.explanation } as never);
  const created = await api("POST", "/api/quizzes", { token: key, body: { ...quiz, ...extra } });
  expect(created.status).toBe(201);
  await api("POST", `/api/quizzes/${created.body.id}/publish`, { token: key });
  return created.body.id as string;
}

/** Starts an attempt through the quiz page's form; returns its path and the cookie a browser would send back. */
async function start(quizId: string) {
  const res = await post(`/quiz/${quizId}/attempts`, [["name", uniqueName()]]);
  expect(res.status).toBe(303);
  const path = res.headers.get("Location")!;
  const setCookie = res.headers.get("Set-Cookie")!;
  return { path, setCookie, cookie: { Cookie: setCookie.split(";")[0]! }, token: setCookie.split(";")[0]!.split("=")[1]!, id: path.split("/").pop()! };
}

const secretsIn = (html: string) => Object.values(SECRET).filter((s) => html.includes(s));

describe("the student pages", () => {
  it("list the quizzes and show a quiz's article with a name field, under a strict CSP and Hono's secure headers", async () => {
    const home = await page("/");
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('href="/quiz/interaction-2025"');
    const csp = home.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe");
    expect(home.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(home.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
    expect(home.headers.get("Cache-Control")).toBe("private, no-store");

    const quiz = await (await page("/quiz/interaction-2025")).text();
    expect(quiz).toContain("Vitebsk region");
    expect(quiz).toMatch(/<label class="field" for="name">Your name<\/label><input type="text" id="name" name="name"/);
    // No inline script or style anywhere: both are files from this worker.
    expect(quiz).not.toMatch(/<script(?! src="\/assets\/)/);
    expect(quiz).not.toMatch(/<style|style="/);
    expect((await page("/quiz/no-such-quiz")).status).toBe(404);
  });

  it("serves the stylesheet and script under content-hashed paths, cached for a year", async () => {
    for (const asset of Object.values(ASSETS)) {
      const res = await page(asset.path);
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Type")).toBe(asset.type);
      expect(res.headers.get("Cache-Control")).toContain("immutable");
      expect(await res.text()).toBe(asset.body);
    }
    expect((await page("/assets/attempt.0.js")).status).toBe(404);
  });

  it("keeps the attempt token in an HttpOnly, SameSite=Strict cookie scoped to the attempt, Secure over HTTPS", async () => {
    const quizId = await publish({ feedback: "deferred" });
    const { setCookie, id } = await start(quizId);
    for (const attribute of ["HttpOnly", "SameSite=Strict", `Path=/attempt/${id}`]) expect(setCookie).toContain(attribute);
    // Plain HTTP (wrangler dev on a school network) would drop a Secure cookie.
    expect(setCookie).not.toContain("Secure");
    const overHttps = await SELF.fetch(`https://quiz.test/quiz/${quizId}/attempts`, {
      method: "POST", redirect: "manual", body: new URLSearchParams({ name: uniqueName() }), headers: { "Sec-Fetch-Site": "same-origin" },
    });
    expect(overHttps.headers.get("Set-Cookie")).toContain("Secure");
  });

  it("refuses cross-site form posts, a missing name, and an attempt without its cookie or with another's", async () => {
    const quizId = await publish({ feedback: "deferred" });
    expect((await post(`/quiz/${quizId}/attempts`, [["name", "Eve"]], { "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    const noName = await post(`/quiz/${quizId}/attempts`, [["name", "   "]]);
    expect(noName.status).toBe(400);
    expect(await noName.text()).toContain("Type your name to start");

    const mine = await start(quizId);
    const other = await start(quizId);
    const anonymous = await page(mine.path);
    expect(anonymous.status).toBe(403);
    expect(await anonymous.text()).toContain("open only in the browser that started it");
    // The other attempt's token does not open this one, nor save into it.
    expect((await page(mine.path, { headers: other.cookie })).status).toBe(404);
    const forged = await post(`${mine.path}/answers/sa`, [["shape", "one"], ["answer", "Ana Ruiz"]], other.cookie);
    expect(forged.status).toBe(404);
    // A cross-site post with the right cookie (a browser would not even send a Strict one) is refused too.
    expect((await post(`${mine.path}/answers/sa`, [["shape", "one"], ["answer", "x"]], { ...mine.cookie, "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    const state = await api("GET", `/api/attempts/${mine.id}`, { token: mine.token });
    expect(state.body.responses).toEqual([]);
  });

  it("works without the script: every kind saves by form post, a move reorders without saving, and finishing shows the results", async () => {
    const quizId = await publish({ feedback: "deferred" });
    const { path, cookie, token, id } = await start(quizId);
    const attempt = await page(path, { headers: cookie });
    expect(attempt.status).toBe(200);
    const html = await attempt.text();
    expect(html.match(/<section class="question"/g)).toHaveLength(8);
    expect(html).toContain(`<script src="${ASSETS.script.path}" defer=""></script>`);

    const view = (await api("GET", `/api/attempts/${id}`, { token })).body;
    const option = (qid: string, text: string) => view.questions.find((q: any) => q.id === qid).options.find((o: any) => o.text === text).id;
    const ordering: string[] = view.questions.find((q: any) => q.id === "ord").items.map((i: any) => i.id as string);

    const forms: [string, [string, string][]][] = [
      ["mc", [["shape", "one"], ["answer", option("mc", "Lisbon")]]],
      ["tf", [["shape", "one"], ["answer", "true"]]],
      ["sa", [["shape", "one"], ["answer", "  ana ruiz "]]],
      ["num", [["shape", "one"], ["answer", "12 days"]]],
      ["cz", [["shape", "gaps"], ["gap1", "Lisbon"]]],
      ["mt", [["shape", "pairs"], [`match.${itemId("Ana Ruiz")}`, itemId("coach")], [`match.${itemId("Lisbon")}`, itemId("training place")]]],
    ];
    for (const [qid, fields] of forms) {
      const saved = await post(`${path}/answers/${qid}`, fields, cookie);
      expect(saved.status, qid).toBe(303);
      expect(saved.headers.get("Location")).toBe(`${path}?saved=${qid}#q-${qid}`);
    }
    const back = await (await page(`${path}?saved=sa`, { headers: cookie })).text();
    expect(back).toMatch(/<span class="saved">Saved at \d\d:\d\d UTC<\/span>/);

    // Ordering without the script: each move comes back as a page with the new order, saved only by the button.
    const right = ["Ruiz's role is given", "the camp is described", "Ruiz is quoted"].map(itemId);
    let order: string[] = ordering;
    for (const target of right.keys()) {
      while (order.indexOf(right[target]!) > target) {
        const moved = await post(`${path}/answers/ord`, [["shape", "order"], ...order.map((o) => ["order", o] as [string, string]), ["move", `${right[target]}:up`]], cookie);
        // Back to the question (its anchor) with the new order in the address; a reload re-posts nothing.
        expect(moved.status).toBe(303);
        const location = moved.headers.get("Location")!;
        expect(location).toMatch(new RegExp(`^${path}\\?q=ord&order=[\\w,]+#q-ord$`));
        const section = (await (await page(location, { headers: cookie })).text()).split('id="q-ord"')[1]!;
        order = [...section.matchAll(/name="order" value="([^"]+)"/g)].map((m) => m[1]!);
      }
    }
    expect(order).toEqual(right);
    expect((await api("GET", `/api/attempts/${id}`, { token })).body.responses.map((r: any) => r.questionId)).not.toContain("ord");
    expect((await post(`${path}/answers/ord`, [["shape", "order"], ...order.map((o) => ["order", o] as [string, string])], cookie)).status).toBe(303);

    const finished = await post(`${path}/finish`, [], cookie);
    expect(finished.status).toBe(303);
    const results = await (await page(path, { headers: cookie })).text();
    expect(results).toContain("Your results");
    expect(results).toContain("You scored 7 of 8 (88%)");
    expect(results.match(/class="verdict">✓ Right/g)).toHaveLength(7);
    expect(results).toContain("– Not answered");
    // Finished: nothing to post, and no script.
    expect(results).not.toContain("<script");
    expect(results).not.toContain('method="post"');
    // The cited sentence is marked in the article, and the result links to it.
    expect(results).toMatch(/<mark id="src-0-72">/);
    expect(results).toContain('href="#src-0-72"');
  });

  it("never clears an answer from a closed form, offers to continue an open attempt, and reopens one reached from another site", async () => {
    const quizId = await publish({ feedback: "deferred" });
    const { path, cookie, token, id } = await start(quizId);
    await post(`${path}/answers/sa`, [["shape", "one"], ["answer", "Ana Ruiz"]], cookie);
    // A form whose fieldset the page disabled (time up) sends no shape: refused, and the saved answer stays.
    const closed = await post(`${path}/answers/sa`, [], { ...cookie, "X-Requested-With": "fetch" });
    expect(closed.status).toBe(400);
    expect(await closed.text()).toContain("this question is closed, or the page is out of date");
    expect((await api("GET", `/api/attempts/${id}`, { token })).body.responses[0].response).toBe("Ana Ruiz");

    // The quiz page, in the browser that started the attempt, links back to it until it is finished.
    const started = await post(`/quiz/${quizId}/attempts`, [["name", uniqueName()]]);
    const openCookie = started.headers.getAll("Set-Cookie").find((c) => c.startsWith("open_attempt="))!;
    expect(openCookie).toContain(`Path=/quiz/${quizId}`);
    const next = started.headers.get("Location")!;
    const quizPage = await (await page(`/quiz/${quizId}`, { headers: { Cookie: openCookie.split(";")[0]! } })).text();
    expect(quizPage).toContain(`<a href="${next}">Continue your attempt</a>`);
    const attemptCookie = started.headers.getAll("Set-Cookie").find((c) => c.startsWith("attempt="))!.split(";")[0]!;
    const finished = await post(`${next}/finish`, [], { Cookie: attemptCookie });
    expect(finished.headers.getAll("Set-Cookie").some((c) => c.startsWith("open_attempt=;") && c.includes(`Path=/quiz/${quizId}`))).toBe(true);

    // Followed from another site, the Strict cookie is not sent: the page offers the same link from here.
    const fromElsewhere = await page(path, { headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(fromElsewhere.status).toBe(403);
    expect(await fromElsewhere.text()).toContain(`<a href="${path}">Open this attempt</a>`);
  });

  it("returns just the question's section to the attempt script, and bad or empty answers come back as typed, with the reason", async () => {
    const quizId = await publish({ feedback: "immediate" });
    const { path, cookie } = await start(quizId);
    const fetchHeaders = { ...cookie, "X-Requested-With": "fetch" };

    const empty = await post(`${path}/answers/sa`, [["shape", "one"], ["answer", " "]], fetchHeaders);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Choose or type an answer before checking it.");

    const badShape = await post(`${path}/answers/sa`, [["shape", "sideways"], ["answer", "x"]], fetchHeaders);
    expect(badShape.status).toBe(400);
    expect(await badShape.text()).toContain("The answer could not be read");

    const wrongNumber = await post(`${path}/answers/num`, [["shape", "many"], ["answer", "twelve-ish"]], fetchHeaders);
    expect(wrongNumber.status).toBe(400);
    const wrongHtml = await wrongNumber.text();
    expect(wrongHtml.startsWith('<section class="question" id="q-num">')).toBe(true);

    const checked = await post(`${path}/answers/secret`, [["shape", "one"], ["answer", "Someone Else"]], fetchHeaders);
    expect(checked.status).toBe(200);
    const fragment = await checked.text();
    expect(fragment).toContain("✗ Wrong");
    expect(fragment).toContain('value="Someone Else"');
    expect(fragment).toContain("<fieldset disabled=\"\">");
    // Immediate feedback shows the explanation, but not the right answer until the quiz allows it.
    expect(fragment).toContain(SECRET.explanation);
    expect(fragment).not.toContain(SECRET.answer);

    // Checked once: a second try is refused, and the page says why, keeping what was typed.
    const again = await post(`${path}/answers/secret`, [["shape", "one"], ["answer", "Another Try"]], cookie);
    expect(again.status).toBe(409);
    const againHtml = await again.text();
    expect(againHtml).toContain("was already answered and checked");
    expect(againHtml).toContain('value="Another Try"');
  });

  it("interactive feedback: a wrong try says how many are left and keeps the question open; the right one closes it", async () => {
    const quizId = await publish({ feedback: "interactive", tries: 2 });
    const { path, cookie } = await start(quizId);
    const headers = { ...cookie, "X-Requested-With": "fetch" };
    const first = await (await post(`${path}/answers/sa`, [["shape", "one"], ["answer", "Luis Costa"]], headers)).text();
    expect(first).toContain("✗ Wrong");
    expect(first).toContain("1 try left: change your answer and check again.");
    expect(first).not.toContain("<fieldset disabled");
    // While a try is left the rule is held back: it could give the answer away.
    expect(first).not.toContain("Why:");
    const second = await (await post(`${path}/answers/sa`, [["shape", "one"], ["answer", "Ana Ruiz"]], headers)).text();
    expect(second).toContain("✓ Right");
    expect(second).toMatch(/Why: .*\(less 33.3% for 1 earlier try\)/);
    expect(second).toContain("0.67 points of 1 point");
    expect(second).toContain('<fieldset disabled="">');
  });

  it("never shows a key the review options hold back, at any step", async () => {
    const review = { score: true, feedback: false, rightAnswer: false, explanation: false };
    const quizId = await publish({ feedback: "deferred", review });
    const { path, cookie } = await start(quizId);
    const steps: [string, string][] = [];
    steps.push(["quiz page", await (await page(`/quiz/${quizId}`)).text()]);
    steps.push(["attempt page", await (await page(path, { headers: cookie })).text()]);
    const saved = await post(`${path}/answers/secret`, [["shape", "one"], ["answer", "Zorblax"]], { ...cookie, "X-Requested-With": "fetch" });
    steps.push(["saved fragment", await saved.text()]);
    steps.push(["after saving", await (await page(`${path}?saved=secret`, { headers: cookie })).text()]);
    expect(steps[3]![1]).not.toContain('class="result');
    await post(`${path}/finish`, [], cookie);
    steps.push(["finished", await (await page(path, { headers: cookie })).text()]);
    for (const [step, html] of steps) expect(secretsIn(html), step).toEqual([]);
    expect(steps[4]![1]).toContain("✗ Wrong");

    // With the default review options and one attempt allowed, the same steps end by showing the key.
    const open = await publish({ feedback: "deferred", attemptsAllowed: 1 });
    const second = await start(open);
    await post(`${second.path}/answers/secret`, [["shape", "one"], ["answer", "Zorblax"]], second.cookie);
    expect(secretsIn(await (await page(second.path, { headers: second.cookie })).text())).toEqual([]);
    await post(`${second.path}/finish`, [], second.cookie);
    expect(secretsIn(await (await page(second.path, { headers: second.cookie })).text()).sort()).toEqual([SECRET.answer, SECRET.explanation].sort());
  });

  it("escapes what teachers and students type, and keeps the bundled quiz's pages under 50 KB", async () => {
    const quizId = await publish({ feedback: "deferred" }, { title: "Quiz <img src=x onerror=alert(1)>" });
    const { path, cookie } = await start(quizId);
    await post(`${path}/answers/sa`, [["shape", "one"], ["answer", "<script>alert(1)</script>"]], cookie);
    const html = await (await page(`${path}?saved=%3Cscript%3E`, { headers: cookie })).text();
    expect(html).toContain("Quiz &lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain("<script>");

    const bundled = await start("interaction-2025");
    const sizes = [
      (await (await page("/")).arrayBuffer()).byteLength,
      (await (await page("/quiz/interaction-2025")).arrayBuffer()).byteLength,
      (await (await page(bundled.path, { headers: bundled.cookie })).arrayBuffer()).byteLength,
    ];
    await post(`${bundled.path}/finish`, [], bundled.cookie);
    sizes.push((await (await page(bundled.path, { headers: bundled.cookie })).arrayBuffer()).byteLength);
    for (const size of sizes) expect(size).toBeLessThan(50 * 1024);
  });

  it("checks the attempt before an ordering move redirects: no cookie, another's cookie or an unknown question gets no Location", async () => {
    const quizId = await publish({ feedback: "deferred" });
    const own = await start(quizId);
    const other = await start(quizId);
    const move: [string, string][] = [["shape", "order"], ["order", "a"], ["order", "b"], ["move", "a:down"]];
    for (const [label, path, headers] of [
      ["no cookie", `${own.path}/answers/ord`, {}],
      ["another's cookie", `${own.path}/answers/ord`, other.cookie],
      ["unknown question", `${own.path}/answers/nope`, own.cookie],
    ] as const) {
      const res = await post(path, move, headers);
      expect([403, 404], label).toContain(res.status);
      expect(res.headers.get("Location"), label).toBeNull();
    }
    const moved = await post(`${own.path}/answers/ord`, move, own.cookie);
    expect(moved.status).toBe(303);
    expect(moved.headers.get("Location")!.startsWith(`${own.path}?q=ord&order=b,a#`)).toBe(true);
  });
});

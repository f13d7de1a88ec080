import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, type BrowserContext, type Locator, type Page, type Request, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countColour, decodePng } from "./png";
import { type RunningWorker, callApi, startWorker } from "./worker";

// A student taking quizzes in a real headless browser (Debian's chromium,
// driven by playwright-core) on a 360 px wide phone screen, against the real
// worker under `wrangler dev` with local D1. The answers come from the quiz
// files' keys, typed and clicked into the page the way a student would, so
// every kind's input, the saving, the feedback and the final score are
// checked end to end. Screenshots go to test-results/ (kept by CI).

const CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find(existsSync);
const PHONE = { width: 360, height: 740 };
const RIGHT_BORDER = "#1e6b34";
const WRONG_BORDER = "#a4260b";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
// How long any one wait may take. Generous on purpose: on a loaded 2-core CI machine a save through
// wrangler dev, or a page load, can take seconds. Every wait below is on a condition, never a sleep, so
// this only bounds how long a real failure takes to report.
const WAIT = 30_000;

let worker: RunningWorker;
let browser: Browser;

type Key = any;
const bundled = JSON.parse(readFileSync("questions/interaction-2025/quiz.json", "utf8")) as { questions: Key[] };

beforeAll(async () => {
  if (!CHROMIUM) throw new Error("chromium is not installed: run `node scripts/ensure-deps.mjs` (apt-get install chromium)");
  worker = await startWorker();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

const call = (method: string, path: string, token: string | null, body?: unknown) => callApi(worker, method, path, token, body);

const isSave = (r: Request) => r.method() === "POST" && /\/attempt\/[^/]+\/answers\//.test(new URL(r.url()).pathname);

/** A phone-sized page that records every request it makes, every page it loads, and the saves on their way. */
async function phone(context?: BrowserContext) {
  const ctx = context ?? (await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, hasTouch: true }));
  const page = await ctx.newPage();
  page.setDefaultTimeout(WAIT);
  const requests: string[] = [];
  // Each page's size is read when its body has arrived; `documents()` waits for every one seen so far.
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  let savesOnTheirWay = 0;
  page.on("request", (r) => {
    requests.push(r.url());
    if (isSave(r)) savesOnTheirWay++;
  });
  page.on("requestfinished", (r) => isSave(r) && savesOnTheirWay--);
  page.on("requestfailed", (r) => isSave(r) && savesOnTheirWay--);
  page.on("response", (r) => {
    if (r.request().resourceType() !== "document" || r.status() !== 200) return;
    // Caught here so that a body that cannot be read fails the size check by name, not as an unhandled rejection.
    sizes.push(r.body().then((body) => ({ url: r.url(), bytes: body.length }), (e) => ({ url: `${r.url()} (body not read: ${e})`, bytes: Infinity })));
  });
  const consoleErrors: string[] = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  return {
    ctx,
    page,
    requests,
    documents: () => Promise.all(sizes),
    consoleErrors,
    /** Waits until no save the page sent is still on its way (answered, failed or aborted). */
    settled: () => expect.poll(() => savesOnTheirWay, { timeout: WAIT, interval: 50 }).toBe(0),
  };
}

/** Waits until the text of `locator` (looked up afresh each time: sections are replaced) is `expected`, or matches it. */
async function untilText(locator: Locator, expected: string | RegExp) {
  const text = expect.poll(() => locator.textContent({ timeout: WAIT }), { timeout: WAIT, interval: 50 });
  if (typeof expected === "string") await text.toBe(expected);
  else await text.toMatch(expected);
}

/**
 * Waits until a question's status says its answer reached the worker. The script shows "Saving…" again in the
 * same step that takes a reply when a newer answer has to follow it, so "Saved at" means the answer on screen
 * was saved, unless a typing pause is still running (the callers make sure none is).
 */
const saved = (section: Locator) => untilText(section.locator(".saved"), /^Saved at/);

/**
 * Waits for the attempt page after "Start the quiz", loaded in full. Its script is deferred: the questions can be
 * seen (and clicked) before it runs, so a test that acts as soon as they show races it (see the test of a choice
 * made before the script ran, which makes that race on purpose).
 */
async function attemptLoaded(page: Page) {
  await page.waitForURL(/\/attempt\/att_/, { waitUntil: "load" });
  await page.locator("#progress").waitFor();
}

/** The reply to the next save of `question` that the page sends (start waiting before the action that sends it). */
const nextSave = (page: Page, question: string) =>
  page.waitForResponse((r) => isSave(r.request()) && new URL(r.url()).pathname.endsWith(`/answers/${question}`), { timeout: WAIT });

async function axeViolations(page: Page) {
  await page.evaluate(AXE);
  const result = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function noSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

const best = (options: { text: string; weight: number }[]) => options.filter((o) => o.weight === Math.max(...options.map((x) => x.weight)));

/** Puts the ordering list in `order` using only the keyboard: focus an item's "Move up" button and press Enter. */
async function orderByKeyboard(section: Locator, order: string[]) {
  for (let target = 0; target < order.length; target++) {
    for (;;) {
      const texts = await section.locator("ol.order .item").allTextContents();
      const at = texts.indexOf(order[target]!);
      if (at <= target) break;
      await section.getByRole("button", { name: `Move up: ${order[target]}` }).focus();
      await section.page().keyboard.press("Enter");
    }
  }
  expect(await section.locator("ol.order .item").allTextContents()).toEqual(order);
}

/** Fills one question's inputs with `answer` (the key, or a deliberate wrong answer for true/false). */
async function fill(section: Locator, q: Key, wrong = false) {
  switch (q.kind) {
    case "multiple_choice":
      for (const o of q.multiple ? q.options.filter((o: Key) => o.weight > 0) : best(q.options)) await section.getByLabel(o.text, { exact: true }).check();
      break;
    case "true_false":
      await section.getByLabel(q.answer !== wrong ? "True" : "False", { exact: true }).check();
      break;
    case "short_answer":
      await section.getByLabel("Your answer").fill(q.answers[0].text);
      break;
    case "numeric":
      await section.getByLabel(/Your answer/).fill(String(q.answers[0].value));
      break;
    case "cloze":
      for (const [i, gap] of q.gaps.entries()) {
        const input = section.getByLabel(`Gap ${i + 1} of ${q.gaps.length}`);
        if (gap.options) await input.selectOption({ label: best(gap.options)[0]!.text });
        else await input.fill(gap.answers[0].text);
      }
      break;
    case "matching":
      for (const pair of q.pairs) await section.getByLabel(pair.left, { exact: true }).selectOption({ label: pair.right });
      break;
    case "ordering":
      await orderByKeyboard(section, q.items);
      break;
  }
}

describe("a student takes the bundled quiz on a phone", () => {
  it("answers every kind, reloads halfway, finishes, and sees the score with feedback", async () => {
    const { ctx, page, requests, documents, consoleErrors } = await phone();
    mkdirSync("test-results", { recursive: true });

    await page.goto(`${worker.url}/`);
    await page.getByRole("link", { name: /Interaction-2025/ }).click();
    // The list of quizzes has a level-1 heading too: wait for the quiz page itself, not for any heading.
    await page.waitForURL(/\/quiz\/[^/]+$/);
    await page.locator("article p").first().waitFor();
    expect(await page.locator("article p").count()).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);
    await noSideways(page);
    writeFileSync("test-results/student-1-quiz-page.png", await page.screenshot({ fullPage: true }));

    await page.getByLabel("Your name").fill("Zoë Phone");
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await attemptLoaded(page);
    const attemptUrl = page.url();
    expect(attemptUrl).toMatch(/\/attempt\/att_/);
    // The attempt's token is in an HttpOnly cookie for this attempt's path only: the page's script cannot read it.
    const [cookie] = (await ctx.cookies()).filter((c) => c.name === "attempt");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: new URL(attemptUrl).pathname });
    expect(await page.evaluate(() => document.cookie)).toBe("");

    const sections = page.locator("section.question");
    const count = await sections.count();
    expect(count).toBe(bundled.questions.length);
    const kinds = new Set<string>();
    const wrongOne = bundled.questions.find((q) => q.kind === "true_false")!.id as string;
    const half = Math.floor(count / 2);
    const draftQuestion = bundled.questions.slice(half).find((q) => q.kind === "short_answer")!;

    for (let i = 0; i < count; i++) {
      if (i === half) {
        // A typed answer not yet checked survives the reload too (kept on the device).
        await page.locator(`#q-${draftQuestion.id}`).getByLabel("Your answer").fill("half-typed draft");
        writeFileSync("test-results/student-2-halfway.png", await page.screenshot({ fullPage: true }));
        await page.reload();
        await page.locator("#progress").waitFor();
        expect(await page.locator("#progress").textContent()).toContain(`answered ${half} of ${count}`);
        expect(await page.locator(`#q-${draftQuestion.id}`).getByLabel("Your answer").inputValue()).toBe("half-typed draft");
        // Answers checked before the reload are still there, closed, with their results.
        expect(await page.locator(".result").count()).toBe(half);
        expect(await page.locator("fieldset:disabled").count()).toBe(half);
      }
      const section = sections.nth(i);
      const id = (await section.getAttribute("id"))!.slice(2);
      const q = bundled.questions.find((x) => x.id === id)!;
      kinds.add(q.kind);
      await fill(section, q, id === wrongOne);
      await section.getByRole("button", { name: "Check answer" }).click();
      await section.locator(".result .verdict").waitFor();
      expect(await section.locator(".result .verdict").textContent()).toBe(id === wrongOne ? "✗ Wrong" : "✓ Right");
      expect(await section.locator("fieldset:disabled").count()).toBe(1);
    }
    expect([...kinds].sort()).toEqual(["cloze", "matching", "multiple_choice", "numeric", "ordering", "short_answer", "true_false"]);

    // The wrong answer explains itself and points at its sentence in the article.
    const wrong = page.locator(`#q-${wrongOne}`);
    expect(await wrong.locator(".result").textContent()).toMatch(/Why: .+/);
    await wrong.getByRole("link", { name: "Show this in the article" }).click();
    const mark = page.locator("article mark:target");
    await mark.waitFor();
    expect((await mark.textContent())!.length).toBeGreaterThan(20);
    expect(await axeViolations(page)).toEqual([]);
    await noSideways(page);
    const during = await page.screenshot({ fullPage: true });
    writeFileSync("test-results/student-3-answered.png", during);
    const pixels = decodePng(during);
    expect(countColour(pixels, RIGHT_BORDER)).toBeGreaterThan(1000);
    expect(countColour(pixels, WRONG_BORDER)).toBeGreaterThan(20);

    await page.getByRole("button", { name: "Finish and see my result" }).click();
    await page.getByRole("heading", { name: "Your results" }).waitFor();
    const points = bundled.questions.reduce((n, q) => n + (q.points ?? 1), 0);
    expect(await page.locator(".summary").textContent()).toContain(`You scored ${points - 1} of ${points}`);
    expect(await page.locator(".result").count()).toBe(count);
    expect(await page.locator("form[data-question] button").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await noSideways(page);
    writeFileSync("test-results/student-4-results.png", await page.screenshot({ fullPage: true }));

    // Light and self-contained: every request went to the worker, every page under 50 KB (each body read in full,
    // the results page's included).
    expect(requests.filter((u) => !u.startsWith(worker.url))).toEqual([]);
    const pages = await documents();
    expect(pages.length).toBeGreaterThan(3);
    for (const d of pages) expect(d.bytes, d.url).toBeLessThan(50 * 1024);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  }, 240_000); // every question answered one by one (32 took about 25 s on a loaded 2-core machine, against the config's 120 s).
});

describe("a quiz with deferred feedback and a time limit", () => {
  let quizId: string;
  beforeAll(async () => {
    const key = (await call("POST", "/api/teachers", worker.adminToken, { name: "Mr Deferred" })).key;
    const quiz = await call("POST", "/api/quizzes", key, {
      title: "River trip",
      article: { title: "River trip", text: "The class left on Monday.\nThey paddled 14 km to Hale Bridge, where Ms Okafor met them.\nOn Tuesday they walked back." },
      settings: { feedback: "deferred", timeLimitSeconds: 600 },
      questions: [
        { id: "who", kind: "short_answer", prompt: "Who met the class at Hale Bridge?", answers: [{ text: "Ms Okafor" }] },
        { id: "km", kind: "numeric", prompt: "How far did they paddle?", answers: [{ value: 14 }], units: ["km"] },
        { id: "days", kind: "ordering", prompt: "Put the trip in order.", items: ["They left", "They paddled to Hale Bridge", "They walked back"] },
      ],
    });
    quizId = quiz.id;
    await call("POST", `/api/quizzes/${quizId}/publish`, key);
  });

  it("saves as the student types, keeps answers over a reload, says when saving fails, and closes at the deadline", async () => {
    const { ctx, page, consoleErrors, settled } = await phone();
    await page.clock.install();
    await page.goto(`${worker.url}/quiz/${quizId}`);
    expect(await page.locator("li", { hasText: "Time limit: 10 min" }).count()).toBe(1);
    await page.getByLabel("Your name").fill("Sam");
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await attemptLoaded(page);
    await page.locator("#timer").waitFor();

    // Typing saves by itself (no button pressed) once the typing pause (800 ms) is over.
    const who = page.locator("#q-who");
    const whoSaved = nextSave(page, "who");
    await who.getByLabel("Your answer").fill("Ms Okafor");
    await page.clock.runFor(1000);
    expect((await whoSaved).ok()).toBe(true);
    await saved(who);
    const days = page.locator("#q-days");
    await orderByKeyboard(days, ["They left", "They paddled to Hale Bridge", "They walked back"]);
    // The shuffle may have dealt the right order already: one move down and back up makes sure a move is saved.
    await days.getByRole("button", { name: "Move down: They left" }).focus();
    await page.keyboard.press("Enter");
    await days.getByRole("button", { name: "Move up: They left" }).focus();
    await page.keyboard.press("Enter");
    // The live region is filled 30 ms after it is cleared (so screen readers repeat a message).
    await page.clock.runFor(100);
    await untilText(page.locator("#announce"), "“They left” moved to position 1 of 3.");
    await saved(days);
    await settled();

    // Offline: the page says the answer was not saved, keeps it, and sends it when the connection is back.
    await ctx.setOffline(true);
    const km = page.locator("#q-km");
    await km.getByLabel(/Your answer/).fill("14 km");
    await page.clock.runFor(1000);
    await untilText(km.locator(".saved"), /^Not saved: this device cannot reach the quiz/);
    // Listening before the connection comes back: Chromium fires "online" itself, and the page sends at once.
    const kmSaved = nextSave(page, "km");
    await ctx.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    expect((await kmSaved).ok()).toBe(true);
    await saved(km);
    // With Chromium's "online" and the test's, the page may ask for the answer twice (the second while the first
    // is on its way, so it follows it): let every save arrive before reloading.
    await settled();

    await page.reload();
    await page.locator("#timer").waitFor();
    expect(await page.locator("#q-who").getByLabel("Your answer").inputValue()).toBe("Ms Okafor");
    expect(await page.locator("#q-km").getByLabel(/Your answer/).inputValue()).toBe("14 km");
    expect(await page.locator("#progress").textContent()).toContain("answered 3 of 3");
    expect(await page.locator(".result").count()).toBe(0);

    // At the deadline the clock says so and the inputs close.
    await page.clock.fastForward("10:05");
    await untilText(page.locator("#timer"), /^Time is up/);
    expect(await page.locator("form[data-question] fieldset:not(:disabled)").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    writeFileSync("test-results/student-5-deferred-time-up.png", await page.screenshot({ fullPage: true }));

    await page.getByRole("button", { name: "Finish and see my result" }).click();
    await page.getByRole("heading", { name: "Your results" }).waitFor();
    expect(await page.locator(".summary").textContent()).toContain("You scored 3 of 3");
    // The one failed request is the save sent while offline.
    expect(consoleErrors.filter((e) => !e.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
    await ctx.close();
  });
});

describe("answers are never lost on the way", () => {
  let deferredQuiz: string;
  let immediateQuiz: string;
  beforeAll(async () => {
    const key = await (await call("POST", "/api/teachers", worker.adminToken, { name: "Ms Careful" })).key;
    const questions = [
      { id: "colour", kind: "multiple_choice", prompt: "Which colour was the boat?", options: [{ id: "a", text: "Red", weight: 0 }, { id: "b", text: "Blue", weight: 1 }, { id: "c", text: "Green", weight: 0 }] },
      { id: "who", kind: "short_answer", prompt: "Who steered?", answers: [{ text: "Ms Okafor" }] },
      { id: "steps", kind: "ordering", prompt: "Put these in order.", items: ["one", "two", "three", "four"] },
    ];
    for (const [feedback, assign] of [["deferred", (id: string) => (deferredQuiz = id)], ["immediate", (id: string) => (immediateQuiz = id)]] as const) {
      const quiz = await call("POST", "/api/quizzes", key, { title: `Careful ${feedback}`, settings: { feedback, shuffleOptions: false }, questions });
      await call("POST", `/api/quizzes/${quiz.id}/publish`, key);
      assign(quiz.id);
    }
  });

  /** Starts an attempt; with `pauseClock`, the page's timers (the typing pause) run only when the test moves the clock. */
  async function begin(quizId: string, { pauseClock = false } = {}) {
    const phoneSession = await phone();
    if (pauseClock) {
      await phoneSession.page.clock.install();
      // A minute ahead of the page's clock, which started at this machine's time: never in the page's past.
      await phoneSession.page.clock.pauseAt(Date.now() + 60_000);
    }
    await phoneSession.page.goto(`${worker.url}/quiz/${quizId}`);
    await phoneSession.page.getByLabel("Your name").fill(`Careful ${Math.random().toString(36).slice(2, 7)}`);
    await phoneSession.page.getByRole("button", { name: "Start the quiz" }).click();
    await attemptLoaded(phoneSession.page);
    return phoneSession;
  }

  it("keeps a choice changed while the save before it was on its way, keeps keyboard focus, and restores newer typing after a reload", async () => {
    const { ctx, page, settled } = await begin(deferredQuiz, { pauseClock: true });
    // Slow saves, as on a poor phone connection; while `hold` is set, a save waits for it instead.
    const sent: string[] = [];
    let hold: Promise<void> | null = null;
    await page.route("**/answers/**", async (route) => {
      sent.push(route.request().postData() ?? "");
      await (hold ?? new Promise((r) => setTimeout(r, 600)));
      await route.continue();
    });
    const colour = page.locator("#q-colour");
    let letThrough!: () => void;
    hold = new Promise((r) => (letThrough = r));
    await colour.getByLabel("Red", { exact: true }).check();
    // Red's save is on its way (held), whatever the machine's speed, when Blue is chosen.
    await expect.poll(() => sent.length, { timeout: WAIT, interval: 50 }).toBe(1);
    await colour.getByLabel("Blue", { exact: true }).check();
    hold = null;
    letThrough();
    // Red's reply comes back, then Blue is sent after it (never both at once) and is what stays.
    await saved(colour);
    await settled();
    expect(sent.length).toBe(2);
    expect(sent[1]).not.toBe(sent[0]);
    expect(await colour.getByLabel("Blue", { exact: true }).isChecked()).toBe(true);

    // An item moves several places by pressing Enter on the same button: focus stays on it.
    const steps = page.locator("#q-steps");
    // The items come shuffled: move "one" to the top first, then three places down by keyboard.
    for (let i = 0; i < 3; i++) await steps.getByRole("button", { name: "Move up: one" }).click();
    const others = (await steps.locator(".item").allTextContents()).slice(1);
    await steps.getByRole("button", { name: "Move down: one" }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("Enter");
    const moved = [...others, "one"];
    expect(await steps.locator(".item").allTextContents()).toEqual(moved);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Move down: one");

    await saved(steps);

    // Saved, then changed and reloaded before the typing pause ended: the newer answer comes back and is sent.
    // The page's clock is paused, so the pause ends only when the test moves it on: the first answer is sent,
    // the second is still waiting in its pause when the page reloads, however long the reload takes.
    const who = page.locator("#q-who");
    await who.getByLabel("Your answer").fill("Ms Okafor");
    await page.clock.runFor(1000);
    await saved(who);
    await settled();
    await who.getByLabel("Your answer").fill("Mr Smith, corrected");
    await page.unrouteAll({ behavior: "wait" });
    await page.reload();
    await page.locator("#progress").waitFor();
    expect(await page.locator("#q-who").getByLabel("Your answer").inputValue()).toBe("Mr Smith, corrected");
    await saved(page.locator("#q-who"));
    await settled();
    // Nothing is left on the device: what the next reload shows comes from the worker.
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("draft:")))).toEqual([]);
    await page.reload();
    await page.locator("#progress").waitFor();
    expect(await page.locator("#q-who").getByLabel("Your answer").inputValue()).toBe("Mr Smith, corrected");
    expect(await page.locator("#q-colour").getByLabel("Blue", { exact: true }).isChecked()).toBe(true);
    expect(await page.locator("#q-steps .item").allTextContents()).toEqual(moved);
    await ctx.close();
  });

  it("keeps a choice made before the page's script has run: saved as answers save as you go, flagged as unchecked otherwise", async () => {
    for (const [quizId, feedback] of [[deferredQuiz, "deferred"], [immediateQuiz, "immediate"]] as const) {
      const { ctx, page, settled } = await phone();
      // The script is held back, as on a slow connection, until the choice has been made.
      let letScriptThrough!: () => void;
      const scriptHeld = new Promise<void>((r) => (letScriptThrough = r));
      await page.route("**/assets/attempt.*.js", async (route) => {
        await scriptHeld;
        await route.continue();
      });
      await page.goto(`${worker.url}/quiz/${quizId}`);
      await page.getByLabel("Your name").fill(`Early ${feedback}`);
      await page.getByRole("button", { name: "Start the quiz" }).click();
      await page.waitForURL(/\/attempt\/att_/, { waitUntil: "commit" });
      const colour = page.locator("#q-colour");
      await colour.getByLabel("Blue", { exact: true }).check();
      expect(await page.evaluate(() => document.readyState)).not.toBe("complete");
      letScriptThrough();
      await page.waitForLoadState("load");
      if (feedback === "deferred") {
        await saved(colour);
        await settled();
        await page.reload();
        expect(await page.locator("#q-colour").getByLabel("Blue", { exact: true }).isChecked()).toBe(true);
        expect(await page.locator("#progress").textContent()).toContain("answered 1 of 3");
      } else {
        await page.getByRole("button", { name: "Finish and see my result" }).click();
        await untilText(page.locator("#finish-problem"), /^Question 1 has an answer you have not checked/);
      }
      await ctx.close();
    }
  });

  it("does not finish while a save has failed, and warns once about a changed answer never checked", async () => {
    const deferred = await begin(deferredQuiz);
    await deferred.page.route("**/answers/**", (route) => route.abort());
    await deferred.page.locator("#q-colour").getByLabel("Red", { exact: true }).check();
    await untilText(deferred.page.locator("#q-colour .saved"), /^Not saved/);
    await deferred.page.getByRole("button", { name: "Finish and see my result" }).click();
    await untilText(deferred.page.locator("#finish-problem"), /^Not finished: the answers to question 1 are not saved yet/);
    expect(await deferred.page.getByRole("heading", { name: "Your results" }).count()).toBe(0);
    // Back online, Finish sends it first, then finishes.
    await deferred.page.unrouteAll();
    await deferred.page.getByRole("button", { name: "Finish and see my result" }).click();
    await deferred.page.getByRole("heading", { name: "Your results" }).waitFor();
    expect(await deferred.page.locator(".summary").textContent()).toContain("You scored 0 of 3");
    expect(await deferred.page.locator("#q-colour").getByLabel("Red", { exact: true }).isChecked()).toBe(true);
    await deferred.ctx.close();

    const immediate = await begin(immediateQuiz);
    const who = immediate.page.locator("#q-who");
    await who.getByLabel("Your answer").fill("Ms Okafor");
    await immediate.page.keyboard.press("Enter");
    await who.locator(".result .verdict").waitFor();
    // Checked with Enter: focus goes to the result, not lost to the page.
    expect(await immediate.page.evaluate(() => document.activeElement?.className)).toContain("result");
    await immediate.page.locator("#q-colour").getByLabel("Green", { exact: true }).check();
    await immediate.page.getByRole("button", { name: "Finish and see my result" }).click();
    await untilText(immediate.page.locator("#finish-problem"), /^Question 1 has an answer you have not checked/);
    await immediate.page.getByRole("button", { name: "Finish and see my result" }).click();
    await immediate.page.getByRole("heading", { name: "Your results" }).waitFor();
    expect(await immediate.page.locator(".summary").textContent()).toContain("You scored 1 of 3");
    await immediate.ctx.close();
  });
});

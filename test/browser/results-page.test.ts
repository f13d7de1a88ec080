import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countColour, decodePng } from "./png";
import { type RunningWorker, callApi, startWorker } from "./worker";

// The teacher's results page in a real headless browser (Debian's chromium,
// driven by playwright-core; `scripts/ensure-deps.mjs` installs it), against
// the real worker under `wrangler dev` with local D1. Checks that a person
// signing in sees the charts drawn, not just that the HTML holds them.

const CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find(existsSync);
const BAR = "#2f6db5";
const FLAGGED = "#c4512f";
// How long any one wait may take: generous, for a loaded 2-core CI machine. Every wait is on a condition.
const WAIT = 30_000;

let worker: RunningWorker;
let browser: Browser;
let key: string;
let quizId: string;

const call = (method: string, path: string, token: string | null, body?: unknown) => callApi(worker, method, path, token, body);

beforeAll(async () => {
  if (!CHROMIUM) throw new Error("chromium is not installed: run `node scripts/ensure-deps.mjs` (apt-get install chromium)");
  worker = await startWorker();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  key = (await call("POST", "/api/teachers", worker.adminToken, { name: "Ms Browser" })).key;
  const quiz = await call("POST", "/api/quizzes", key, {
    title: "Training camp",
    questions: [
      { id: "where", kind: "multiple_choice", prompt: "Where did the team train?", options: [{ id: "a", text: "Lisbon", weight: 1 }, { id: "b", text: "Porto", weight: 0 }, { id: "c", text: "Faro", weight: 0 }] },
      { id: "coach", kind: "short_answer", prompt: "Who is the coach?", answers: [{ text: "Ana Ruiz" }] },
      { id: "days", kind: "numeric", prompt: "How many days?", answers: [{ value: 12 }] },
      { id: "true", kind: "true_false", prompt: "The team trained abroad.", answer: false },
    ],
  });
  quizId = quiz.id;
  await call("POST", `/api/quizzes/${quizId}/publish`, key);
  // Students answer with the option ids of the student view.
  const student = await call("GET", `/api/quizzes/${quizId}`, null);
  const choice = (text: string) => student.questions.find((q: { id: string }) => q.id === "where").options.find((o: { text: string }) => o.text === text).id;
  const answers: [string, string, number, boolean][] = [
    ["Lisbon", "Ana Ruiz", 12, false], ["Lisbon", "Ruiz", 12, false], ["Porto", "Luis Costa", 10, true], ["Lisbon", "Ana Ruiz", 12, true],
    ["Faro", "Luis Costa", 8, true], ["Lisbon", "the coach", 12, false], ["Porto", "Luis Costa", 12, true], ["Lisbon", "Ana Ruiz", 11, false],
  ];
  for (const [i, [where, coach, days, abroad]] of answers.entries()) {
    const started = await call("POST", `/api/quizzes/${quizId}/attempts`, null, { name: `Student ${i}` });
    const auth = started.token as string;
    const id = started.attempt.id as string;
    for (const [q, response] of [["where", choice(where)], ["coach", coach], ["days", days], ["true", abroad]] as const) {
      await call("PUT", `/api/attempts/${id}/responses/${q}`, auth, { response });
    }
    await call("POST", `/api/attempts/${id}/finish`, auth);
  }
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

describe("the teacher's results page in a browser", () => {
  it("signs in with the teacher key and draws the score distribution, facility and discrimination charts", async () => {
    const page = await browser.newPage({ viewport: { width: 760, height: 1200 } });
    page.setDefaultTimeout(WAIT);
    await page.goto(`${worker.url}/teach/quizzes/${quizId}`);
    expect(await page.title()).toBe("Sign in");
    await page.fill('input[name="key"]', key);
    // The sign-in page has the same address as the report, so wait for the report itself, not the URL.
    await page.click('button[type="submit"]');
    await page.locator("h1", { hasText: "Training camp" }).waitFor();
    expect(await page.title()).toBe("Training camp: results");

    const charts = page.locator("svg.chart");
    expect(await charts.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const box = await charts.nth(i).boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(100);
    }
    // Drawn, not only present: the bars are on screen in their colours.
    mkdirSync("test-results", { recursive: true });
    const shot = await page.screenshot({ fullPage: true });
    writeFileSync("test-results/teach-results-page.png", shot);
    const pixels = decodePng(shot);
    expect(countColour(pixels, BAR)).toBeGreaterThan(2000);
    const histogram = decodePng(await charts.nth(0).screenshot());
    expect(countColour(histogram, BAR)).toBeGreaterThan(1000);
    const facility = decodePng(await charts.nth(1).screenshot());
    expect(countColour(facility, BAR) + countColour(facility, FLAGGED)).toBeGreaterThan(500);

    await page.getByText("Questions to review").first().waitFor();
    expect(await page.locator("text=Questions to review").count()).toBe(1);
    expect(await page.locator("td", { hasText: "Luis Costa" }).count()).toBe(1);
    await page.close();
  });
});

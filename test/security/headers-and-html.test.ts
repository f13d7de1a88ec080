import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/quiz/plain-text";
import { api, newTeacher } from "../helpers";

describe("the JSON API and its documentation send headers that stop sniffing and framing", () => {
  it.each(["/api/quizzes", "/api/quizzes/interaction-2025", "/api/nope", "/openapi.json", "/docs"])("%s", async (path) => {
    const reply = await api("GET", path);
    expect(reply.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(reply.headers.get("X-Frame-Options")).toMatch(/^(DENY|SAMEORIGIN)$/);
    const csp = reply.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
  it("and the teacher's pages too", async () => {
    const reply = await api("GET", "/teach");
    expect(reply.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(reply.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
  });
});

describe("questions written as HTML are stored as the text they show", () => {
  it("htmlToText drops tags, keeps breaks, decodes entities, and leaves a lone '<' as text", () => {
    expect(htmlToText("<p>Who <b>led</b> the <i>team</i>?</p><script>alert(1)</script>")).toBe("Who led the team ?\nalert(1)");
    expect(htmlToText("Tom &amp; Jerry&nbsp;&#8217;s &#x41; &bogus;")).toBe("Tom & Jerry\u00a0’s A &bogus;");
    expect(htmlToText("a < b and c")).toBe("a < b and c");
    expect(htmlToText("<".repeat(20_000))).toBe("<".repeat(20_000));
  });

  it("a GIFT [html] import and a JSON quiz with format html reach students as plain text", async () => {
    const key = await newTeacher();
    const source = '::Who::[html]<p>Who <img src=x onerror="alert(1)">led the team?</p> {=<b>Ana</b> Ruiz ~Luis &amp; Co}';
    const imported = await api("POST", "/api/quizzes/import", { token: key, body: { format: "gift", source } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const q = imported.body.quiz.questions[0];
    expect(q.prompt).toBe("Who led the team?");
    expect(q.options.map((o: { text: string }) => o.text)).toEqual(["Ana Ruiz", "Luis & Co"]);
    expect(q).not.toHaveProperty("format");
    expect(JSON.stringify(imported.body)).not.toMatch(/<img|onerror|<b>/);
  });
});

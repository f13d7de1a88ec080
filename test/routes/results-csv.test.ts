import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { csvField } from "../../src/formats/csv";
import { api, everyKindQuiz, expectError, newTeacher } from "../helpers";

/** RFC 4180 reader, written here so the test does not trust the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += ch;
  }
  return rows;
}

describe("results as CSV", () => {
  it("opens cleanly in a spreadsheet: BOM, CRLF, quoting, accents, and no formulas from students' text", async () => {
    const key = await newTeacher();
    const created = await api("POST", "/api/quizzes", { token: key, body: everyKindQuiz() });
    const quizId = created.body.id as string;
    await api("POST", `/api/quizzes/${quizId}/publish`, { token: key });
    const name = `Zoë "Z" O'Brien, ${Date.now()}`;
    const started = await api("POST", `/api/quizzes/${quizId}/attempts`, { body: { name } });
    const { token } = started.body;
    const id = started.body.attempt.id;
    await api("PUT", `/api/attempts/${id}/responses/sa`, { token, body: { response: "=HYPERLINK(\"http://x\")" } });
    await api("PUT", `/api/attempts/${id}/responses/tf`, { token, body: { response: true } });
    await api("POST", `/api/attempts/${id}/finish`, { token });

    const reply = await api("GET", `/api/quizzes/${quizId}/results?format=csv`, { token: key });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("Content-Type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(reply.headers.get("Content-Disposition")).toBe(`attachment; filename="${quizId}-results.csv"`);
    // Response.text() drops a byte-order mark, so the bytes are read as they are.
    const raw = await SELF.fetch(`http://quiz.test/api/quizzes/${quizId}/results?format=csv`, { headers: { Authorization: `Bearer ${key}` } });
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = reply.body as string;
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]!.slice(0, 8)).toEqual(["Student", "Attempt", "Version", "Started", "Finished", "Score", "Max score", "Percent"]);
    // Every question of the version, in quiz order, answered or not.
    expect(rows[0]!.slice(8).filter((h) => h.endsWith(" answer"))).toEqual(["mc answer", "tf answer", "sa answer", "num answer", "cz answer", "mt answer", "ord answer"]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({ Student: name, Attempt: id, Version: "1", Score: "1", "Max score": "7", Percent: "14.29", "tf answer": "true", "tf score": "1", "sa score": "0" });
    expect(row["sa answer"]).toBe(`'=HYPERLINK("http://x")`);

    const json = await api("GET", `/api/quizzes/${quizId}/results?format=json`, { token: key });
    expect(json.body.attempts).toHaveLength(1);
    expectError(await api("GET", `/api/quizzes/${quizId}/results?format=xlsx`, { token: key }), 400);
  });

  it("defuses every formula lead and leaves numbers alone", () => {
    expect(["=1+1", "+1", "-1x", "@SUM(A1)", " =HYPERLINK(1)", "\t=1"].map(csvField)).toEqual(["'=1+1", "'+1", "'-1x", "'@SUM(A1)", "' =HYPERLINK(1)", "'\t=1"]);
    expect(csvField("-12")).toBe("-12"); // a negative number typed as an answer stays a number
    expect(csvField(-1)).toBe("-1");
    expect(csvField(null)).toBe("");
    expect(csvField("a\nb")).toBe('"a\nb"');
    // Where ';' separates fields (a comma decimal mark), ";=1+1" would start a formula in the next cell: quoted, it is one field.
    expect(csvField(";=1+1")).toBe('";=1+1"');
    expect(csvField("a;b")).toBe('"a;b"');
  });
});

import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { insertAttempt, loadAttempt, saveResponse } from "../../src/db/attempts";
import { insertQuiz } from "../../src/db/quizzes";
import { type RegradeRecord, listRegrades, loadForRegrade, saveRegrade } from "../../src/db/regrades";
import { insertTeacher } from "../../src/db/teachers";
import { QuizContentSchema } from "../../src/schemas/quiz";
import { everyKindQuiz } from "../helpers";

describe("saving a regrade", () => {
  it("writes nothing at all when the version changed after it was read", async () => {
    const now = new Date().toISOString();
    await insertTeacher(env.DB, { id: "t_rg_test", name: "T", keyHash: "h-rg-test", now });
    const content = QuizContentSchema.parse(everyKindQuiz());
    await insertQuiz(env.DB, { id: "qz_rg_test", ownerId: "t_rg_test", content, now });
    const loaded = (await loadForRegrade(env.DB, "qz_rg_test", 1, ["sa"]))!;
    const record: RegradeRecord = {
      id: "rg_test", quizId: "qz_rg_test", version: 1, questionIds: ["sa"], reason: "appeal", teacherId: "t_rg_test",
      answer: { text: "x", weight: 1 }, checked: 0, changes: [], createdAt: now,
    };
    const edited = { ...content, title: "Changed meanwhile" };
    await env.DB.prepare("UPDATE quiz_versions SET content = ? WHERE quiz_id = ?").bind(JSON.stringify(edited), "qz_rg_test").run();

    expect(await saveRegrade(env.DB, { record, basis: loaded.basis, content: { ...content, title: "Regraded" }, responses: new Map() })).toBe(false);
    expect(await listRegrades(env.DB, "qz_rg_test")).toEqual([]);
    expect((await loadForRegrade(env.DB, "qz_rg_test", 1, ["sa"]))!.content.title).toBe("Changed meanwhile");

    const fresh = (await loadForRegrade(env.DB, "qz_rg_test", 1, ["sa"]))!;
    expect(await saveRegrade(env.DB, { record, basis: fresh.basis, content: { ...content, title: "Regraded" }, responses: new Map() })).toBe(true);
    expect((await listRegrades(env.DB, "qz_rg_test")).map((r) => r.id)).toEqual(["rg_test"]);
    expect((await loadForRegrade(env.DB, "qz_rg_test", 1, ["sa"]))!.content.title).toBe("Regraded");
  });

  it("refuses a regrade when a response changed after it was read, and a save scored against the key it replaced", async () => {
    const now = new Date().toISOString();
    await insertTeacher(env.DB, { id: "t_rg_race", name: "T", keyHash: "h-rg-race", now });
    const content = QuizContentSchema.parse(everyKindQuiz());
    await insertQuiz(env.DB, { id: "qz_rg_race", ownerId: "t_rg_race", content, now });
    const attempt = { id: "att_rg_race", quizId: "qz_rg_race", version: 1, studentName: "S", nameKey: "s", tokenHash: "x", seed: 1, startedAt: now, deadlineAt: null, attemptsAllowed: 0 };
    expect(await insertAttempt(env.DB, attempt)).toBe(true);
    const save = (response: string, keyRevision: number, at: string) =>
      saveResponse(env.DB, { attemptId: attempt.id, questionId: "sa", response, score: 0, status: "incorrect", rule: "r", now: at, deadlineCutoff: now, lockAnswered: false, keyRevision, tries: 1, previousTries: null });
    expect(await save("the trainer", 0, now)).toBe(true);
    const record = (id: string): RegradeRecord => ({ id, quizId: "qz_rg_race", version: 1, questionIds: ["sa"], reason: "appeal", teacherId: "t_rg_race", answer: { text: "the trainer", weight: 1 }, checked: 1, changes: [], createdAt: now });

    const read = (await loadForRegrade(env.DB, "qz_rg_race", 1, ["sa"]))!;
    expect(await save("a coach", 0, new Date(Date.now() + 5).toISOString())).toBe(true); // the student answers again meanwhile
    expect(await saveRegrade(env.DB, { record: record("rg_race_1"), basis: read.basis, content, responses: new Map() })).toBe(false);

    const again = (await loadForRegrade(env.DB, "qz_rg_race", 1, ["sa"]))!;
    expect(await saveRegrade(env.DB, { record: record("rg_race_2"), basis: again.basis, content, responses: new Map() })).toBe(true);
    expect((await loadAttempt(env.DB, attempt.id))!.keyRevision).toBe(1);
    // A save scored against revision 0 (read before the regrade landed) is refused; one against revision 1 lands.
    expect(await save("Ruiz", 0, new Date(Date.now() + 10).toISOString())).toBe(false);
    expect(await save("Ruiz", 1, new Date(Date.now() + 10).toISOString())).toBe(true);
  });
});

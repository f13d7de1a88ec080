import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
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
    const loaded = (await loadForRegrade(env.DB, "qz_rg_test", 1, "sa"))!;
    const record: RegradeRecord = {
      id: "rg_test", quizId: "qz_rg_test", version: 1, questionId: "sa", teacherId: "t_rg_test",
      answer: { text: "x", weight: 1 }, checked: 0, changes: [], createdAt: now,
    };
    const edited = { ...content, title: "Changed meanwhile" };
    await env.DB.prepare("UPDATE quiz_versions SET content = ? WHERE quiz_id = ?").bind(JSON.stringify(edited), "qz_rg_test").run();

    expect(await saveRegrade(env.DB, { record, before: loaded.stored, content: { ...content, title: "Regraded" }, responses: [] })).toBe(false);
    expect(await listRegrades(env.DB, "qz_rg_test")).toEqual([]);
    expect((await loadForRegrade(env.DB, "qz_rg_test", 1, "sa"))!.content.title).toBe("Changed meanwhile");

    const fresh = (await loadForRegrade(env.DB, "qz_rg_test", 1, "sa"))!;
    expect(await saveRegrade(env.DB, { record, before: fresh.stored, content: { ...content, title: "Regraded" }, responses: [] })).toBe(true);
    expect((await listRegrades(env.DB, "qz_rg_test")).map((r) => r.id)).toEqual(["rg_test"]);
    expect((await loadForRegrade(env.DB, "qz_rg_test", 1, "sa"))!.content.title).toBe("Regraded");
  });
});

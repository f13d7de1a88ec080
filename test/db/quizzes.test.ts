import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { findQuizVersion, insertQuiz, saveQuizContent } from "../../src/db/quizzes";
import { insertTeacher } from "../../src/db/teachers";
import { QuizContentSchema } from "../../src/schemas/quiz";
import { everyKindQuiz } from "../helpers";

describe("saving quiz content", () => {
  it("lets only the first of two edits made from the same read win", async () => {
    const now = new Date().toISOString();
    await insertTeacher(env.DB, { id: "t_db_test", name: "T", keyHash: "h-db-test", now });
    const content = QuizContentSchema.parse(everyKindQuiz());
    await insertQuiz(env.DB, { id: "qz_db_test", ownerId: "t_db_test", content, now });
    const read = (await findQuizVersion(env.DB, "qz_db_test", "current"))!.quiz;
    const later = new Date(Date.now() + 1000).toISOString();
    expect(await saveQuizContent(env.DB, read, { ...content, title: "First edit" }, later)).toBe(1);
    expect(await saveQuizContent(env.DB, read, { ...content, title: "Second edit" }, later)).toBeNull();
    const stored = (await findQuizVersion(env.DB, "qz_db_test", "current"))!;
    expect(stored.content.title).toBe("First edit");
    expect(stored.quiz.title).toBe("First edit");
  });
});

import { env } from "cloudflare:test";
import { afterEach, describe, expect, it } from "vitest";
import { api, expectError, newTeacher } from "../helpers";

// A database failure through the real Worker: the teachers table goes missing
// for one request, and the client gets the one error shape with nothing internal.
describe("when the database fails", () => {
  afterEach(async () => {
    await env.DB.prepare("ALTER TABLE teachers_gone RENAME TO teachers").run().catch(() => undefined);
  });

  it("answers 500 in the one shape, without SQL, table names or stack traces", async () => {
    const key = await newTeacher();
    await env.DB.prepare("ALTER TABLE teachers RENAME TO teachers_gone").run();
    const reply = await api("GET", "/api/quizzes", { token: key });
    const err = expectError(reply, 500, "internal_error");
    expect(JSON.stringify(reply.body)).not.toMatch(/teachers|SQL|D1|at \w+ \(/i);
    expect(err.message).toMatch(/try again/);
  });
});

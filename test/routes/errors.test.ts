import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { handleError } from "../../src/http/error-handler";
import { api, expectError, newTeacher } from "../helpers";

describe("errors have one JSON shape", () => {
  it("for a route that does not exist", async () => {
    const err = expectError(await api("GET", "/api/nothing-here"), 404, "not_found");
    expect(err.message).toContain("/api/nothing-here");
  });

  it("for a body that is not JSON", async () => {
    const key = await newTeacher();
    const err = expectError(await api("POST", "/api/quizzes", { token: key, raw: "{not json", headers: { "Content-Type": "application/json" } }), 400);
    expect(err.message).toMatch(/JSON/);
  });

  it("for a body sent without a JSON content type", async () => {
    const err = expectError(await api("POST", "/api/quizzes/interaction-2025/attempts", { raw: '{"name":"x"}', headers: { "Content-Type": "text/plain" } }), 415);
    expect(err.message).toContain("Content-Type: application/json");
  });

  it("for a body of the wrong type, saying what it got", async () => {
    const err = expectError(await api("POST", "/api/quizzes/interaction-2025/attempts", { body: [1, 2] }), 400);
    expect(err.message).toContain("must be an object, not array");
    const missing = expectError(await api("POST", "/api/quizzes/interaction-2025/attempts", { body: {} }), 400);
    expect(missing.message).toContain("name: is required");
  });

  it("for a body that fails validation, naming the field and what was expected", async () => {
    const key = await newTeacher();
    const err = expectError(
      await api("POST", "/api/quizzes", { token: key, body: { title: "T", questions: [{ id: "q1", kind: "multiple_choice", prompt: "?", options: [{ id: "a", text: "x", weight: 1 }] }] } }),
      400,
      "validation_failed",
    );
    expect(err.message).toContain("questions[0].options");
    expect(err.message).toContain("at least 2 options");
    expect(err.details.problems[0]).toEqual({ field: "questions[0].options", message: expect.any(String) });
  });

  it("for an unknown question kind", async () => {
    const key = await newTeacher();
    const err = expectError(await api("POST", "/api/quizzes", { token: key, body: { title: "T", questions: [{ id: "q1", kind: "essay", prompt: "?" }] } }), 400);
    expect(err.message).toContain("kind");
    expect(err.message).toContain("multiple_choice");
  });

  it("for a source span that does not quote the article", async () => {
    const key = await newTeacher();
    const body = { title: "T", article: { text: "One. Two." }, questions: [{ id: "q", kind: "true_false", prompt: "?", answer: true, source: { sentence: 0, start: 0, end: 4, text: "Two." } }] };
    const err = expectError(await api("POST", "/api/quizzes", { token: key, body }), 400);
    expect(err.message).toContain("questions[0].source");
  });

  it("for a missing or invalid teacher key", async () => {
    expectError(await api("POST", "/api/quizzes", { body: {} }), 401, "unauthorized");
    expectError(await api("POST", "/api/quizzes", { token: "tk_forged", body: {} }), 401, "unauthorized");
  });

  it("for a body over 1 MB (413), and imports may be up to 2 MB", async () => {
    const key = await newTeacher();
    const big = "x".repeat(1024 * 1024 + 10);
    expectError(await api("POST", "/api/quizzes", { token: key, body: { title: big } }), 413, "payload_too_large");
    const notTooBig = await api("POST", "/api/quizzes/import", { token: key, body: { format: "gift", source: `Q? {T}\n\n//${"y".repeat(1024 * 1024 + 10)}` } });
    expect(notTooBig.status).toBe(201);
    expectError(await api("POST", "/api/quizzes/import", { token: key, body: { format: "gift", source: "z".repeat(2 * 1024 * 1024 + 10) } }), 413);
  });
});

describe("an unexpected failure", () => {
  it("is a 500 in the one shape that reveals nothing internal", async () => {
    const app = new Hono().get("/boom", () => {
      throw new Error("D1_ERROR: no such table: secret_internals at line 42");
    });
    app.onError(handleError);
    const res = await app.request("/boom");
    expect(res.status).toBe(500);
    const body = await res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe("internal_error");
    expect(JSON.stringify(body)).not.toMatch(/D1_ERROR|secret_internals|line 42/);
  });
});

describe("the API description", () => {
  it("serves an OpenAPI document generated from the schemas", async () => {
    const reply = await api("GET", "/openapi.json");
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toBe("3.1.0");
    for (const path of ["/api/quizzes", "/api/quizzes/{quizId}", "/api/quizzes/{quizId}/attempts", "/api/attempts/{attemptId}/finish", "/api/quizzes/import", "/api/teachers"]) {
      expect(Object.keys(reply.body.paths)).toContain(path);
    }
    expect(reply.body.components.schemas.Question).toBeDefined();
  });

  it("serves a docs page that loads nothing from elsewhere", async () => {
    const reply = await api("GET", "/docs");
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-type")).toContain("text/html");
    expect(reply.body).toContain("/api/quizzes/{quizId}/attempts");
    expect(reply.body).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/);
  });
});

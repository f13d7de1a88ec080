import { describe, expect, it } from "vitest";
import article from "../../questions/interaction-2025/article.txt";
import overrides from "../../questions/interaction-2025/overrides.json";
import committed from "../../questions/interaction-2025/quiz.json";
import { buildQuestionSet } from "../../src/content/question-set";

// The bundled set is generated: `npm run generate -- questions/interaction-2025/article.txt
// --out questions/interaction-2025/` writes quiz.json from the article and the reviewed
// overrides.json. Hand edits to quiz.json, or a generator change nobody regenerated for, fail here.

describe("the bundled question set interaction-2025", () => {
  it("is exactly what the generator and its override file produce", () => {
    const { version: _version, contentHash: _hash, ...rest } = committed as Record<string, unknown>;
    expect(buildQuestionSet(article, overrides)).toEqual(rest);
  });

  it("uses every override: dropped and edited questions still exist in the generator's output", () => {
    expect(() => buildQuestionSet(article, { ...overrides, drop: { "no-such-question": "gone" } })).toThrow(/no longer produces/);
    expect(() => buildQuestionSet(article, { ...overrides, edit: { "no-such-question": { why: "x", prompt: "y" } } })).toThrow(/no longer selects/);
  });

  it("records why each question is dropped", () => {
    const someId = (committed as { questions: { id: string }[] }).questions[0]!.id;
    expect(() => buildQuestionSet(article, { ...overrides, drop: { [someId]: "" } })).toThrow(/say why/);
  });
});

import { describe, expect, it } from "vitest";
import { bundledSources, buildBundledQuiz } from "../../src/content/bundled";
import { splitSentences } from "../../src/generate/sentences";
import { QUESTION_KINDS } from "../../src/schemas/question";

describe.each(bundledSources().map((s) => [s.id, s] as const))("bundled question set %s", (_id, source) => {
  const quiz = buildBundledQuiz(source);
  const { content } = quiz;
  const article = content.article!;

  it("records the hash of its content, so a change cannot reuse a version number students already took", () => {
    expect(quiz.recordedHash, `content changed: set "version" to ${quiz.version + 1} and "contentHash" to "${quiz.contentHash}" in questions/${source.id}/quiz.json`).toBe(quiz.contentHash);
  });

  it("validates against the quiz schema and has an article with its source named", () => {
    expect(article.text.length).toBeGreaterThan(0);
    expect(article.source).toBeTruthy();
    expect(quiz.version).toBeGreaterThanOrEqual(1);
  });

  it("has at least 15 questions of at least 5 kinds, each explained and sourced", () => {
    expect(content.questions.length).toBeGreaterThanOrEqual(15);
    const kinds = new Set(content.questions.map((q) => q.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
    for (const kind of kinds) expect(QUESTION_KINDS).toContain(kind);
    for (const q of content.questions) {
      expect(q.explanation, q.id).toBeTruthy();
      expect(q.source, q.id).toBeDefined();
    }
  });

  it("cites spans that are exactly the article's text, starting at the cited sentence", () => {
    const sentences = splitSentences(article.text);
    for (const q of content.questions) {
      const span = q.source!;
      expect(article.text.slice(span.start, span.end), q.id).toBe(span.text);
      const sentence = sentences[span.sentence];
      expect(sentence, `${q.id}: sentence ${span.sentence}`).toBeDefined();
      expect(span.start, q.id).toBe(sentence!.start);
      expect(sentences.some((s) => s.end === span.end), `${q.id} ends at a sentence end`).toBe(true);
    }
  });
});

import { expect } from "vitest";
import { parseGift } from "../../src/formats";
import type { QuestionKind, QuestionOf } from "../../src/schemas/question";

export const lines = (...rows: string[]): string => rows.join("\n");

/** Parses GIFT expected to hold exactly one valid question of `kind`. */
export function single<K extends QuestionKind>(source: string, kind: K): QuestionOf<K> {
  const result = parseGift(source);
  expect(result.rejected).toEqual([]);
  expect(result.questions).toHaveLength(1);
  const question = result.questions[0]!;
  expect(question.kind).toBe(kind);
  return question as QuestionOf<K>;
}

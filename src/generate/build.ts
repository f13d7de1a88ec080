// Small constructors shared by the question builders, so every generated
// question has the same shape: one point, an explanation quoting its source,
// a source span, and options in a seeded order.

import type { ChoiceOption, Question, QuestionOf } from "../schemas/question";
import { type Context, type Difficulty, type Draft, difficultyOf, explanation, pick, sourceSpan } from "./context";
import type { FlagReason } from "./guards";

export interface DraftMeta {
  facts: string[];
  topic: string;
  /** 0 (easy) … 1 (hard) before the sentence's length is counted. */
  hardness: number;
  from: number;
  to?: number;
  flags?: FlagReason[];
  lead?: string;
  keyForms?: string[];
}

type Generated = "id" | "points" | "explanation" | "source";
/** A question without what draft() fills in; distributes over the kinds so each keeps its own fields. */
type Body<Q = Question> = Q extends Question ? Omit<Q, Generated> : never;

export function draft(ctx: Context, body: Body, meta: DraftMeta): Draft {
  const source = sourceSpan(ctx.ex, meta.from, meta.to);
  const difficulty: Difficulty = difficultyOf(meta.hardness, source.text.split(/\s+/).length / (1 + (meta.to ?? meta.from) - meta.from));
  const question = { id: "", points: 1, ...body, explanation: explanation(ctx.ex, meta.from, meta.to, meta.lead), source, difficulty, facts: meta.facts } as unknown as Question;
  return { question, facts: meta.facts, difficulty, topic: meta.topic, flags: meta.flags ?? [], ...(meta.keyForms ? { keyForms: meta.keyForms } : {}) };
}

export function shortAnswerBody(prompt: string, forms: readonly string[]): Body<QuestionOf<"short_answer">> {
  return { kind: "short_answer", prompt, answers: forms.map((text) => ({ text, weight: 1 })) };
}

export function choiceOptions(ctx: Context, salt: string, right: string, wrong: readonly string[]): ChoiceOption[] {
  const texts = pick([right, ...wrong], wrong.length + 1, ctx.random(`options:${salt}`));
  return texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text, weight: text === right ? 1 : 0 }));
}

export function multipleChoiceBody(ctx: Context, prompt: string, right: string, wrong: readonly string[]): Body<QuestionOf<"multiple_choice">> {
  return { kind: "multiple_choice", prompt, options: choiceOptions(ctx, prompt, right, wrong), multiple: false };
}

export const MIN_DISTRACTORS = 3;

import type { Question } from "../schemas/question";
import { scoreChoice, scoreTrueFalse } from "./choice";
import { choiceId, itemId } from "./item-id";
import { scoreNumeric } from "./numeric";
import { scoreShortAnswer } from "./short-answer";
import { scoreCloze, scoreMatching, scoreOrdering } from "./structured";
import { type ScoreOptions, type Verdict, unanswered } from "./verdict";

export type { ScoreOptions, Verdict } from "./verdict";
export type { ResultStatus } from "./verdict";

/** A response as a student may send it: the shapes of DESIGN.md's question-kind table. */
export type ResponseValue = string | number | boolean | string[] | Record<string, string> | null;

export type ShapeCheck = { ok: true; value: ResponseValue } | { ok: false; message: string };

const fail = (message: string): ShapeCheck => ({ ok: false, message });
// A refusal names what is expected and never lists, orders or echoes the
// options: listed in authored order they would undo the shuffle, and imported
// files put the right answer first.
const NOT_AN_OPTION = "the response is not an option id of this question: send an id from the question's options in the student view";
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/**
 * Checks that a response fits its question before it is stored, so a typo in a
 * client is a clear 400 and not a silent zero. `null` clears an answer.
 */
export function checkResponseShape(question: Question, value: ResponseValue): ShapeCheck {
  if (value === null) return { ok: true, value };
  switch (question.kind) {
    case "multiple_choice": {
      const ids = typeof value === "string" ? [value] : isStringList(value) ? value : null;
      if (!ids) return fail("response must be an option id, or a list of option ids");
      const known = question.options.map(choiceId);
      if (ids.some((id) => !known.includes(id))) return fail(NOT_AN_OPTION);
      return { ok: true, value };
    }
    case "true_false":
      if (typeof value === "boolean") return { ok: true, value };
      if (value === "true" || value === "false") return { ok: true, value: value === "true" };
      return fail("response must be true or false");
    case "short_answer":
      return typeof value === "string" ? { ok: true, value } : fail("response must be a string");
    case "numeric":
      return typeof value === "number" || typeof value === "string" ? { ok: true, value } : fail("response must be a number or a string");
    case "cloze": {
      if (!isStringList(value)) return fail(`response must be a list of ${question.gaps.length} strings, one per gap`);
      if (value.length > question.gaps.length) return fail(`this question has ${question.gaps.length} gaps, but ${value.length} answers were sent`);
      for (const [i, gap] of question.gaps.entries()) {
        const given = value[i];
        if (gap.options && given && !gap.options.some((o) => choiceId(o) === given)) {
          return fail(`gap ${i + 1}: ${NOT_AN_OPTION}`);
        }
      }
      return { ok: true, value };
    }
    case "matching": {
      if (typeof value !== "object" || Array.isArray(value) || !Object.values(value).every((v) => typeof v === "string")) {
        return fail("response must be an object mapping each prompt id to a choice id");
      }
      const lefts = new Set(question.pairs.map((p) => itemId(p.left)));
      const rights = new Set([...question.pairs.map((p) => p.right), ...(question.distractors ?? [])].map(itemId));
      for (const [left, right] of Object.entries(value)) {
        if (!lefts.has(left)) return fail("a key of the response is not a prompt id of this question: use the prompt ids of the student view");
        if (right && !rights.has(right)) return fail("a value of the response is not a choice id of this question: use the choice ids of the student view");
      }
      return { ok: true, value };
    }
    case "ordering": {
      if (!isStringList(value)) return fail("response must be the list of item ids in the chosen order");
      const ids = question.items.map(itemId);
      if (value.length !== ids.length || new Set(value).size !== ids.length || !value.every((id) => ids.includes(id))) {
        return fail(`response must list each of the ${ids.length} item ids exactly once`);
      }
      return { ok: true, value };
    }
  }
}

/** Scores a response already accepted by checkResponseShape. Pure and deterministic. */
export function scoreQuestion(question: Question, value: ResponseValue | undefined, options: ScoreOptions): Verdict {
  if (value === null || value === undefined) return unanswered();
  switch (question.kind) {
    case "multiple_choice":
      return scoreChoice(question, value as string | string[]);
    case "true_false":
      return scoreTrueFalse(question, value === true || value === "true");
    case "short_answer":
      return scoreShortAnswer(question, String(value), options);
    case "numeric":
      return scoreNumeric(question, value as number | string);
    case "cloze":
      return scoreCloze(question, value as string[], options);
    case "matching":
      return scoreMatching(question, value as Record<string, string>);
    case "ordering":
      return scoreOrdering(question, value as string[]);
  }
}

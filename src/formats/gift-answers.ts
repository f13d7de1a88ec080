import type { AcceptedAnswer, ChoiceOption, NumericAnswer } from "../schemas/question";
import { BlockError, optionId } from "./import-result";
import { cleanText, findUnescaped, quote, splitAtMarkers, unescapeGift } from "./gift-lexer";
import { clampWeight, itemText, readItems, type Warn } from "./gift-items";
import { readNumeric } from "./gift-numeric";
import { formatPercent } from "./moodle-weights";

export type GiftAnswers =
  | { type: "choice"; options: ChoiceOption[]; multiple: boolean }
  | { type: "true_false"; answer: boolean; feedbackWrong?: string; feedbackRight?: string }
  | { type: "short"; answers: AcceptedAnswer[] }
  | { type: "numeric"; answers: NumericAnswer[] }
  | { type: "matching"; pairs: { left: string; right: string }[]; distractors: string[] }
  | { type: "essay" };

const CHOICE_HINT = "start each answer with '=' (right) or '~' (wrong)";

/** Reads the inside of `{…}` (general feedback already removed), deciding the type in Moodle's order. */
export function readAnswers(body: string, warn: Warn): GiftAnswers {
  const text = body.trim();
  if (text === "") return { type: "essay" };
  if (text.startsWith("#")) return { type: "numeric", answers: readNumeric(text.slice(1), warn) };
  if (findUnescaped(text, "~") >= 0) return readChoice(text, warn);
  if (findUnescaped(text, "=") >= 0 && findUnescaped(text, "->") >= 0) return readMatching(text);
  return readTrueFalse(text) ?? readShort(text, warn);
}

function readChoice(body: string, warn: Warn): GiftAnswers {
  const items = readItems(body, "=~", CHOICE_HINT);
  const options = items.map((item) => ({
    id: optionId(item.index),
    text: itemText(item),
    weight: clampWeight(item, item.marker === "=" ? 100 : 0, -100, 100, warn),
    feedback: item.feedback,
  }));
  if (!options.some((option) => option.weight > 0)) {
    throw new BlockError("a multiple-choice question needs at least one right answer ('=' or a positive %weight%)");
  }
  // Moodle's rule: any '=' makes it single-answer; with none, weights add up over several choices.
  return { type: "choice", options, multiple: !items.some((item) => item.marker === "=") };
}

function readTrueFalse(body: string): GiftAnswers | undefined {
  const { lead, pieces } = splitAtMarkers(body, "#");
  const key = lead.trim().toUpperCase();
  const answer = key === "T" || key === "TRUE" ? true : key === "F" || key === "FALSE" ? false : undefined;
  if (answer === undefined) return undefined;
  if (pieces.length > 2) {
    throw new BlockError("a true/false answer takes at most two feedback texts, {TRUE#shown if wrong#shown if right}: escape other '#' as '\\#'");
  }
  return {
    type: "true_false",
    answer,
    feedbackWrong: cleanText(pieces[0]?.raw ?? ""),
    feedbackRight: cleanText(pieces[1]?.raw ?? ""),
  };
}

function readShort(body: string, warn: Warn): GiftAnswers {
  const items = readItems(body, "=", "start each accepted answer with '=', e.g. {=Paris =%50%Lutetia}");
  const answers = items.map((item) => {
    const text = itemText(item);
    const weight = clampWeight(item, 100, 0, 100, warn);
    if (text === "*" && weight > 0) {
      warn(`the catch-all answer '*' gives ${formatPercent(weight)}% credit for any answer; write =%0%* to give feedback without credit`);
    }
    return { text, weight, feedback: item.feedback };
  });
  return { type: "short", answers };
}

function readMatching(body: string): GiftAnswers {
  const { lead, pieces } = splitAtMarkers(body, "=");
  if (lead.trim() !== "") {
    throw new BlockError(`${quote(unescapeGift(lead))} comes before the first pair: start each pair with '=', e.g. =Canada -> Ottawa`);
  }
  const pairs: { left: string; right: string }[] = [];
  const distractors: string[] = [];
  pieces.forEach(({ raw }, index) => {
    const arrow = findUnescaped(raw, "->");
    if (arrow < 0) {
      throw new BlockError(`matching entry ${index + 1} (${quote(unescapeGift(raw))}) needs '->' between the item and its match, e.g. =Canada -> Ottawa`);
    }
    const left = unescapeGift(raw.slice(0, arrow)).trim();
    const right = unescapeGift(raw.slice(arrow + 2)).trim();
    if (left === "") distractors.push(right);
    else pairs.push({ left, right });
  });
  return { type: "matching", pairs, distractors };
}

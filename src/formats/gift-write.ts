import type { AcceptedAnswer, ChoiceOption, NumericAnswer } from "../schemas/question";
import { escapeGift, quote } from "./gift-lexer";
import { formatPercent, isMoodlePercent, nearestMoodlePercent } from "./moodle-weights";
import { isCatchAll } from "./gift-numeric";

export type Warn = (message: string) => void;

function checkWeight(weight: number, label: string, warn: Warn): void {
  const percent = Number(formatPercent(weight));
  if (!isMoodlePercent(percent)) {
    warn(`${label} has the weight ${percent}%, which Moodle does not accept (the nearest it does is ${nearestMoodlePercent(percent)}%)`);
  }
}

/** The `%n%` mark, left out when the marker already implies the weight (unless the text itself starts with '%'). */
function weightMark(weight: number, implied: number, text: string): string {
  return weight === implied && !text.startsWith("%") ? "" : `%${formatPercent(weight)}%`;
}

function answerLine(marker: string, weight: number, implied: number, text: string, feedback?: string): string {
  const tail = feedback ? `#${escapeGift(feedback)}` : "";
  return `\t${marker}${weightMark(weight, implied, text)}${escapeGift(text)}${tail}`;
}

/** Wraps answer lines in braces, with general feedback last. */
export function answerBlock(open: string, lines: string[], feedback?: string): string {
  const all = feedback ? [...lines, `\t####${escapeGift(feedback)}`] : lines;
  return `${open}\n${all.join("\n")}\n}`;
}

export function hasRightOption(options: ChoiceOption[]): boolean {
  return options.some((option) => option.weight > 0);
}

/**
 * Choice answers. Single-answer needs at least one '=' (Moodle's signal) and at
 * least one '~' (else the block reads back as short answer); multiple-response
 * uses '~' only, with weights.
 */
export function choiceLines(options: ChoiceOption[], multiple: boolean, warn: Warn): string[] {
  options.forEach((option) => checkWeight(option.weight, `option ${option.id} (${quote(option.text)})`, warn));
  if (multiple) return options.map((option) => answerLine("~", option.weight, 0, option.text, option.feedback));
  const markers = options.map((option) => (option.weight === 1 ? "=" : "~"));
  if (!markers.includes("=")) {
    const best = options.reduce((top, option, i) => (option.weight > options[top]!.weight ? i : top), 0);
    markers[best] = "=";
  }
  if (!markers.includes("~")) markers[markers.length - 1] = "~";
  return options.map((option, i) => {
    const marker = markers[i]!;
    return answerLine(marker, option.weight, marker === "=" ? 1 : 0, option.text, option.feedback);
  });
}

/** Typed answers; Moodle takes any block with '=' and '->' for matching, and '->' cannot be escaped. */
export function shortBlock(answers: AcceptedAnswer[], feedback: string | undefined, warn: Warn): string {
  const block = answerBlock("{", shortLines(answers, warn), feedback);
  if (block.includes("->")) warn("an answer or feedback contains '->', so GIFT readers will take the question for a matching question");
  return block;
}

function shortLines(answers: AcceptedAnswer[], warn: Warn): string[] {
  return answers.map((answer, i) => {
    checkWeight(answer.weight, `answer ${i + 1} (${quote(answer.text)})`, warn);
    return answerLine("=", answer.weight, 1, answer.text, answer.feedback);
  });
}

export function numericKey(answer: NumericAnswer, warn: Warn): string {
  if (isCatchAll(answer)) return "*";
  if (answer.value === undefined) return `${answer.min}..${answer.max}`;
  if (answer.min !== undefined || answer.max !== undefined) warn(`a numeric answer has both a value and a range; only the value ${answer.value} is written`);
  return answer.tolerance === undefined ? `${answer.value}` : `${answer.value}:${answer.tolerance}`;
}

export function numericBlock(answers: NumericAnswer[], feedback: string | undefined, warn: Warn): string {
  const only = answers[0];
  if (answers.length === 1 && only && only.weight === 1) {
    const answerFeedback = only.feedback ? `#${escapeGift(only.feedback)}` : "";
    return `{#${numericKey(only, warn)}${answerFeedback}${feedback ? `####${escapeGift(feedback)}` : ""}}`;
  }
  const lines = answers.map((answer, i) => {
    checkWeight(answer.weight, `numeric answer ${i + 1}`, warn);
    const tail = answer.feedback ? `#${escapeGift(answer.feedback)}` : "";
    return `\t=${weightMark(answer.weight, 1, "")}${numericKey(answer, warn)}${tail}`;
  });
  return answerBlock("{#", lines, feedback);
}

export function matchingLines(pairs: { left: string; right: string }[], distractors: string[], warn: Warn): string[] {
  const lines = pairs.map(({ left, right }) => {
    if (left.includes("->")) warn(`the matching item ${quote(left)} contains '->', which GIFT cannot escape; it will be cut there`);
    return `\t=${escapeGift(left)} -> ${escapeGift(right)}`;
  });
  return [...lines, ...distractors.map((right) => `\t= -> ${escapeGift(right)}`)];
}

export function trueFalseBlock(answer: boolean, wrong: string | undefined, right: string | undefined, feedback: string | undefined): string {
  let inside = answer ? "TRUE" : "FALSE";
  if (wrong || right) inside += `#${escapeGift(wrong ?? "")}`;
  if (right) inside += `#${escapeGift(right)}`;
  if (feedback) inside += `####${escapeGift(feedback)}`;
  return `{${inside}}`;
}

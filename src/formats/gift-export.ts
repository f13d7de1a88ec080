import { isMultipleResponse } from "../score/choice";
import type { Question, QuestionOf } from "../schemas/question";
import { escapeGift } from "./gift-lexer";
import {
  answerBlock,
  choiceLines,
  hasRightOption,
  matchingLines,
  numericBlock,
  shortBlock,
  trueFalseBlock,
  type Warn,
} from "./gift-write";

const FORMAT_LIKE = /^\s*\[(html|moodle|plain|markdown)\]/i;

export interface ExportResult {
  text: string;
  warnings: { questionId: string; message: string }[];
}

/** Writes questions as GIFT that parseGift reads back to the same questions; what GIFT cannot hold is warned about. */
export function exportGift(questions: Question[]): ExportResult {
  const warnings: ExportResult["warnings"] = [];
  const chunks: string[] = [];
  let category: string | undefined;
  for (const question of questions) {
    const warn: Warn = (message) => warnings.push({ questionId: question.id, message });
    const body = writeQuestion(question, warn);
    if (body === undefined) continue;
    if ((question.category || undefined) !== category) {
      category = question.category || undefined;
      // An empty path switches back to no category when read by parseGift.
      chunks.push(`$CATEGORY:${category ? ` ${category.replace(/\s+/g, " ")}` : ""}`);
    }
    chunks.push(body);
  }
  return { text: chunks.length ? `${chunks.join("\n\n")}\n` : "", warnings };
}

function writeQuestion(question: Question, warn: Warn): string | undefined {
  // The title carries the id when there is no title, so ids survive a round trip.
  const head = `::${escapeGift(question.title || question.id)}::${question.format ? `[${question.format}]` : ""}`;
  // GIFT has no field for the explanation: it goes into general feedback, but only
  // when there is none already. The source span has no GIFT form and is left out.
  const feedback = question.feedback || question.explanation || undefined;
  if (question.feedback && question.explanation) warn("the explanation is not exported: GIFT has only general feedback, which this question already has");
  if (question.points !== undefined && question.points !== 1) warn(`GIFT has no points; the question reads back as worth 1 point, not ${question.points}`);
  const stem = (block: string) => `${head}${escapeGift(startText(question, question.prompt, warn))} ${block}`;

  switch (question.kind) {
    case "multiple_choice": {
      if (!hasRightOption(question.options)) return skip(question, warn, "it has no option with a positive weight");
      const multiple = isMultipleResponse(question);
      return stem(answerBlock("{", choiceLines(question.options, multiple, warn), feedback));
    }
    case "true_false":
      return stem(trueFalseBlock(question.answer, question.feedbackWrong, question.feedbackRight, feedback));
    case "short_answer":
      if (question.caseSensitive) warn("GIFT cannot mark a short answer as case-sensitive; it reads back as case-insensitive");
      return stem(shortBlock(question.answers, feedback, warn));
    case "numeric":
      if (question.units?.length) warn("GIFT has no units; they are not exported");
      return stem(numericBlock(question.answers, feedback, warn));
    case "matching":
      return stem(answerBlock("{", matchingLines(question.pairs, question.distractors ?? [], warn), feedback));
    case "cloze":
      return writeCloze(question, head, feedback, warn);
    case "ordering":
      return skip(question, warn, "GIFT has no ordering questions");
  }
}

function writeCloze(question: QuestionOf<"cloze">, head: string, feedback: string | undefined, warn: Warn): string | undefined {
  const gap = question.gaps[0];
  const at = question.text.indexOf("{{1}}");
  if (question.gaps.length !== 1 || !gap || at < 0) {
    return skip(question, warn, `GIFT's missing-word format has exactly one gap, and this cloze question has ${question.gaps.length}`);
  }
  const before = startText(question, question.text.slice(0, at), warn);
  const after = question.text.slice(at + "{{1}}".length);
  let block: string;
  if (gap.options) {
    if (!hasRightOption(gap.options)) return skip(question, warn, "its gap has no option with a positive weight");
    block = answerBlock("{", choiceLines(gap.options, false, warn), feedback);
  } else {
    block = shortBlock(gap.answers ?? [], feedback, warn);
  }
  if (after.trim() === "") warn("the gap ends the text, so GIFT reads the question back as an ordinary, not a missing-word, question");
  if (question.prompt !== `${before}_____${after}`.trim()) warn("the prompt is not exported: in GIFT a missing-word question's prompt is its text with the gap blanked out");
  return `${head}${escapeGift(before)}${block}${escapeGift(after)}`;
}

/** Text right after the title; a leading "[html]" there would be read back as the format. */
function startText(question: Question, text: string, warn: Warn): string {
  if (!question.format && FORMAT_LIKE.test(text)) warn(`the text starts with '${text.trim().slice(0, text.trim().indexOf("]") + 1)}', which GIFT reads as a format marker`);
  return text;
}

function skip(question: Question, warn: Warn, reason: string): undefined {
  warn(`question '${question.id}' is not exported: ${reason}`);
  return undefined;
}

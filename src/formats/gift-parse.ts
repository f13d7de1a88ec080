import type { QuestionInput } from "../schemas/question";
import { BlockError, ImportCollector, type ImportResult } from "./import-result";
import {
  cleanText,
  findGeneralFeedback,
  findUnescaped,
  lineOfOffset,
  quote,
  splitGiftBlocks,
  splitLines,
  unescapeGift,
  type GiftBlock,
} from "./gift-lexer";
import { readAnswers } from "./gift-answers";
import type { Warn } from "./gift-items";

const CATEGORY = /^\s*\$CATEGORY:(.*)$/i;
const FORMAT = /^\[(html|moodle|plain|markdown)\]/i;
const BLANK = "_____";
const MAX_CATEGORY = 255;

type Format = QuestionInput["format"];

interface Context {
  category: string | undefined;
  position: number;
}

/** Reads Moodle GIFT text. Never throws: bad questions are reported in `rejected` with their first line. */
export function parseGift(source: string): ImportResult {
  const out = new ImportCollector();
  let category: string | undefined;
  let position = 0;
  for (const whole of splitGiftBlocks(splitLines(source))) {
    if (out.full) {
      out.stop(whole.lineNumbers[0] ?? 1);
      break;
    }
    let block = whole;
    const header = CATEGORY.exec(block.lines[0] ?? "");
    if (header) {
      const path = (header[1] ?? "").trim();
      if (path.length > MAX_CATEGORY) {
        out.warn(block.lineNumbers[0] ?? 1, `the category path is longer than ${MAX_CATEGORY} characters, so the questions after it keep the previous category`);
      } else {
        category = path || undefined;
      }
      // Moodle wants the category line alone in its block; taking the rest as a question is kinder.
      block = { lines: block.lines.slice(1), lineNumbers: block.lineNumbers.slice(1) };
      if (block.lines.length === 0) {
        out.skip(); // a category switch alone counts towards what a file may make the reader read
        continue;
      }
    }
    position++;
    readBlock(block, { category, position }, out);
  }
  return out.result;
}

function readBlock(block: GiftBlock, context: Context, out: ImportCollector): void {
  const line = block.lineNumbers[0] ?? 1;
  const warnings: string[] = [];
  try {
    const built = buildQuestion(block, context, out, (message) => warnings.push(message));
    if (typeof built === "string") out.warn(line, built);
    else out.accept(built, line, warnings);
  } catch (error) {
    // BlockError is the normal way out; anything else is a bug, still reported rather than thrown.
    const message = error instanceof BlockError ? error.message : `this question could not be read (${String(error)})`;
    out.reject(line, message);
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** The question, or a warning message when the block is skipped. */
function buildQuestion(block: GiftBlock, context: Context, out: ImportCollector, warn: Warn): QuestionInput | string {
  const text = block.lines.join("\n");
  const lineAt = (offset: number) => lineOfOffset(block, offset);
  let pos = skipSpace(text, 0);
  let title: string | undefined;
  if (text.startsWith("::", pos)) {
    const end = findUnescaped(text, "::", pos + 2);
    const brace = findUnescaped(text, "{", pos + 2);
    // A '{' before the closing '::' means the title ran into the answer block.
    if (end < 0 || (brace >= 0 && brace < end)) throw new BlockError("the title is never closed: add '::' after it (escape a colon inside it as '\\:')");
    title = cleanText(text.slice(pos + 2, end));
    pos = skipSpace(text, end + 2);
  }
  let format: Format;
  const marker = FORMAT.exec(text.slice(pos, pos + 12));
  if (marker) {
    format = marker[1]!.toLowerCase() as Format;
    pos += marker[0].length;
  }

  const open = findUnescaped(text, "{", pos);
  const close = findUnescaped(text, "}", pos);
  if (close >= 0 && (open < 0 || close < open)) {
    throw new BlockError(`the '}' on line ${lineAt(close)} has no '{' before it: escape it as '\\}' if it is part of the text`);
  }
  if (open < 0) {
    const what = cleanText(text.slice(pos));
    return `skipped ${what ? quote(what) : "a block"}: it has no answer block {…}, so it is a description, and descriptions are not supported`;
  }
  if (close < 0) throw new BlockError(`the answer block opened on line ${lineAt(open)} is never closed: add '}'`);
  const nested = findUnescaped(text, "{", open + 1);
  if (nested >= 0 && nested < close) {
    throw new BlockError(`the '{' on line ${lineAt(nested)} is inside the answer block opened on line ${lineAt(open)}: add the missing '}' or escape it as '\\{'`);
  }
  const after = text.slice(close + 1);
  const again = findUnescaped(after, "{");
  if (again >= 0) {
    throw new BlockError(`a second answer block starts on line ${lineAt(close + 1 + again)}: a question has one answer block, so put a blank line between questions or escape '{' as '\\{'`);
  }
  const stray = findUnescaped(after, "}");
  if (stray >= 0) throw new BlockError(`the '}' on line ${lineAt(close + 1 + stray)} has no '{' before it: escape it as '\\}'`);

  const inside = text.slice(open + 1, close);
  const split = findGeneralFeedback(inside);
  const feedback = split >= 0 ? cleanText(inside.slice(split + 4)) : undefined;
  const answers = readAnswers(split >= 0 ? inside.slice(0, split) : inside, warn);
  if (answers.type === "essay") {
    throw new BlockError("essay questions ({}) need manual grading and are not supported: add answers inside the braces or remove the question");
  }

  const head = unescapeGift(text.slice(pos, open));
  const tail = unescapeGift(after);
  const missingWord = tail.trim() !== "";
  const prompt = (missingWord ? head + BLANK + tail : head).trim();
  if (prompt === "") throw new BlockError("the question has no text: write it before the answer block");
  // Fresh and only ours: each kind's fields are added to it (an object spread here was a sixth of the import's time).
  const base = { id: out.idFor(title, context.position), prompt, title, format, category: context.category, feedback };

  if (missingWord && (answers.type === "choice" || answers.type === "short")) {
    const gap = answers.type === "choice" ? { options: answers.options } : { answers: answers.answers };
    return Object.assign(base, { kind: "cloze" as const, text: (head + "{{1}}" + tail).trim(), gaps: [gap] });
  }
  switch (answers.type) {
    case "choice":
      return Object.assign(base, { kind: "multiple_choice" as const, options: answers.options, multiple: answers.multiple });
    case "true_false":
      return Object.assign(base, { kind: "true_false" as const, answer: answers.answer, feedbackWrong: answers.feedbackWrong, feedbackRight: answers.feedbackRight });
    case "short":
      return Object.assign(base, { kind: "short_answer" as const, answers: answers.answers });
    case "numeric":
      return Object.assign(base, { kind: "numeric" as const, answers: answers.answers });
    case "matching":
      return Object.assign(base, { kind: "matching" as const, pairs: answers.pairs, distractors: answers.distractors.length ? answers.distractors : undefined });
  }
}

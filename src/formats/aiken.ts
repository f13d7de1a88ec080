import { ImportCollector, optionId, type ImportResult } from "./import-result";
import { quote, splitLines } from "./gift-lexer";

// Aiken: a question line, options "A) text" or "A. text", then "ANSWER: B".

const OPTION = /^([A-Z])[.)](?:[ \t]+(.*))?$/;
const ANSWER = /^ANSWER\s*:(.*)$/;
const NO_OPTIONS = "this question has no options: put lines like 'A) text' under it, then 'ANSWER: A'";
const NO_ANSWER = "the options are not followed by an ANSWER line: add 'ANSWER: <letter>' after the last option";

interface AikenBlock {
  line: number;
  position: number;
  question: string[];
  options: string[];
  problem?: string;
}

/** Reads Aiken text. Never throws: bad questions are reported in `rejected` with their first line. */
export function parseAiken(source: string): ImportResult {
  const out = new ImportCollector();
  let block: AikenBlock | undefined;
  let position = 0;
  const start = (line: number, question: string[]): AikenBlock => ({ line, position: ++position, question, options: [] });
  const fail = (b: AikenBlock, message: string) => out.reject(b.line, b.problem ?? message);

  const lines = splitLines(source);
  for (let i = 0; i < lines.length; i++) {
    if (out.full) {
      if (lines.slice(i).some((l) => l.trim() !== "")) out.stop(i + 1);
      return out.result;
    }
    const text = lines[i]!.trim();
    const line = i + 1;
    if (text === "") {
      // A blank line may sit between the options and ANSWER, but not before any option.
      if (block && block.options.length === 0) {
        fail(block, NO_OPTIONS);
        block = undefined;
      }
      continue;
    }
    const answer = ANSWER.exec(text);
    if (answer) {
      if (block) finish(block, answer[1] ?? "", out);
      else out.reject(line, "this ANSWER line has no question and options before it");
      block = undefined;
      continue;
    }
    const option = OPTION.exec(text);
    if (option) {
      block ??= start(line, []);
      const expected = String.fromCharCode(65 + block.options.length);
      if (option[1] !== expected) {
        block.problem ??= `option '${option[1]}' on line ${line} should be '${expected}': letter the options A, B, C … in order`;
      }
      block.options.push((option[2] ?? "").trim());
      continue;
    }
    if (!block) block = start(line, [text]);
    else if (block.options.length === 0) block.question.push(text);
    else {
      // Text after the options means the ANSWER line was forgotten and a new question begins.
      fail(block, NO_ANSWER);
      block = start(line, [text]);
    }
  }
  if (block) fail(block, block.options.length === 0 ? NO_OPTIONS : NO_ANSWER);
  return out.result;
}

function finish(block: AikenBlock, answer: string, out: ImportCollector): void {
  const reject = (message: string) => out.reject(block.line, message);
  const count = block.options.length;
  if (block.problem) return reject(block.problem);
  if (block.question.length === 0) return reject("the options have no question line before them");
  if (count === 0) return reject(NO_OPTIONS);
  if (count < 2) return reject(`an Aiken question needs at least 2 options (A and B); this one has ${count}`);
  const letter = answer.trim().toUpperCase();
  if (!/^[A-Z]$/.test(letter)) {
    return reject(`the ANSWER line must name exactly one option letter, like 'ANSWER: B', not ${quote(answer)}`);
  }
  const right = letter.charCodeAt(0) - 65;
  if (right >= count) {
    return reject(`'ANSWER: ${letter}' names no option: the options are A to ${String.fromCharCode(64 + count)}`);
  }
  out.accept(
    {
      id: out.idFor(undefined, block.position),
      kind: "multiple_choice",
      prompt: block.question.join("\n"),
      options: block.options.map((text, i) => ({ id: optionId(i), text, weight: i === right ? 1 : 0 })),
      multiple: false,
    },
    block.line,
  );
}

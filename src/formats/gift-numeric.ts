import type { NumericAnswer } from "../schemas/question";
import { BlockError } from "./import-result";
import { findUnescaped, quote } from "./gift-lexer";
import { clampWeight, itemText, parseItem, readItems, type GiftItem, type Warn } from "./gift-items";

type NumericKey = Pick<NumericAnswer, "value" | "tolerance" | "min" | "max">;

/**
 * GIFT's numeric catch-all `*` becomes the widest finite range, so a scorer
 * needs no special case for it (the schema refuses Infinity).
 */
export const CATCH_ALL: NumericKey = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE };

export function isCatchAll(answer: NumericKey): boolean {
  return answer.value === undefined && answer.min === CATCH_ALL.min && answer.max === CATCH_ALL.max;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const SHAPES = "numeric answers look like 1822, 3.14:0.01 or 1..5";

function toNumber(text: string, whole: string, index: number): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (!NUMBER.test(trimmed) || !Number.isFinite(value)) {
    throw new BlockError(`answer ${index + 1} (${quote(whole)}) is not a number: ${SHAPES}`);
  }
  return value + 0;
}

function readKey(text: string, index: number): NumericKey {
  if (text === "") throw new BlockError(`numeric answer ${index + 1} is empty: ${SHAPES}`);
  if (text === "*") return { ...CATCH_ALL };
  const dots = text.indexOf("..");
  if (dots > 0) {
    const min = toNumber(text.slice(0, dots), text, index);
    const max = toNumber(text.slice(dots + 2), text, index);
    if (min > max) throw new BlockError(`the range ${quote(text)} runs backwards: write the smaller number first`);
    return { min, max };
  }
  const colon = text.indexOf(":");
  if (colon < 0) return { value: toNumber(text, text, index) };
  const tolerance = toNumber(text.slice(colon + 1), text, index);
  if (tolerance < 0) throw new BlockError(`the tolerance in ${quote(text)} must not be negative`);
  return { value: toNumber(text.slice(0, colon), text, index), tolerance };
}

function toAnswer(item: GiftItem, warn: Warn): NumericAnswer {
  // '~' is not Moodle syntax here, but teachers write it for a wrong-answer catch-all; it means 0%.
  const weight = clampWeight(item, item.marker === "~" ? 0 : 100, 0, 100, warn);
  return { ...readKey(itemText(item), item.index), weight, feedback: item.feedback };
}

/** The block after its leading '#': one answer, or several each starting with '='. */
export function readNumeric(rest: string, warn: Warn): NumericAnswer[] {
  const several = findUnescaped(rest, "=") >= 0 || findUnescaped(rest, "~") >= 0;
  const items = several
    ? readItems(rest, "=~", "in a numeric block with several answers, start each one with '='")
    : [parseItem({ marker: "=", raw: rest }, 0)];
  return items.map((item) => toAnswer(item, warn));
}

// Turns a typed answer (or a key, or a question) into comparable words:
// folded like every other comparison, with symbols that carry meaning spelled
// out ($, %, €) and every written number read as one number ("two hundred
// forty-two thousand" -> 242000, "2.3 million" -> 2300000).

import { remember } from "./memo";
import { foldText } from "./normalize";
import { parseNumberWords } from "./numbers";
import { nearSpelling } from "./typo";

const SYMBOLS: [RegExp, string][] = [
  [/\$/g, " dollars "], [/€/g, " euros "], [/£/g, " pounds "], [/¥/g, " yen "], [/%/g, " percent "],
  [/\bper\s+cent\b/gi, " percent "],
];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mln: 1e6, mn: 1e6, mil: 1e6, k: 1e3 };
/** Ordinal words as the digits a key writes ("third" is "3rd"); "second" stays a word, being a unit of time too. */
const ORDINALS = ["first", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
  "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
/** Ordinals of the tens, and of a hundred: "ninetieth", "one hundred and twentieth". */
const TENS_ORDINALS: Readonly<Record<string, number>> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const suffix = (n: number) => (n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th");
const DIGITS: Record<string, string> = { zero: "0", oh: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" };

const isDigits = (w: string) => /^\d+(\.\d+)?$/.test(w);

/** The longest run of number words from `at` that reads as one number, and its length. */
function numberWordsAt(words: readonly string[], at: number): { value: number; length: number } | null {
  for (let end = Math.min(words.length, at + 8); end > at; end--) {
    if (words[end - 1] === "and") continue;
    const value = parseNumberWords(words.slice(at, end).join(" "));
    if (value !== null) return { value, length: end - at };
  }
  return null;
}

/** Reads the number starting at `at`, with a spoken decimal ("two point three") and a scale ("million"). */
function numberAt(words: readonly string[], at: number): { value: number; length: number } | null {
  let read: { value: number; length: number } | null = isDigits(words[at]!) ? { value: Number(words[at]), length: 1 } : numberWordsAt(words, at);
  if (!read) return null;
  let { value, length } = read;
  // "two and a half billion", "three and a half".
  if (words[at + length] === "and" && words[at + length + 1] === "a" && words[at + length + 2] === "half") {
    value += 0.5;
    length += 3;
  } else if (words[at + length] === "point") {
    let digits = "";
    let i = at + length + 1;
    while (i < words.length && DIGITS[words[i]!] !== undefined) digits += DIGITS[words[i++]!];
    if (digits) {
      value = Number(`${value}.${digits}`);
      length = i - at;
    }
  }
  const scale = SCALES[words[at + length] ?? ""];
  if (scale !== undefined && (isDigits(words[at]!) || scale >= 1e6)) {
    value = Math.round(value * scale * 1e6) / 1e6;
    length++;
  }
  read = { value, length };
  return read;
}

/** The value of an ordinal word; "second" only right after a spelled ten ("twenty-second"), being a unit of time too. */
function ordinalOf(word: string, afterSpelledNumber: boolean): number | null {
  if (word === "second") return afterSpelledNumber ? 2 : null;
  const small = ORDINALS.indexOf(word);
  if (small >= 0 && word !== "") return small + 1;
  return TENS_ORDINALS[word] ?? null;
}

const memo = new Map<string, readonly string[]>();

/**
 * Folded words of a text, numbers merged into one digit word each. Short texts
 * (keys, questions, most answers) are memoised, as a key is read again for
 * every student and every list item; the arrays are frozen since they are shared.
 */
export function answerWords(text: string): readonly string[] {
  if (text.length > 200) return readWords(text);
  return remember(memo, text, 4096, () => Object.freeze(readWords(text)));
}

function readWords(text: string): string[] {
  // Dotted initials are one word: "C.S.O.R." is "CSOR", "U.S." is "US".
  let s = text.replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ""));
  // A decimal comma ("2,5 km", "4,6 million"): one or two digits after it, never three (1,000).
  s = s.replace(/(?<![\d,])(\d+),(\d{1,2})(?![\d,])/g, "$1.$2");
  for (const [pattern, word] of SYMBOLS) s = s.replace(pattern, word);
  // Thousands written with spaces ("76 418") are one number.
  s = s.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, "$1");
  // A unit stuck to its number ("4,000m", "38km") is a word of its own; ordinals ("6th") stay whole. So are a
  // code's letters and number run together ("NZ437", "Falcon2024"), though not a unit's power ("m3") or "CO2".
  const words = foldText(s).split(" ").filter(Boolean).flatMap((w) => {
    const m = w.match(/^(\d+(?:\.\d+)?)([a-z]+)$/);
    if (m) return !/^(st|nd|rd|th)$/.test(m[2]!) ? [m[1]!, m[2]!] : [w];
    const code = w.match(/^([a-z]{2,})(\d{2,})$/);
    return code ? [code[1]!, code[2]!] : [w];
  });
  const out: string[] = [];
  // Where in `out` the last number read from words is, so that "ninety-first" joins into one ordinal.
  let spelledAt = -1;
  for (let i = 0; i < words.length; ) {
    const ordinal = ordinalOf(words[i]!, spelledAt >= 0 && spelledAt === out.length - 1);
    if (ordinal !== null) {
      // "ninety first" is 91st; "one hundred and twentieth" is 120th.
      const tens = spelledAt >= 0 && spelledAt === out.length - 1 && ordinal < 10 ? Number(out[spelledAt]) : NaN;
      const hundreds = spelledAt >= 0 && spelledAt === out.length - 2 && out[out.length - 1] === "and" && ordinal < 100 ? Number(out[spelledAt]) : NaN;
      let value = ordinal;
      if (tens % 10 === 0 && tens % 100 >= 20) value += tens;
      else if (hundreds > 0 && hundreds % 100 === 0) value += hundreds;
      if (value !== ordinal) out.length = spelledAt;
      out.push(`${value}${suffix(value)}`);
      spelledAt = -1;
      i++;
      continue;
    }
    const n = /^[a-z]/.test(words[i]!) && words[i] !== "point" && parseNumberWords(words[i]!) === null ? null : numberAt(words, i);
    if (n) {
      // foldText spells a minus sign out ("-5" -> "minus 5"): it belongs to the number.
      const negative = out[out.length - 1] === "minus";
      if (negative) out.pop();
      const spelled = !isDigits(words[i]!);
      // "nineteen thirty-eight", "twenty nineteen": a year said as two numbers.
      const century = spelled && spelledAt >= 0 && spelledAt === out.length - 1 ? Number(out[spelledAt]) : NaN;
      if (century >= 10 && century <= 21 && n.value >= 10 && n.value <= 99 && Number.isInteger(n.value)) out[spelledAt] = String(century * 100 + n.value);
      else {
        spelledAt = spelled ? out.length : -1;
        out.push(String(negative ? -n.value : n.value));
      }
      i += n.length;
    } else out.push(words[i++]!);
  }
  return out;
}

/** Number words a student may misspell: long enough for a slip to be one (H5P's rule: five letters or more). */
const SPELLED = ["three", "seven", "eight", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "third", "fourth", "fifth"];

/**
 * The answer's words read again for a key whose numbers it missed: a
 * misspelt number word ("fourty", "fourten", "therd") is that number word, and
 * a number followed by "m" is millions when the key's number is. Null when
 * nothing changes. Only ever used to match the key's own numbers, so "there"
 * is never read as "three" anywhere else.
 */
export function lenientAnswerWords(text: string, keyNumbers: readonly string[]): readonly string[] | null {
  let changed = false;
  let s = text.replace(/\p{L}+/gu, (w) => {
    const lower = w.toLowerCase();
    if (lower.length < 4 || SPELLED.includes(lower)) return w;
    const near = SPELLED.find((n) => nearSpelling(lower, n, 1));
    if (!near) return w;
    changed = true;
    return near;
  });
  s = s.replace(/(\d+(?:[.,]\d+)?)\s?m\b/g, (m, n: string) => {
    const millions = Math.round(Number(n.replace(",", ".")) * 1e6);
    if (!keyNumbers.includes(String(millions))) return m;
    changed = true;
    return `${n} million`;
  });
  return changed ? readWords(s) : null;
}

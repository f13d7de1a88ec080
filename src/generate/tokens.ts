// Words and quotation marks, with their offsets in the article text. Every
// later step works on offsets so that each fact can cite its exact span.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** An acronym: two or more capitals and nothing lowercase ("CSTO", "U.S"). */
  upper: boolean;
  /** Had a "-based"/"-born" suffix, cut off here: "Moscow-based" says Moscow is a place. */
  placeSuffix?: boolean;
}

import { NAME_POSSESSIVES } from "./lexicon";

const WORD = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;
const PLACE_SUFFIX = /-(based|born|bred|headquartered|registered|made)$/i;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    let placeSuffix = false;
    // Possessives belong to the name: "Belarus’s role" names Belarus.
    if (/[’']s$/u.test(word) && word.length > 2 && !NAME_POSSESSIVES.has(word.slice(0, -2).toLowerCase())) word = word.slice(0, -2);
    const suffix = PLACE_SUFFIX.exec(word);
    if (suffix) {
      word = word.slice(0, suffix.index);
      placeSuffix = true;
    }
    const end = Math.min(m.index + word.length, to);
    word = text.slice(m.index, end);
    if (!word) continue;
    tokens.push({
      text: word,
      start: m.index,
      end,
      cap: /^\p{Lu}/u.test(word),
      upper: /^[\p{Lu}][\p{Lu}\d.]*[\p{Lu}\d]$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word),
      ...(placeSuffix ? { placeSuffix } : {}),
    });
  }
  return tokens;
}

export interface Quoted {
  /** Offsets of the words inside the marks. */
  start: number;
  end: number;
  text: string;
  /** Offsets of the marks themselves. */
  open: number;
  close: number;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Every quoted stretch: curly double and single marks, and straight ones.
 * A ’ or ' between letters is an apostrophe ("Belarus’s", "don't"), not a
 * closing mark. A quote left open at a paragraph's end closes there, as news
 * copy does with a quote that runs on into the next paragraph.
 */
export function findQuoted(text: string): Quoted[] {
  const found: Quoted[] = [];
  const open = new Map<string, number>(); // mark family -> offset of its open mark
  const close = (family: string, at: number) => {
    const o = open.get(family);
    if (o === undefined) return;
    open.delete(family);
    const inner = text.slice(o + 1, at);
    const lead = inner.length - inner.trimStart().length;
    const body = inner.trim();
    if (body) found.push({ start: o + 1 + lead, end: o + 1 + lead + body.length, text: body, open: o, close: at });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (ch === "\n" || ch === "\r") {
      for (const family of [...open.keys()]) close(family, i);
      continue;
    }
    if (ch === "“") open.set("double", i);
    else if (ch === "”") close("double", i);
    else if (ch === "‘" && !isWordChar(prev)) open.set("single", i);
    else if (ch === "’" && open.has("single") && !isWordChar(next)) close("single", i);
    else if (ch === '"') {
      if (open.has("straight")) close("straight", i);
      else if (!isWordChar(prev)) open.set("straight", i);
    } else if (ch === "'") {
      if (open.has("apostrophe") && !isWordChar(next) && prev !== " ") close("apostrophe", i);
      else if (!isWordChar(prev) && isWordChar(next)) open.set("apostrophe", i);
    }
  }
  for (const family of [...open.keys()]) close(family, text.length);
  return found.sort((a, b) => a.start - b.start);
}

/** A quoted stretch that reads as speech rather than as a name: several words, or a sentence. */
export function isSpeech(q: Quoted): boolean {
  const words = q.text.split(/\s+/).length;
  return words >= 5 || (words >= 2 && /[.,!?;:]$/.test(q.text));
}

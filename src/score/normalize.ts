// Text normalisation for comparing typed answers. Fixes SQuAD's known flaws:
// curly quotes and dashes are folded too, decimal points and thousands
// separators inside numbers survive, and a one-letter answer never vanishes.

import { stripAccents } from "../lang/letters";

/** Lowercase, strip accents, fold quotes/dashes/punctuation to spaces, collapse whitespace. Keeps '*' when asked. */
export function foldText(text: string, keepWildcards = false): string {
  let s = stripAccents(text).toLowerCase();
  s = s.replace(/[’‘‛′`´]/g, "'").replace(/[“”„‟″]/g, '"');
  // Apostrophes inside words go ("Belarus's" -> "belaruss" would be wrong): drop possessive 's and the mark itself.
  s = s.replace(/'s\b/g, "").replace(/'/g, "");
  // Number punctuation: 1,000 -> 1000; 3.5 stays 3.5.
  s = s.replace(/(\d)[,\u202f\u00a0](?=\d{3}(?!\d))/g, "$1");
  // Symbols that carry meaning become words before punctuation goes: -5 is not 5, C++ and C# are not C.
  s = s.replace(/(^|[\s(])[-\u2212](?=\d)/g, "$1minus ").replace(/(\p{L})\+\+/gu, "$1 plusplus").replace(/(\p{L})\+/gu, "$1 plus").replace(/(\p{L})#/gu, "$1 sharp");
  const punctuation = keepWildcards ? /[^\p{L}\p{N}.*]+/gu : /[^\p{L}\p{N}.]+/gu;
  s = s.replace(punctuation, " ");
  // A full stop survives only between digits (a decimal point).
  s = s.replace(/\.(?!\d)|(?<!\d)\./g, " ");
  return s.replace(/\s+/g, " ").trim();
}

/**
 * foldText, then drop articles that never change an answer's meaning: "the"
 * anywhere, "a"/"an" only in front ("Plan A" keeps its "a"). Never leaves nothing.
 */
export function normalizeAnswer(text: string, keepWildcards = false): string {
  const folded = foldText(text, keepWildcards);
  const all = folded.split(" ").filter(Boolean);
  const first = all[0] === "a" || all[0] === "an" ? 1 : 0;
  const kept = all.filter((w, i) => i >= first && w !== "the");
  return kept.length ? kept.join(" ") : folded;
}

export function words(normalized: string): string[] {
  return normalized ? normalized.split(" ") : [];
}

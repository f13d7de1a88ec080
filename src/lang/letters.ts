// Letters and how they fold: the one place that knows which letters are the
// same letter for comparing what people type. Pure; imports nothing.

/** Letters that Unicode decomposition leaves whole, written the way their languages romanize them. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ø: "o", Ø: "o", æ: "ae", Æ: "ae", œ: "oe", Œ: "oe", ß: "ss", ł: "l", Ł: "l", đ: "d", Đ: "d", ð: "d", Ð: "d", þ: "th", Þ: "th", ı: "i", ə: "a", Ə: "a" };
const UNDECOMPOSED_LETTER = /[øØæÆœŒßłŁđĐðÐþÞıəƏ]/g;

/** Accents off, and ø, æ, ß, ł, đ, þ, ı, ə (Azerbaijani, romanized a) spelled out: "Søren Łukasz" -> "Soren Lukasz". Case is kept. */
export function stripAccents(text: string): string {
  return text.replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c]!).normalize("NFKD").replace(/\p{M}+/gu, "");
}

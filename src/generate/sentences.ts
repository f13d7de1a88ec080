// Splits article text into sentences with their UTF-16 offsets. Question
// `source.sentence` indexes refer to this split, so it must stay stable.

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Ends as a sentence ends: a full stop, question or exclamation mark, perhaps inside closing quotes or brackets. */
export const endsAsSentence = (sentence: Sentence) => /[.!?][’”"')\]]*$/.test(sentence.text);

/** The first line when it has no closing punctuation: the article's headline. */
export const headlineOf = (sentences: readonly Sentence[]): Sentence | undefined => (sentences[0] && !endsAsSentence(sentences[0]) ? sentences[0] : undefined);

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "sgt", "maj", "adm", "gov", "sen", "rep", "pres", "st", "mt",
  "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "e.g", "i.e", "approx", "est", "dept", "univ", "fig",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m", "p.m",
]);

// Pasted text brings no-break spaces and Windows or old Mac line ends.
const SPACE = /[ \t\u00a0\u202f]/;
const BREAK = /[\n\r]/;
const CLOSERS = "’'\"”)]»";
const OPENERS = "‘'\"“([«";

function isSentenceStart(ch: string | undefined): boolean {
  return ch !== undefined && (/[\p{Lu}\p{N}]/u.test(ch) || OPENERS.includes(ch));
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "Andrei S. Serdykov"
  return ABBREVIATIONS.has(word);
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // A line break ends a sentence (a headline, a paragraph); "\r" alone is an old Mac line break.
    if (ch === "\n" || ch === "\r") {
      push(i);
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (end < text.length && !SPACE.test(text[end]!) && !BREAK.test(text[end]!)) continue;
    let next = end;
    while (next < text.length && SPACE.test(text[next]!)) next++;
    if (next < text.length && !BREAK.test(text[next]!) && !isSentenceStart(text[next])) continue;
    if (ch === "." && endsWithAbbreviation(text, i)) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}

/** The sentence that holds a character offset. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}

// A right answer with more said about it: "Jordan Tate, 29, of Ribbleton",
// "Kadri Sõrmus, a geology student", "Leyland in Lancashire". A teacher gives
// full credit when the added words are true of the story; here "true" is
// read strictly as "taken from the article", and anything that could be a
// second candidate (another name, a hedge, a negation) keeps the answer out.

import { type ArticleIndex, TITLES, personsNear } from "./article";
import { lookupPlace } from "../generate/gazetteer";
import { isCalendarWord } from "./answer-dates";
import { answerWords } from "./answer-text";
import { readOnce, rememberFor } from "./memo";
import { foldText } from "./normalize";

/** Words that make a role another one: the article's "deputy mayor" is not "the mayor". */
const ROLE_QUALIFIERS = ["deputy", "vice", "assistant", "acting", "interim", "former", "associate"];

/** Words that turn an extra into a second guess or a denial: "Smith, or maybe Jones", "not Leyland". */
const HEDGES = new Set("or maybe perhaps possibly probably either nor not no never unsure think guess idk dunno".split(" "));
/** Words that place a name beside the answer without offering it as the answer: "of Ribbleton", "rented by Jordan Tate". */
const PLACING = new Set("of from in at by near for with to on".split(" "));
/** Little words that carry no claim of their own. */
const LITTLE = new Set("a an the and who which that was is are were he she they it its his her their then also who's over during about around up down since until ahead than into as".split(" "));

const COMPARING = new Set(["up", "down", "than", "from", "since"]);

const isNumber = (w: string) => /^-?\d/.test(w);
/** Beside a number these change it: "30,000 dirhams a month" is not a one-off 30,000. */
const RATES = new Set("daily weekly monthly yearly annually hourly month week year day hour night kilo kg head person".split(" "));
const PER = new Set(["a", "an", "per", "each", "every"]);

/** The article's sentences, each as the words answers are read as ("2.53am" is "2.53" and "am"), once per article. */
const sentencesOfArticle = new WeakMap<ArticleIndex, { words: readonly string[]; set: Set<string> }[]>();
const articleSentences = (article: ArticleIndex) => readOnce(sentencesOfArticle, article, () => readSentences(article));

function readSentences(article: ArticleIndex): { words: readonly string[]; set: Set<string> }[] {
  // Split on the text itself, so "2.5 kilograms" and "£1.1 million" are read whole, as answers are.
  return article.text
    .split(/(?<=[.!?]["”’)]?)\s+(?=[\p{Lu}\p{N}"“‘(])|\n+/u)
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))
    .map((sentence) => {
      const words = answerWords(sentence);
      const tokens = (sentence.replace(/['’]s\b/g, "").match(/[\p{L}\p{N}]+/gu) ?? []).map((token) => foldText(token));
      return { words, set: new Set([...tokens, ...words]) };
    });
}

const wordsOfArticle = new WeakMap<ArticleIndex, Set<string>>();
/** Every word of the article as answers are read ("2.5" and "1100000" for "£1.1 million"), once per article. */
export const articleAnswerWords = (article: ArticleIndex): ReadonlySet<string> =>
  readOnce(wordsOfArticle, article, () => new Set(answerWords(article.folded)));

/** Where the article states a key: its words, and each number's next word ("3 million lari" gives 3000000 → lari). */
interface KeyContext {
  words: Set<string>;
  numberWords: Set<string>;
}

/** Scale words an answer may write after a number: "3 million", "2.4m". */
export const SCALES = new Set(["million", "billion", "thousand", "m", "bn", "k"]);
const contextMemo = new WeakMap<object, Map<string, KeyContext>>();
const bestWordsMemo = new WeakMap<object, Map<string, Set<string>>>();

/**
 * The sentences that state the key (those with the most of its words, or one
 * fewer) and the sentences beside them. A detail counts as true only where the article says it of
 * the answer, or next to it: "Nino Kiknadze, the mayor" takes "mayor" from another person's paragraph.
 * Found once per key: every student's answer to it is checked against the same sentences.
 */
function keyContext(article: ArticleIndex, keyWords: ReadonlySet<string>): KeyContext {
  return rememberFor(contextMemo, article, [...keyWords].join(" "), () => {
    const sentences = articleSentences(article);
    const hits = keyHits(sentences, [...keyWords]);
    const best = Math.max(0, ...hits);
    // The sentence on either side often goes on about the same answer ("Abdirov … He came fifth this year").
    // A surname alone names the person too ("Ağaoğlu, 67, did not attend"): one key word fewer still counts.
    // Not so a number: "3:40 a.m. on Sunday, November 9" is another date's sentence, not November 21's,
    // and, a date being one event's, it lends November 21 nothing even beside it.
    const numberKey = [...keyWords].some(isNumber);
    const enough = numberKey ? best : Math.max(1, best - 1);
    const dateKey = numberKey && [...keyWords].some(isCalendarWord);
    const otherValue = (i: number) => dateKey && hits[i]! > 0 && hits[i]! < best;
    const local = best ? sentences.filter((_, i) => !otherValue(i) && [i - 1, i, i + 1].some((j) => (hits[j] ?? 0) >= enough)) : sentences;
    return { words: new Set(local.flatMap((l) => [...l.set])), numberWords: new Set(local.flatMap((l) => numberPairs(l.words))) };
  });
}

const keyHits = (sentences: readonly { set: Set<string> }[], keyWords: readonly string[]) => {
  const content = keyWords.filter((w) => !LITTLE.has(w) && !PLACING.has(w));
  return sentences.map((s) => content.filter((w) => s.set.has(w)).length);
};

/** "3000000 lari", past any scale word: each number and the word it stands by. */
function numberPairs(words: readonly string[]): string[] {
  const pairs: string[] = [];
  words.forEach((w, k) => {
    if (!isNumber(w)) return;
    let n = k + 1;
    while (SCALES.has(words[n] ?? "")) n++;
    if (words[n]) pairs.push(`${w} ${words[n]}`);
  });
  return pairs;
}

/** The words of the sentences that state the key best: where a why-answer's details are checked. */
export function wordsWhereKeyIs(article: ArticleIndex, keyWords: readonly string[]): Set<string> {
  return rememberFor(bestWordsMemo, article, keyWords.join(" "), () => {
    const sentences = articleSentences(article);
    const hits = keyHits(sentences, keyWords);
    const best = Math.max(0, ...hits);
    return new Set(best ? sentences.filter((_, i) => hits[i] === best).flatMap((s) => [...s.set]) : []);
  });
}

/** "3 million euros" beside an article that says "3 million lari (about 1 million euros)": each number must stand by its own word. */
function numberWithItsWord(extra: readonly string[], i: number, context: KeyContext, promptWords: ReadonlySet<string>): boolean {
  let j = i + 1;
  while (SCALES.has(extra[j] ?? "")) j++;
  const word = extra[j];
  // "Russia, with 296,000 visitors" for the article's "second with 296,000": the question's noun only restates what is counted.
  if (!word || LITTLE.has(word) || PLACING.has(word) || isNumber(word) || promptWords.has(word)) return true;
  return context.numberWords.has(`${extra[i]} ${word}`);
}

/** "$4.7m" in an extra, where the article has 4.7 million and no 4.7 metres: the m is millions. */
function millionsAsTheArticle(extra: readonly string[], article: ArticleIndex): readonly string[] {
  if (!extra.includes("m")) return extra;
  const words = articleAnswerWords(article);
  const out: string[] = [];
  for (let i = 0; i < extra.length; i++) {
    const millions = isNumber(extra[i]!) && extra[i + 1] === "m" ? String(Math.round(Number(extra[i]) * 1e6)) : null;
    if (millions && words.has(millions) && !words.has(extra[i]!)) {
      out.push(millions);
      i++;
    } else out.push(extra[i]!);
  }
  return out;
}

/** A country or region beside a smaller place only says where it is: "Deir Alla, Jordan". */
function placesTheKey(word: string, keyWords: ReadonlySet<string>): boolean {
  const rank = lookupPlace(word)?.rank;
  const keyRank = lookupPlace([...keyWords].join(" "))?.rank;
  return (rank === "country" || rank === "region") && keyRank !== "country" && keyRank !== "region";
}

/**
 * True when every word of `extra` is one the article uses where it states the key, and none offers a
 * second answer. An extra of numbers alone says something only beside a key
 * that is not a number ("Kerem Ağaoğlu, 67"); beside one it is a second guess ("14, 15").
 */
export function groundedExtra(typedExtra: readonly string[], keyWords: ReadonlySet<string>, article: ArticleIndex, promptWords: ReadonlySet<string> = new Set()): boolean {
  if (!typedExtra.length) return false;
  const context = keyContext(article, keyWords);
  const extra = millionsAsTheArticle(typedExtra, article);
  // Words of the question only restate it: "28 months in prison" for "How long was he jailed?". An acronym
  // stands for its expansion: "director of the CEA" where the sentence names the Coastal Events Authority.
  const expanded = (w: string) => article.acronyms.some((a) => a.short === w && a.long.every((l) => LITTLE.has(l) || PLACING.has(l) || context.words.has(l)));
  const inArticle = (w: string) => promptWords.has(w) || context.words.has(w) || expanded(w);
  const numberKey = [...keyWords].some(isNumber);
  if (numberKey && extra.some((w, i) => RATES.has(w) && !keyWords.has(w) && (PER.has(extra[i - 1] ?? "") || /ly$/.test(w)))) return false;
  // "547 of 612", "547 out of the 612 starters": the whole the number is part of.
  let saysSomething = !numberKey || extra[0] === "of" || (extra[0] === "out" && extra[1] === "of");
  // "11 March, by archaeologists" where the article has it found "by a crew": another doer than the article's.
  if (extra[0] === "by" && byOther(extra, keyWords, article)) return false;
  if (reversedRoute(extra, article)) return false;
  for (let i = 0; i < extra.length; i++) {
    const w = extra[i]!;
    if (HEDGES.has(w)) return false;
    // "14,500 tonnes, up from 11,800": a comparison says something even in little words.
    if (COMPARING.has(w)) saysSomething = true;
    if (LITTLE.has(w) || PLACING.has(w)) continue;
    if (!inArticle(w)) return false;
    if (!isNumber(w)) saysSomething = true;
    else if (!numberWithItsWord(extra, i, context, promptWords)) return false;
    // A name of the article that stands on its own beside the answer is another candidate ("Leyland, Chorley");
    // a month or weekday is not ("found on 9 February").
    // A word the article also writes in lowercase is an ordinary word there ("the city's CIO" beside "Millbrook City Hall").
    if (article.names.has(w) && !article.common.has(w) && !keyWords.has(w) && !isCalendarWord(w)) {
      let start = i;
      while (start > 0 && (article.names.has(extra[start - 1]!) || extra[start - 1] === "the")) start--;
      if ((start === 0 || !PLACING.has(extra[start - 1]!)) && !placesTheKey(w, keyWords)) return false;
    }
  }
  // Only numbers added ("14, 15") is a second guess, not a detail.
  return saysSomething;
}

/** "from Wellington to Auckland" where the article writes "from Auckland to Wellington": the words are the article's, the way is not. */
function reversedRoute(extra: readonly string[], article: ArticleIndex): boolean {
  const from = extra.indexOf("from");
  const to = extra.indexOf("to", from + 2);
  if (from < 0 || to < 0) return false;
  const origin = extra.slice(from + 1, to).join(" ");
  const end = extra.slice(to + 1);
  const stop = end.findIndex((w) => LITTLE.has(w) || PLACING.has(w));
  const destination = (stop < 0 ? end : end.slice(0, stop)).join(" ");
  if (!origin || !destination) return false;
  return article.folded.includes(` from ${destination} to ${origin} `) && !article.folded.includes(` from ${origin} to ${destination} `);
}

/** The article writes "<key> by X"; the extra's "by Y" shares no word with X. */
function byOther(extra: readonly string[], keyWords: ReadonlySet<string>, article: ArticleIndex): boolean {
  const key = [...keyWords].join(" ");
  const at = article.folded.indexOf(` ${key} by `);
  if (at < 0) return false;
  // The folded text has no stops: two content words are the doer ("a storm surge", "centuries of groundwater").
  const agent = article.folded.slice(at + key.length + 5).split(" ").filter((w) => w && !LITTLE.has(w) && !PLACING.has(w)).slice(0, 2);
  return !extra.slice(1).some((w) => !LITTLE.has(w) && agent.includes(w));
}

/**
 * "Serkan Yıldırım, the mayor of Gaziantep" where the article makes him the
 * deputy mayor: a role word written without the qualifier the article gives it
 * beside the key. Read over the whole answer, since the role may restate the question.
 */
export function dropsRoleQualifier(words: readonly string[], keyWords: ReadonlySet<string>, article: ArticleIndex): boolean {
  const context = keyContext(article, keyWords);
  return words.some((w, i) => !LITTLE.has(w) && ROLE_QUALIFIERS.some((q) => words[i - 1] !== q && context.words.has(q) && article.folded.includes(` ${q} ${w} `)));
}

/**
 * A detail the article says only of another person: "Daniel Thorne, 42" where
 * the 42 stands by Marcus Thorne, "Aigerim Seitkali, the team captain" where the
 * captain is Zhanar Ospanova. Each word of the detail must stand, somewhere in
 * the article, by the key's own name or by no name at all.
 */
export function saidOfSomeoneElse(extra: readonly string[], keyWords: ReadonlySet<string>, article: ArticleIndex): boolean {
  const isKeyPerson = (name: readonly string[]) => name.every((w) => keyWords.has(w) || TITLES.has(w));
  return extra.some((w) => {
    if (LITTLE.has(w) || PLACING.has(w) || keyWords.has(w)) return false;
    const near = personsNear(article, w);
    return near.length > 0 && near.every((name) => name !== null && !isKeyPerson(name));
  });
}

/** Words that open a detail after the answer: "Leyland in Lancashire", "Kadri Sõrmus who found it". */
const OPENS_DETAIL = new Set([...PLACING, "who", "which", "that", "then", "after", "before", "when", "while", "whose", "aged", "the"]);
const POSSESSIVE = /\p{L}['’]s?$/u;
const endsWithBreak = (token: string) => /[,;:)]$|^[-–—]$/.test(token);
const startsWithBreak = (token: string) => /^[(\-–—]/.test(token);

/**
 * The ways to read an answer as the key plus an extra, split only where a
 * reader would: the key first and the detail after a comma or a word that
 * opens one ("Jordan Tate, 29, of Ribbleton"), or a description, a comma and
 * the key ("a geology student, Kadri Sõrmus"). Never inside a phrase: "38
 * hours" is not 38 with "hours" added. Each split is the typed head and the
 * folded words of the rest.
 */
export function splitsWithExtra(response: string, mostKeyWords: number): { head: string; extra: readonly string[] }[] {
  const tokens = response.trim().split(/\s+/);
  const splits: { head: string; extra: readonly string[] }[] = [];
  for (let k = Math.min(tokens.length - 1, mostKeyWords); k >= 1; k--) {
    const next = tokens[k]!;
    if (endsWithBreak(tokens[k - 1]!) || startsWithBreak(next) || OPENS_DETAIL.has(next.toLowerCase())) {
      splits.push({ head: tokens.slice(0, k).join(" "), extra: answerWords(tokens.slice(k).join(" ")) });
    }
    const at = tokens.length - k;
    // "the city's CIO": whose it is, before the answer.
    if (endsWithBreak(tokens[at - 1]!) || POSSESSIVE.test(tokens[at - 1]!)) splits.push({ head: tokens.slice(at).join(" "), extra: answerWords(tokens.slice(0, at).join(" ")) });
  }
  return splits;
}

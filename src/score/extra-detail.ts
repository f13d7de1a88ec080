// A right answer with more said about it: "Jordan Tate, 29, of Ribbleton",
// "Kadri Sõrmus, a geology student", "Leyland in Lancashire". A teacher gives
// full credit when the added words are true of the story; here "true" is
// read strictly as "taken from the article", and anything that could be a
// second candidate (another name, a hedge, a negation) keeps the answer out.

import type { ArticleIndex } from "./article";
import { lookupPlace } from "../generate/gazetteer";
import { isCalendarWord } from "./answer-dates";
import { answerWords } from "./answer-text";

/** Words that turn an extra into a second guess or a denial: "Smith, or maybe Jones", "not Leyland". */
const HEDGES = new Set("or maybe perhaps possibly probably either nor not no never unsure think guess idk dunno".split(" "));
/** Words that place a name beside the answer without offering it as the answer: "of Ribbleton", "rented by Jordan Tate". */
const PLACING = new Set("of from in at by near for with to on".split(" "));
/** Little words that carry no claim of their own. */
const LITTLE = new Set("a an the and who which that was is are were he she they it its his her their then also who's".split(" "));

const isNumber = (w: string) => /^-?\d/.test(w);
/** Beside a number these change it: "30,000 dirhams a month" is not a one-off 30,000. */
const RATES = new Set("daily weekly monthly yearly annually hourly month week year day hour night kilo kg head person".split(" "));
const PER = new Set(["a", "an", "per", "each", "every"]);

/** The article's words read as answers are ("2.53am" is "2.53" and "am"), once per article. */
const wordsOfArticle = new WeakMap<ArticleIndex, Set<string>>();
function articleWords(article: ArticleIndex): Set<string> {
  let words = wordsOfArticle.get(article);
  if (!words) wordsOfArticle.set(article, (words = new Set([...article.words.map((w) => w.word), ...answerWords(article.folded)])));
  return words;
}

/** A country or region beside a smaller place only says where it is: "Deir Alla, Jordan". */
function placesTheKey(word: string, keyWords: ReadonlySet<string>): boolean {
  const rank = lookupPlace(word)?.rank;
  const keyRank = lookupPlace([...keyWords].join(" "))?.rank;
  return (rank === "country" || rank === "region") && keyRank !== "country" && keyRank !== "region";
}

/**
 * True when every word of `extra` is one the article uses, and none offers a
 * second answer. An extra of numbers alone says something only beside a key
 * that is not a number ("Kerem Ağaoğlu, 67"); beside one it is a second guess ("14, 15").
 */
export function groundedExtra(extra: readonly string[], keyWords: ReadonlySet<string>, article: ArticleIndex): boolean {
  if (!extra.length) return false;
  const inArticle = articleWords(article);
  const numberKey = [...keyWords].some(isNumber);
  if (numberKey && extra.some((w, i) => RATES.has(w) && !keyWords.has(w) && (PER.has(extra[i - 1] ?? "") || /ly$/.test(w)))) return false;
  // "547 of 612", "547 out of the 612 starters": the whole the number is part of.
  let saysSomething = !numberKey || extra[0] === "of" || (extra[0] === "out" && extra[1] === "of");
  for (let i = 0; i < extra.length; i++) {
    const w = extra[i]!;
    if (HEDGES.has(w)) return false;
    if (LITTLE.has(w) || PLACING.has(w)) continue;
    if (!inArticle.has(w)) return false;
    if (!isNumber(w)) saysSomething = true;
    // A name of the article that stands on its own beside the answer is another candidate ("Leyland, Chorley");
    // a month or weekday is not ("found on 9 February").
    if (article.names.has(w) && !keyWords.has(w) && !isCalendarWord(w)) {
      let start = i;
      while (start > 0 && (article.names.has(extra[start - 1]!) || extra[start - 1] === "the")) start--;
      if ((start === 0 || !PLACING.has(extra[start - 1]!)) && !placesTheKey(w, keyWords)) return false;
    }
  }
  // Only numbers added ("14, 15") is a second guess, not a detail.
  return saysSomething;
}

/** Words that open a detail after the answer: "Leyland in Lancashire", "Kadri Sõrmus who found it". */
const OPENS_DETAIL = new Set([...PLACING, "who", "which", "that", "then", "after", "before", "when", "while", "whose", "aged", "the"]);
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
    if (endsWithBreak(tokens[at - 1]!)) splits.push({ head: tokens.slice(at).join(" "), extra: answerWords(tokens.slice(0, at).join(" ")) });
  }
  return splits;
}

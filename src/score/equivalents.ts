// The article's own conversion of a sum: "3 million lari (about 1 million
// euros)". When the question names no currency, a student who gives the
// converted figure has read the same sentence and says the same amount.

import type { ArticleIndex } from "./article";
import { answerWords } from "./answer-text";
import { SCALES } from "./extra-detail";
import { readOnce, rememberFor } from "./memo";

/** What stands between a sum and the article's conversion of it: "3 million lari (about 1 million euros)", "£1,500 or €1,750". */
const APPROXIMATELY = new Set(["about", "approximately", "around", "roughly", "some", "nearly", "almost", "or", "equivalent"]);
/** Words that end a unit: "about 29,000 US dollars from a government fund". */
const STOPS = new Set(["from", "for", "in", "on", "at", "to", "and", "a", "an", "the", "of", "by", "with", "each", "per", "which", "that"]);
const isNumber = (w: string | undefined) => !!w && /^\d/.test(w);

/** The article's words read as answers are ("3 million" as 3000000, "£1,500" as "pounds 1500"), once per article. */
const answerWordsOf = new WeakMap<ArticleIndex, readonly string[]>();
const articleAnswerWords = (article: ArticleIndex) => readOnce(answerWordsOf, article, () => answerWords(article.folded));

/** The figures the article gives right after the key as its equivalent in another unit. */
const equivalentsMemo = new WeakMap<object, Map<string, string[]>>();
export function articleEquivalents(article: ArticleIndex, key: string, promptWords: ReadonlySet<string>): string[] {
  // Read once per key and question: every student's answer to it asks the same.
  return rememberFor(equivalentsMemo, article, `${key}|${[...promptWords].join(" ")}`, () => findEquivalents(article, key, promptWords));
}

function findEquivalents(article: ArticleIndex, key: string, promptWords: ReadonlySet<string>): string[] {
  const keyWords = answerWords(key);
  const unit = keyWords.filter((w) => !isNumber(w) && !SCALES.has(w));
  // Only a sum with its unit ("3 million lari"), and only when the question does not ask for that unit.
  if (!keyWords.some(isNumber) || !unit.length || unit.some((w) => promptWords.has(w))) return [];
  const words = articleAnswerWords(article);
  const out: string[] = [];
  for (let i = words.indexOf(keyWords[0]!); i >= 0 && i + keyWords.length <= words.length; i = words.indexOf(keyWords[0]!, i + 1)) {
    if (!keyWords.every((w, k) => words[i + k] === w)) continue;
    let j = i + keyWords.length;
    let hedged = 0;
    // "equivalent to" is one; a bare "to" is not ("5,000 euros to 12 charities").
    while ((APPROXIMATELY.has(words[j] ?? "") || (words[j] === "to" && words[j - 1] === "equivalent")) && hedged < 3) (j++, hedged++);
    if (!hedged) continue;
    // "euros 1750" (a currency sign read first) or "1000000 euros".
    const before = !isNumber(words[j]) && isNumber(words[j + 1]) && !STOPS.has(words[j]!) ? [words[j++]!] : [];
    if (!isNumber(words[j])) continue;
    const figure = words[j++]!;
    const after: string[] = [];
    while (!before.length && after.length < 2 && words[j] && !STOPS.has(words[j]!) && !isNumber(words[j])) after.push(words[j++]!);
    const other = [...before, ...after];
    if (other.length && other.join(" ") !== unit.join(" ")) out.push(before.length ? `${other.join(" ")} ${figure}` : `${figure} ${other.join(" ")}`);
  }
  return [...new Set(out)];
}

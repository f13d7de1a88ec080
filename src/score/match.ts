// Matches one typed item against one key item the way a careful teacher
// reads it: words that only restate the question, titles and articles may
// come or go; every other word must be the key's word in some accepted form;
// numbers and dates must be the same numbers and dates.

import { type AnswerDate, type FoundSpan, WEEKDAYS, compareDates, coversWholeMonths, dayMonthDate, findDate, findDateSpan } from "./answer-dates";
import { answerWords, lenientAnswerWords } from "./answer-text";
import { foldText } from "./normalize";
import { type TimeOfDay, sameTimeOfDay, timeOfDay } from "./times";
import { APPROXIMATELY, boundOf, boundWords, currencyOf, durationSeconds, measureOf, sameMeasure } from "./quantities";
import type { PromptContext } from "./prompt";
import { type ArticleIndex, TITLES, articleTitlesAs, initialTellsApart, looksLikePerson, mentions, pronounOf, surnamesOf, titleTellsApart } from "./article";
import { lookupPlace } from "../generate/gazetteer";
import { WORD_MATCH_ORDER, type WordMatch, americanSpelling, compareWords, expansionsOf } from "./words";

/** What the whole question and quiz tell every comparison. */
export interface MatchContext extends PromptContext {
  typos: boolean;
  article?: ArticleIndex;
}

export type Accepted = { ok: true; how: WordMatch | "restated" | "short name" | "surname" | "acronym" | "date" | "time" | "number" | "reply"; shortForm?: string };
export type Rejected = {
  ok: false;
  why: "different" | "person" | "mentioned" | "category" | "title" | "first name" | "number" | "date" | "time" | "less specific" | "ambiguous";
};
export type ItemMatch = Accepted | Rejected;

/** Titles that say whether a person is a man or a woman. */
const GENDERED_TITLES = new Map<string, "he" | "she">([["mr", "he"], ["sir", "he"], ["mrs", "she"], ["ms", "she"], ["miss", "she"], ["madam", "she"], ["dame", "she"]]);
const COURTESY_TITLES = new Set(["mr", "mrs", "ms", "miss"]);

/** Particles inside a name that a student may leave out ("al-Masri", "van der Berg"). */
const NAME_PARTICLES = new Set(["al", "el", "de", "van", "der", "von", "da", "di", "du", "bin", "ibn"]);
/** A student's own hedge around one answer: "I think Kyrgyzstan". Two answers hedged between are a list, and fail there. */
const HEDGE_WRAP = new Set(["i", "think", "guess", "believe"]);
/** Hedges that need no "I": "probably Kvibisi", "dunno, Tsertsvadze?". Not between two answers: "maybe X or Y". */
const HEDGE_WORDS = new Set(["maybe", "probably", "perhaps", "possibly", "dunno", "idk", "prob"]);

/** Little words an answer adds around what it names: "in Gijón", "until September 6th", "the 6th of September". */
const FILLERS = new Set(["in", "on", "at", "through", "via", "until", "till", "til", "by", "from", "within", "during", "of", "to", "it", "was", "is", "its", "were", "she", "he", "they", "came", "finished", "placed", "there"]);
/** A yes or a no, however a student writes it. */
const REPLIES = new Map<string, "yes" | "no">([
  ...["yes", "yeah", "yep", "yup", "yea", "aye"].map((w) => [w, "yes"] as const),
  ...["no", "nope", "nah", "not", "never"].map((w) => [w, "no"] as const),
]);
/** Who someone's relative is: "her father", "Carys's dad". */
const KIN = new Set("father dad mother mum mom son daughter wife husband brother sister uncle aunt grandfather grandmother grandson granddaughter cousin nephew niece partner widow widower parents children".split(" "));
const PEOPLE = new Set(["people", "persons", "individuals"]);
const AGE_WORDS = new Set(["years", "year", "yrs", "yo", "old", "aged", "age"]);

/** Capitals named after their country, which the built-in gazetteer may not list as countries. */
const CITY_STATES = new Set(["panama", "guatemala", "kuwait", "mexico", "belize", "djibouti", "vatican", "monaco", "san marino", "luxembourg", "singapore"]);
const isCountry = (name: string) => CITY_STATES.has(name) || lookupPlace(name)?.rank === "country";

const rank = (how: WordMatch) => WORD_MATCH_ORDER.indexOf(how);
const isNumber = (w: string) => /^-?\d/.test(w);

/**
 * Aligns the typed words with the key's in order. A typed word may be left
 * unmatched only if `optional`; a key word only if `skippable`. Returns the
 * weakest word match used by the best alignment, or null when none exists.
 */
function align(given: readonly string[], optional: readonly boolean[], key: readonly string[], skippable: readonly boolean[], ctx: MatchContext): WordMatch | null {
  const cols = key.length + 1;
  const worst = new Array<number>((given.length + 1) * cols).fill(Infinity);
  worst[0] = -1;
  for (let i = 0; i <= given.length; i++) {
    for (let j = 0; j <= key.length; j++) {
      const here = worst[i * cols + j]!;
      if (here === Infinity) continue;
      const relax = (to: number, value: number) => { if (value < worst[to]!) worst[to] = value; };
      if (i < given.length && optional[i]) relax((i + 1) * cols + j, here);
      if (j < key.length && skippable[j]) relax(i * cols + j + 1, here);
      if (i < given.length && j < key.length) {
        const how = sameWord(given[i]!, key[j]!, ctx);
        if (how) relax((i + 1) * cols + j + 1, Math.max(here, rank(how)));
        // One word written as two or two as one, spelled exactly: "fresh-water" and "freshwater", "ST-25" and "ST25".
        if (j + 1 < key.length && given[i] === key[j]! + key[j + 1]!) relax((i + 1) * cols + j + 2, here);
        if (i + 1 < given.length && given[i]! + given[i + 1]! === key[j]) relax((i + 2) * cols + j + 1, here);
      }
    }
  }
  const result = worst[given.length * cols + key.length]!;
  return result === Infinity ? null : WORD_MATCH_ORDER[Math.max(0, result)]!;
}

/** "the" anywhere; "a" and "an" only in front or after a little word ("through a skylight"): "Plan A" keeps its "a". */
const isArticle = (words: readonly string[], i: number) =>
  words[i] === "the" || ((words[i] === "a" || words[i] === "an") && (i === 0 || FILLERS.has(words[i - 1]!)));

/**
 * compareWords, except that a near spelling which is itself a name in the
 * article is that other name, not a typo ("Orlova" is Orlov's sister).
 */
function sameWord(given: string, key: string, ctx: MatchContext): WordMatch | null {
  const how = compareWords(given, key, ctx.typos);
  if ((how === "typo" || how === "transliteration") && ctx.article?.names.has(given)) return null;
  return how;
}

function promptOrFiller(words: readonly string[], i: number, ctx: MatchContext): boolean {
  const word = words[i]!;
  return (
    isArticle(words, i) || FILLERS.has(word) || (HEDGE_WRAP.has(word) && words.includes("i")) || (HEDGE_WORDS.has(word) && !words.includes("or")) || ctx.promptWords.has(word) || ctx.promptWords.has(americanSpelling(word)) ||
    expansionsOf(word).some((w) => ctx.promptWords.has(w)) || (ctx.asksAge && AGE_WORDS.has(word)) ||
    // "meeting number 91" names the 91st meeting.
    (word === "number" && /^\d+$/.test(words[i + 1] ?? ""))
  );
}

/**
 * A key word a student may leave out: an article, a little word, or a word the
 * question already says ("Vitebsk" for "Vitebsk region" when asked which region).
 */
function skippableKeyWords(key: readonly string[], ctx: MatchContext): boolean[] {
  const skippable = key.map((w, i) => !isNumber(w) && promptOrFiller(key, i, ctx));
  const articlesOnly = () => key.map((_, i) => isArticle(key, i));
  // A key the question restates entirely ("Is it the Vitebsk region?") keeps its words.
  if (skippable.every(Boolean)) return articlesOnly();
  // What is left must not be another place: "Panama" is a country, not Panama City.
  const rest = key.filter((_, i) => !skippable[i]).join(" ");
  if (skippable.some((s, i) => s && !isArticle(key, i)) && isCountry(rest)) return articlesOnly();
  return skippable;
}

interface Variant {
  words: readonly string[];
  skippable: boolean[];
  how?: Accepted["how"];
  shortForm?: string;
}

/** The key as written, each short name the article uses for it, and its acronym or expansion. */
function variantsOf(key: readonly string[], keyText: string, ctx: MatchContext, given: readonly string[]): Variant[] {
  const base = skippableKeyWords(key, ctx);
  const variants: Variant[] = [{ words: key, skippable: base }];
  const { article } = ctx;
  if (looksLikePerson(keyText)) {
    // A name particle may go: "Khalil Masri" for Khalil al-Masri, "Vries" in "de Vries" stays the surname.
    if (key.some((w, i) => i > 0 && NAME_PARTICLES.has(w))) variants.push({ words: key, skippable: key.map((w, i) => base[i]! || (i > 0 && NAME_PARTICLES.has(w))) });
    // "Ruth Ngata" for Dr Ruth Ngata: the key's own title may go, and the name's short forms are the name's without it.
    const titledKey = TITLES.has(key[0]!) && key.length >= 3;
    if (titledKey) variants.push({ words: key, skippable: key.map((_, i) => base[i]! || i === 0) });
    const name = titledKey ? key.slice(1) : key;
    const offset = key.length - name.length;
    // "Ms Kiknadze" for Nino Kiknadze, when every other Kiknadze is a man, or when the article itself calls her so.
    const title = GENDERED_TITLES.get(given[0] ?? "");
    const titled = article && name.length >= 2 && ((title && titleTellsApart(article, name, title)) || (TITLES.has(given[0] ?? "") && articleTitlesAs(article, name, given[0]!)));
    if (titled) variants.push({ words: [key[key.length - 1]!], skippable: [false], how: "surname" });
    // "N. Kiknadze" for Nino Kiknadze, when no other Kiknadze's name starts with N.
    if (article && name.length >= 2 && initialTellsApart(article, name)) variants.push({ words: [name[0]![0]!, ...name.slice(1)], skippable: [false, ...base.slice(offset + 1)], how: "short name" });
    for (const { form, fromArticle } of surnamesOf(article, name)) {
      const start = offset + name.findIndex((_, i) => form.every((w, k) => name[i + k] === w));
      const skippable = key.map((_, i) => i < start || i >= start + form.length);
      variants.push({ words: key, skippable, how: fromArticle ? "short name" : "surname", shortForm: form.join(" ") });
    }
  }
  if (!article) return variants;
  const core = key.filter((_, i) => !isArticle(key, i));
  for (const acronym of article.acronyms) {
    if (core.length === 1 && core[0] === acronym.short) {
      variants.push({ words: acronym.long, skippable: skippableKeyWords(acronym.long, ctx), how: "acronym" });
      continue;
    }
    // "Society for the Protection of Ancient Buildings (SPAB)": compared without its articles, as the key is.
    const long = acronym.long.filter((_, i) => !isArticle(acronym.long, i));
    if (core.length === long.length && core.every((w, i) => compareWords(w, long[i]!, false) !== null)) variants.push({ words: [acronym.short], skippable: [false], how: "acronym" });
  }
  return variants;
}

/** Acronyms that stand for the key, which an answer may add in brackets: "Collective Security Treaty Organisation (CSTO)". */
function acronymsOfKey(variants: readonly Variant[]): Set<string> {
  return new Set(variants.filter((v) => v.how === "acronym").flatMap((v) => (v.words.length === 1 ? v.words : [])));
}

const sameNumbers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((n, i) => numberValue(n) === numberValue(b[i]!));

function matchDate(given: readonly string[], keyDate: AnswerDate, ctx: MatchContext, keyWeekday?: string): ItemMatch {
  // "19.07" or "19/7" for "19 July": day and month as numbers, when the key has no year either.
  const found = findDate(given) ?? (keyDate.year === undefined && keyDate.day !== undefined ? dayMonthDate(given) : null);
  if (!found) return { ok: false, why: given.some(isNumber) ? "date" : "different" };
  // A weekday beside a date ("Saturday, March 22") only says more of the same day.
  if (!found.rest.every((w, i) => promptOrFiller(found.rest, i, ctx) || WEEKDAYS.has(w))) return { ok: false, why: "different" };
  // ...but another weekday than the key's is another day: "Thursday 16 January" for Friday's.
  const weekday = found.rest.find((w) => WEEKDAYS.has(w));
  if (keyWeekday && weekday && weekdayIndex(weekday) !== weekdayIndex(keyWeekday)) return { ok: false, why: "date" };
  const comparison = compareDates(found, keyDate, knownYear(ctx, keyDate, keyWeekday));
  if (comparison === "same") return { ok: true, how: "date" };
  return { ok: false, why: comparison === "different" ? "date" : comparison };
}

/**
 * A year an answer may add to a key without one: one the question or the article states, or the one the
 * key's weekday fixes near a stated year ("Saturday, 8 March" in an article that mentions 2024 is 2025's).
 */
const knownYear = (ctx: MatchContext, keyDate?: AnswerDate, keyWeekday?: string) => {
  const stated = (year: number) => ctx.promptNumbers.has(String(year)) || (!!ctx.article && mentions(ctx.article, [String(year)]));
  return (year: number) => {
    if (stated(year)) return true;
    if (!keyWeekday || keyDate?.day === undefined) return false;
    const weekday = (new Date(Date.UTC(year, keyDate.month - 1, keyDate.day)).getUTCDay() + 6) % 7;
    // A date falls on the same weekday again only after five years or more, so within two years of a stated one it is unique.
    return weekday === weekdayIndex(keyWeekday) && [-2, -1, 1, 2].some((d) => stated(year + d));
  };
};

/** A span of dates ("1 July to 30 September 2025"): both ends must agree, in any date notation. */
function matchDateSpan(given: readonly string[], key: FoundSpan, ctx: MatchContext): ItemMatch {
  const found = findDateSpan(given);
  if (!found) return { ok: false, why: given.some(isNumber) ? "date" : "different" };
  if (!found.rest.every((w, i) => promptOrFiller(found.rest, i, ctx) || WEEKDAYS.has(w))) return { ok: false, why: "different" };
  const ends = [compareDates({ date: found.from, rest: [] }, key.from, knownYear(ctx)), compareDates({ date: found.to, rest: [] }, key.to, knownYear(ctx))];
  if (ends.every((c) => c === "same")) return { ok: true, how: "date" };
  // "July to September" says the same as "1 July to 30 September".
  if (ends.every((c) => c === "less specific") && found.from.day === undefined && found.to.day === undefined && coversWholeMonths(key)) return { ok: true, how: "date" };
  return { ok: false, why: ends.includes("different") ? "date" : "less specific" };
}

/** "fri" and "friday" are one day. */
const weekdayIndex = (w: string) => ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(w.slice(0, 3));

/** Words that may sit beside a time of day without changing it: "21:47 local time", "at about 2.15am". */
const AROUND_A_TIME = new Set(["local", "time", "about", "around", "approximately", "roughly"]);

/**
 * A key that is a time of day and nothing else: written as a clock ("21:47",
 * "2.15am", "0215 hours", "quarter past two"), or a bare "9.47" when the question asks for a time.
 */
function clockTimeOf(keyText: string, ctx: MatchContext): TimeOfDay | null {
  if (!/:|\d\s?[ap]\.?\s?m\b|\bhours\b|o'?clock|noon|midnight|morning|evening|night|afternoon|past/i.test(keyText) && !ctx.promptWords.has("time")) return null;
  const time = timeOfDay(keyText);
  if (!time) return null;
  const rest = answerWords(time.rest);
  return rest.every((w, i) => promptOrFiller(rest, i, ctx) || AROUND_A_TIME.has(w)) ? time : null;
}

function matchTime(givenText: string, keyTime: TimeOfDay, ctx: MatchContext): ItemMatch {
  const given = timeOfDay(givenText);
  if (!given) return { ok: false, why: /\d/.test(givenText) ? "time" : "different" };
  const rest = answerWords(given.rest);
  if (!rest.every((w, i) => promptOrFiller(rest, i, ctx) || AROUND_A_TIME.has(w))) return { ok: false, why: "different" };
  return sameTimeOfDay(given, keyTime) ? { ok: true, how: "time" } : { ok: false, why: "time" };
}

/** A key that is a quantity ("38 metres", "$2.3 million", "60 percent", "3-2", "up to six hours"): its unit words restate it. */
function isQuantity(key: readonly string[]): boolean {
  // "US$1.65 billion" reads "us dollars 1650000000": a currency and its country's letters stand before the number.
  const core = key.filter((w, i) => !isArticle(key, i) && !APPROXIMATELY.has(w) && !currencyOf(w) && !(w.length <= 2 && !isNumber(w) && currencyOf(key[i + 1] ?? "")));
  return isNumber(core[0] ?? "") || (isNumber(core[1] ?? "") && core.length <= 3);
}

/** Time units no other unit shares ("m" may be metres): a key holding one may be a duration. */
const TIME_UNITS = new Set(["h", "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "s", "sec", "secs", "second", "seconds"]);

/** Ordinals and cardinals name the same place: "3rd", "third" and "3". */
const numberValue = (w: string) => w.replace(/^(\d+)(st|nd|rd|th)$/, "$1");

/** Compares one typed item with one key item. */
export function matchItem(givenText: string, keyText: string, ctx: MatchContext): ItemMatch {
  const given = answerWords(givenText);
  const key = answerWords(keyText);
  if (!given.length || !key.length) return { ok: false, why: "different" };

  // "Mr Kiknadze" for a woman the article calls "she": another person's title.
  const title = GENDERED_TITLES.get(given[0]!);
  if (title && ctx.article && key.length >= 2 && looksLikePerson(keyText)) {
    const pronoun = pronounOf(ctx.article, key);
    if (pronoun && pronoun !== title) return { ok: false, why: "person" };
  }

  // "Carys Pritchard's father" for Carys Pritchard names her father.
  const possessed = givenText.match(/^(.*?)['’]s?\s+(\p{L}+)/u);
  if (possessed && KIN.has(foldText(possessed[2]!)) && answerWords(possessed[1]!).at(-1) === key.at(-1)) return { ok: false, why: "person" };

  const keyTime = clockTimeOf(keyText, ctx);
  if (keyTime) return matchTime(givenText, keyTime, ctx);

  // "Nope" or "No – it denied the reports" for a key of "No".
  const keyReply = key.length === 1 ? REPLIES.get(key[0]!) : undefined;
  if (keyReply) return REPLIES.get(given[0]!) === keyReply ? { ok: true, how: "reply" } : { ok: false, why: "different" };

  const keySpan = findDateSpan(key);
  if (keySpan && keySpan.rest.every((w, i) => promptOrFiller(keySpan.rest, i, ctx))) return matchDateSpan(given, keySpan, ctx);

  const keyDate = findDate(key);
  // "Friday, 16 January 2026": the weekday only says more of the same day, and may be left out.
  if (keyDate && !keyDate.ambiguous && keyDate.rest.every((w, i) => promptOrFiller(keyDate.rest, i, ctx) || WEEKDAYS.has(w))) {
    return matchDate(given, keyDate.date, ctx, keyDate.rest.find((w) => WEEKDAYS.has(w)));
  }

  const keyNumbers = key.filter(isNumber);
  const quantity = keyNumbers.length > 0 && isQuantity(key);
  // A duration read either way: "4:51:09", "4h 51min 9s", "0:14" for "14 seconds".
  if (quantity && (key.some((w) => TIME_UNITS.has(w)) || /^\s*\d{1,2}:\d{2}:\d{2}\s*$/.test(keyText))) {
    const restates = (w: string) => FILLERS.has(w) || ctx.promptWords.has(w) || APPROXIMATELY.has(w);
    const keySeconds = durationSeconds(keyText, key, restates);
    if (keySeconds !== null && durationSeconds(givenText, given, restates) === keySeconds) return { ok: true, how: "number" };
  }
  // A length, mass, span or speed in other units: "0.312 kg" for 312 grams, "2 years and 4 months" for 28 months.
  if (quantity) {
    const restates = (w: string) => FILLERS.has(w) || ctx.promptWords.has(w) || APPROXIMATELY.has(w);
    const keyMeasure = measureOf(key, restates);
    const givenMeasure = keyMeasure && measureOf(given, restates);
    if (keyMeasure && givenMeasure && keyMeasure.dimension === givenMeasure.dimension) {
      return sameMeasure(givenMeasure, keyMeasure) && !otherBound(given, key, ctx) ? { ok: true, how: "number" } : { ok: false, why: "number" };
    }
  }
  // DROP's rule: when the key holds a number, an answer without that number (or with another) is wrong however many words match.
  // A number word misspelt ("fourty-eight") or a million written "m" ("€4.6m") is read again, leniently, before that.
  if (keyNumbers.length && !sameNumbers(given.filter(isNumber), keyNumbers)) {
    const lenient = lenientAnswerWords(givenText, keyNumbers);
    if (!lenient || !sameNumbers(lenient.filter(isNumber), keyNumbers)) return { ok: false, why: "number" };
    return matchWords(lenient, key, keyText, quantity, ctx);
  }
  return matchWords(given, key, keyText, quantity, ctx);
}

/**
 * "at least six hours" is not "up to six hours"; "about six hours" says the same. A bound the key
 * leaves out is fine only when the question says it ("at least 242,000" asked "at least how many").
 */
function otherBound(given: readonly string[], key: readonly string[], ctx: MatchContext): boolean {
  const givenBound = boundOf(given);
  if (givenBound === null || givenBound === boundOf(key)) return false;
  // A minimum is an amount "at least"; a maximum one "up to".
  const askedBound = ctx.promptWords.has("minimum") ? "above" : ctx.promptWords.has("maximum") ? "below" : null;
  return !(boundOf(key) === null && (givenBound === askedBound || boundWords(given).every((w) => ctx.promptWords.has(w))));
}

function matchWords(given: readonly string[], key: readonly string[], keyText: string, quantity: boolean, ctx: MatchContext): ItemMatch {
  // An amount in another currency is another amount ("$4.6 million" for €4.6 million); the same currency may be written any way.
  const keyCurrency = quantity ? key.map(currencyOf).find(Boolean) : undefined;
  if (keyCurrency && given.some((w) => currencyOf(w) && currencyOf(w) !== keyCurrency)) return { ok: false, why: "number" };
  if (quantity && otherBound(given, key, ctx)) return { ok: false, why: "number" };

  const variants = variantsOf(key, keyText, ctx, given);
  const acronyms = acronymsOfKey(variants);
  // In a quantity the unit only restates the key: "2.3 million dollars" for "$2.3 million", "4,000m" for "4,000 metres".
  const isKeyUnit = (w: string) =>
    quantity && !isNumber(w) && (key.some((k) => compareWords(w, k, false) !== null) || (!!keyCurrency && currencyOf(w) === keyCurrency) || APPROXIMATELY.has(w) || w === "and" || w === "metric");
  // A title may come or go, but not change: "King William" is not Prince William. A courtesy title that fits
  // the person may stand for any: "Ms Thackeray" for Dr Imogen Thackeray, whom the article calls "she".
  const keyTitles = key.filter((w) => TITLES.has(w));
  const courtesy = (w: string) => COURTESY_TITLES.has(w) && !!ctx.article && key.length >= 2 && pronounOf(ctx.article, key) === GENDERED_TITLES.get(w);
  const isTitle = (w: string) => TITLES.has(w) && (!keyTitles.length || keyTitles.some((t) => compareWords(w, t, false)) || courtesy(w));
  // "about 240 people" for a bare 240 asked "how many contacts": people is what any head count counts.
  const headCount = quantity && key.length === 1 && ctx.promptWords.has("many");
  const optional = given.map((w, i) => promptOrFiller(given, i, ctx) || isTitle(w) || acronyms.has(w) || isKeyUnit(w) || (headCount && PEOPLE.has(w)));

  let best: { variant: Variant; how: WordMatch } | null = null;
  for (const variant of variants) {
    const skippable = quantity ? variant.words.map((w) => !isNumber(w)) : variant.skippable;
    const how = align(given, optional, variant.words, skippable, ctx);
    if (how && (!best || rank(how) < rank(best.how) || (rank(how) === rank(best.how) && !variant.how && best.variant.how))) best = { variant, how };
  }
  if (best) {
    const { variant, how } = best;
    if (how !== "same") return { ok: true, how, ...(variant.shortForm ? { shortForm: variant.shortForm } : {}) };
    if (variant.how) return { ok: true, how: variant.how, ...(variant.shortForm ? { shortForm: variant.shortForm } : {}) };
    if (quantity) return { ok: true, how: "number" };
    const withoutArticles = (words: readonly string[]) => words.filter((_, i) => !isArticle(words, i)).join(" ");
    return { ok: true, how: withoutArticles(given) === withoutArticles(key) ? "same" : "restated" };
  }
  return whyNot(given, optional, key, keyText, ctx);
}

/** Says, without giving the key away, why an answer that matched nothing is wrong. */
function whyNot(given: readonly string[], optional: readonly boolean[], key: readonly string[], keyText: string, ctx: MatchContext): Rejected {
  const core = given.filter((_, i) => !optional[i]);
  if (!core.length) return { ok: false, why: given.some((w) => TITLES.has(w)) && !given.some((w) => ctx.promptWords.has(w) && !TITLES.has(w)) ? "title" : "category" };
  const name = looksLikePerson(keyText);
  // Said only when it is exactly the key's first name: a near miss ("Mario" for Maria) must not hint that it is close.
  if (name && core.length === 1 && core[0] === key[0] && key.length > 1) return { ok: false, why: "first name" };
  if (ctx.article && mentions(ctx.article, core)) return { ok: false, why: name ? "person" : "mentioned" };
  return { ok: false, why: "different" };
}

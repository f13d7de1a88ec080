// Wrong options of the same type as the answer: from the article first, a
// small built-in list second. Never an option that is also true: nothing
// named in the cited sentence, no place that holds the answer or lies in it,
// no other name for the answer itself.

import type { Context } from "./context";
import { pick } from "./context";
import type { DateFact, EntityFact, NumberFact } from "./facts";
import { containsWords, fold } from "./fold";
import { builtInPlaces, continentOfCountry, countryOf, countryOfDemonym, isContinent, lookupPlace, sameNeighbourhood } from "./gazetteer";
import { MONTHS, ORG_WORDS, PLACE_NOUNS, WEEKDAYS } from "./lexicon";
import { isDecade } from "./dates";
import type { Sentence } from "./sentences";
import { capital, ordinal } from "./words";

const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join("|")})\\b`, "i");

const BUILT_IN_ORGANISATIONS = [
  "United Nations", "European Union", "World Health Organization", "World Bank", "International Monetary Fund", "African Union",
  "Council of Europe", "Red Cross", "World Trade Organization", "Organization of American States", "Arab League", "UNESCO",
];

/** Countries whose adjective appears in a text ("Russian" → russia), folded. */
function demonymsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const word of text.match(/\p{Lu}\p{Ll}+/gu) ?? []) {
    const country = countryOfDemonym(word);
    if (country) found.add(fold(country));
  }
  return found;
}

/** The places that hold a place, by the article or the gazetteer, folded: "vitebsk" → {"belarus"}. */
function containersOf(name: string, entities: readonly EntityFact[]): Set<string> {
  const chain = new Set<string>();
  const within = (x: string) => entities.find((e) => e.kind === "place" && fold(e.name) === fold(x))?.within ?? countryOf(x);
  for (let x = within(name), i = 0; x && i < 5; x = within(x), i++) chain.add(fold(x));
  return chain;
}

/** Whether one place holds the other. */
function nested(a: string, b: string, entities: readonly EntityFact[], aHolders = containersOf(a, entities)): boolean {
  return aHolders.has(fold(b)) || containersOf(b, entities).has(fold(a));
}

function usable(candidate: string, answerForms: readonly string[], sentence: Sentence, taken: readonly string[]): boolean {
  if (answerForms.some((f) => fold(f) === fold(candidate) || containsWords(candidate, f) || containsWords(f, candidate))) return false;
  if (containsWords(sentence.text, candidate)) return false;
  // "Russian military forces in {{1}}": Russia, named by its adjective, is no fair wrong option.
  if (demonymsIn(sentence.text).has(fold(candidate))) return false;
  return !taken.some((t) => fold(t) === fold(candidate));
}

/** A place's type for like-for-like options: "region" (as the text calls it), a country, a city, a continent. */
function placeRank(e: EntityFact): string {
  if (e.placeNoun) return `called ${e.placeNoun}`;
  if (lookupPlace(e.name)?.rank === "region") return isContinent(e.name) ? "continent" : "region";
  const head = e.name.split(/\s+/).pop()!.toLowerCase();
  if (STREETS.has(head)) return "street";
  return lookupPlace(e.name)?.rank ?? (e.name.includes(" ") && PLACE_NOUNS.has(head) ? `called ${head}` : "place");
}

const STREETS = new Set(["street", "avenue", "road", "lane", "drive", "boulevard", "square"]);

const remembered = new WeakMap<Context, Map<string, string[]>>();

/** Up to n names of the answer's type for a multiple-choice question (worked out once per answer and sentence). */
export function entityDistractors(ctx: Context, answer: EntityFact, sentence: Sentence, n = 3): string[] {
  let memo = remembered.get(ctx);
  if (!memo) remembered.set(ctx, (memo = new Map()));
  const key = `${answer.id}@${sentence.index}/${n}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = findEntityDistractors(ctx, answer, sentence, n)));
  return found;
}

/** What kind of organisation a name says it is, by its head word ("Sichuan University" → "university"). */
export function orgHead(e: EntityFact): string {
  let head = orgHeads.get(e);
  if (head === undefined) orgHeads.set(e, (head = readOrgHead(e)));
  return head;
}
// Asked for every pair of candidates when choosing distractors: worked out once per entity.
const orgHeads = new WeakMap<EntityFact, string>();

function readOrgHead(e: EntityFact): string {
  const words = e.name.toLowerCase().split(/\s+/);
  const ofAt = words.findIndex((w) => w === "of" || w === "for");
  const head = ofAt > 0 ? words[ofAt - 1]! : words[words.length - 1]!;
  // "Northfield City" is a place's name unless the text made it an organisation; then it is a club.
  return ORG_WORDS.has(head) || head === "city" ? head : /^\p{Lu}{2,}$/u.test(e.name) ? "acronym" : "other";
}

/** The noun a named thing is first called ("the ‘West-2025’ drills" → "drills"), so that a drill is swapped for a drill. */
export function thingNoun(text: string, e: EntityFact): string | undefined {
  const first = e.mentions[0]!;
  return /^[’'”"]?\s+(?:and\s+[‘'“"]?[^’'”",]{1,40}[’'”"]?\s+)?([a-z]+(?:\s+[a-z]+s)?)\b/.exec(text.slice(first.end, first.end + 80))?.[1];
}

const ORG_TYPES: Record<string, string> = {};
for (const [type, heads] of Object.entries({
  team: "fc united rovers wanderers athletic city club team",
  education: "university college school institute academy universidad universidade université universite universität universita instituto institut",
  fund: "fund foundation trust",
  finance: "bank bancorp",
  media: "newspaper journal times post news herald gazette tribune telegraph guardian press media",
  company: "company corporation corp inc ltd llc plc group holdings co industries enterprises airlines airways motors systems technologies",
  government: "agency ministry department authority council committee commission office board service administration parliament senate congress assembly",
})) for (const h of heads.split(" ")) ORG_TYPES[h] = type;

/** The sort of organisation (a team, a university, a fund …), so that options and swaps stay like for like. */
export const orgType = (e: EntityFact) => ORG_TYPES[orgHead(e)] ?? "other";

/** Whether two entities are the same sort of thing, for a false statement that swaps one for the other. */
export function likeForLike(text: string, a: EntityFact, b: EntityFact): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "organisation") return orgType(a) === orgType(b);
  if (a.kind === "event") return !!thingNoun(text, a) && thingNoun(text, a) === thingNoun(text, b);
  return true;
}

function findEntityDistractors(ctx: Context, answer: EntityFact, sentence: Sentence, n: number): string[] {
  const forms = [answer.name, ...answer.aliases];
  const random = ctx.random(`distractors:${answer.id}:${sentence.index}`);
  const isPlace = answer.kind === "place";
  const rank = isPlace ? placeRank(answer) : "";
  const holders = isPlace ? containersOf(answer.name, ctx.entities) : new Set<string>();
  const fromArticle = pick(ctx.entities.filter((e) => e.kind === answer.kind), Infinity, random)
    .filter((e) => e.id !== answer.id && e.mentions.every((m) => m.sentence !== sentence.index))
    .filter((e) => !isPlace || placeRank(e) === rank)
    // Like for like: a university for a university, an agency for an agency, before any other organisation.
    .sort((a, b) => (answer.kind === "organisation" ? Number(orgType(b) === orgType(answer)) - Number(orgType(a) === orgType(answer)) : 0))
    .map((e) => e.name);
  const out: string[] = [];
  const consider = (candidate: string) => {
    if (out.length < n && (!isPlace || !nested(answer.name, candidate, ctx.entities, holders)) && usable(candidate, forms, sentence, out)) out.push(candidate);
  };
  fromArticle.forEach(consider);
  if (answer.kind === "organisation") BUILT_IN_ORGANISATIONS.forEach(consider);
  if (isPlace && out.length < n) {
    const gazetteerRank = lookupPlace(answer.name)?.rank ?? "place";
    const home = answer.within ?? countryOf(answer.name);
    // Countries from the same continent; continents against continents, smaller regions against their like.
    const continent = continentOfCountry(answer.name);
    const places = pick(builtInPlaces(gazetteerRank), Infinity, random).filter((p) =>
      gazetteerRank === "country" ? !continent || continentOfCountry(p) === continent : gazetteerRank === "region" ? isContinent(p) === isContinent(answer.name) : true,
    );
    // A region's neighbours in the same country make the fairest wrong answers;
    // random cities from elsewhere would be silly options, so only countries and regions fall back to the whole list.
    if (home) places.filter((p) => countryOf(p) === home).forEach(consider);
    // A neighbour before any other country of the continent.
    if (gazetteerRank === "country") places.filter((p) => sameNeighbourhood(p, answer.name)).forEach(consider);
    if (gazetteerRank !== "place") places.forEach(consider);
  }
  return out;
}


/** Dates written the same way as the answer but different: "September 16th" for "September 6th", "late August" for "early August". */
export function dateDistractors(ctx: Context, answer: DateFact, core: string, sentence: Sentence, n = 3): string[] {
  const random = ctx.random(`dates:${answer.id}`);
  const variants = new Set<string>();
  // Like for like: a weekday for a weekday, a year for a year, a day of a month for a day of a month.
  const shape = (d: DateFact) => [d.year !== undefined, d.month !== undefined, d.day !== undefined, d.qualifier ?? "", WEEKDAY.test(d.text), /^(?:last|next|this)\b/i.test(d.text), /spring|summer|autumn|fall|winter|\d0s\b/i.test(d.text)].join();
  const others = ctx.of("date").filter((d) => d.id !== answer.id && d.span.sentence !== sentence.index && shape(d) === shape(answer));
  for (const d of others) variants.add(d.text.replace(/^(until|till|since|by|before|after|as of|through)\s+/i, ""));
  const monthName = answer.month ? MONTHS[answer.month - 1]! : undefined;
  const shifted = (month: number) => capital(MONTHS[((month - 1 + 12) % 12)]!);
  if (answer.qualifier && monthName) {
    for (const q of ["early", "mid", "late"].filter((x) => x !== answer.qualifier)) variants.add(core.replace(/\b(?:early|mid|late)[\s-]+/i, q === "mid" ? "mid-" : `${q} `));
    variants.add(core.replace(new RegExp(monthName, "i"), shifted(answer.month! + 1)));
  } else if (answer.day && monthName) {
    for (const delta of [10, -3, 4, 7, -10]) {
      const day = answer.day + delta;
      // "6th" becomes "16th", "3rd" becomes "13th": the suffix follows the new number.
      if (day >= 1 && day <= 28) variants.add(core.replace(new RegExp(`(?<!\\d)${answer.day}(st|nd|rd|th)?(?!\\d)`), (_m, suffix?: string) => (suffix ? ordinal(day) : String(day))));
    }
    variants.add(core.replace(new RegExp(monthName, "i"), shifted(answer.month! + 1)));
  } else if (answer.year && isDecade(answer)) {
    for (const delta of [10, -10, 20, -20]) variants.add(core.replace(String(answer.year), String(answer.year + delta)));
  } else if (answer.year) {
    for (const delta of [1, -2, 5, -10]) variants.add(core.replace(String(answer.year), String(answer.year + delta)));
  } else if (monthName) {
    for (const delta of [1, -1, 2]) variants.add(core.replace(new RegExp(monthName, "i"), shifted(answer.month! + delta)));
  } else {
    const day = WEEKDAY.exec(core)?.[0];
    if (day) for (const other of pick(WEEKDAYS.filter((w) => w !== day.toLowerCase()), 4, random)) variants.add(core.replace(day, capital(other)));
  }
  variants.delete(core);
  return pick([...variants].filter((v) => v !== core && !containsWords(sentence.text, v)), n, random);
}

/** Nearby numbers, never the answer: halves, doubles, one more or less. */
/** `x` rounded as `v` is written: 430,000 gives whole ten thousands, 3.5 one decimal. */
function roundLike(x: number, v: number): number {
  if (!Number.isInteger(v)) return Number(x.toFixed((String(v).split(".")[1] ?? "").length));
  let unit = 1;
  while (v % (unit * 10) === 0 && unit * 10 < v) unit *= 10;
  return Math.max(unit, Math.round(x / unit) * unit);
}

/**
 * Wrong numbers a reader could believe: near neighbours for small counts (3 ->
 * 4, 2, 5), and for larger ones a quarter or half off, rounded as the answer
 * is written (430,000 -> 540,000, 320,000), never 430,001.
 */
export function numberDistractors(answer: NumberFact, n = 3): number[] {
  const v = answer.value;
  const candidates = Number.isInteger(v) && v < 20 ? [v + 1, v - 1, v + 2, v * 2, v + 3] : [v * 1.25, v * 0.75, v * 1.5, v * 2, v * 0.5].map((x) => roundLike(x, v));
  // A share stays a share: "117 per cent" for a pass rate is false at a glance.
  const most = answer.unit === "percent" && v <= 100 ? 100 : Number.POSITIVE_INFINITY;
  const shares = answer.unit === "percent" && v <= 100 ? [v * 0.85, v * 0.6, v * 0.4].map((x) => roundLike(x, v)) : [];
  return [...new Set([...candidates, ...shares])].filter((c) => c !== v && c > 0 && c <= most).slice(0, n);
}

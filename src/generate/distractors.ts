// Wrong options of the same type as the answer: from the article first, a
// small built-in list second. Never an option that is also true: nothing
// named in the cited sentence, no place that holds the answer or lies in it,
// no other name for the answer itself.

import { MONTHS, PLACE_NOUNS, WEEKDAYS } from "./lexicon";

const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join("|")})\\b`, "i");
import type { Context } from "./context";
import { pick } from "./context";
import type { DateFact, EntityFact, NumberFact } from "./facts";
import { builtInPlaces, countryOf, lookupPlace } from "./gazetteer";
import type { Sentence } from "./sentences";

const BUILT_IN_ORGANISATIONS = [
  "United Nations", "European Union", "World Health Organization", "World Bank", "International Monetary Fund", "African Union",
  "Council of Europe", "Red Cross", "World Trade Organization", "Organization of American States", "Arab League", "UNESCO",
];

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const containsWord = (haystack: string, needle: string) => ` ${fold(haystack)} `.includes(` ${fold(needle)} `);

/** Whether one place holds the other, by the article or the gazetteer. */
function nested(a: string, b: string, entities: readonly EntityFact[]): boolean {
  const within = (x: string) => entities.find((e) => e.kind === "place" && fold(e.name) === fold(x))?.within ?? countryOf(x);
  for (let x: string | undefined = a, i = 0; x && i < 5; x = within(x), i++) if (fold(x) === fold(b)) return true;
  for (let x: string | undefined = b, i = 0; x && i < 5; x = within(x), i++) if (fold(x) === fold(a)) return true;
  return false;
}

function usable(candidate: string, answerForms: readonly string[], sentence: Sentence, taken: readonly string[]): boolean {
  if (answerForms.some((f) => fold(f) === fold(candidate) || containsWord(candidate, f) || containsWord(f, candidate))) return false;
  if (containsWord(sentence.text, candidate)) return false;
  return !taken.some((t) => fold(t) === fold(candidate));
}

/** A place's type for like-for-like options: "region" (as the text calls it), a country, a city, a continent. */
function placeRank(e: EntityFact): string {
  if (e.placeNoun) return `called ${e.placeNoun}`;
  const head = e.name.split(/\s+/).pop()!.toLowerCase();
  if (STREETS.has(head)) return "street";
  return lookupPlace(e.name)?.rank ?? (e.name.includes(" ") && PLACE_NOUNS.has(head) ? `called ${head}` : "place");
}

const STREETS = new Set(["street", "avenue", "road", "lane", "drive", "boulevard", "square"]);

/** Up to n names of the answer's type for a multiple-choice question. */
export function entityDistractors(ctx: Context, answer: EntityFact, sentence: Sentence, n = 3): string[] {
  const forms = [answer.name, ...answer.aliases];
  const out: string[] = [];
  const random = ctx.random(`distractors:${answer.id}:${sentence.index}`);
  const rank = answer.kind === "place" ? placeRank(answer) : "";
  const candidates = pick(ctx.entities, ctx.entities.length, random)
    .filter((e) => e.kind === answer.kind && e.id !== answer.id && e.mentions.every((m) => m.sentence !== sentence.index))
    .filter((e) => answer.kind !== "place" || (placeRank(e) === rank && !nested(e.name, answer.name, ctx.entities)))
    .map((e) => e.name);
  let builtIn: string[] = [];
  if (answer.kind === "organisation") builtIn = BUILT_IN_ORGANISATIONS;
  if (answer.kind === "place") {
    const gazetteerRank = lookupPlace(answer.name)?.rank ?? "place";
    const home = answer.within ?? countryOf(answer.name);
    const places = pick(builtInPlaces(gazetteerRank), Infinity, random);
    // A region's neighbours in the same country make the fairest wrong answers.
    // Random cities from elsewhere would be silly options for a local place: only countries and regions fall back to the whole list.
    builtIn = [...places.filter((p) => home && countryOf(p) === home), ...(gazetteerRank === "place" ? [] : places)];
    builtIn = builtIn.filter((p) => !nested(p, answer.name, ctx.entities));
  }
  for (const c of [...candidates, ...builtIn]) {
    if (out.length >= n) break;
    if (usable(c, forms, sentence, out)) out.push(c);
  }
  return out;
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

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
  } else if (answer.year) {
    for (const delta of [1, -2, 5, -10]) variants.add(core.replace(String(answer.year), String(answer.year + delta)));
  } else if (monthName) {
    for (const delta of [1, -1, 2]) variants.add(core.replace(new RegExp(monthName, "i"), shifted(answer.month! + delta)));
  } else {
    const day = WEEKDAY.exec(core)?.[0];
    if (day) for (const other of pick(WEEKDAYS.filter((w) => w !== day.toLowerCase()), 4, random)) variants.add(core.replace(day, capital(other)));
  }
  variants.delete(core);
  return pick([...variants].filter((v) => v !== core && !containsWord(sentence.text, v)), n, random);
}

/** Nearby numbers, never the answer: halves, doubles, one more or less. */
export function numberDistractors(answer: NumberFact, n = 3): number[] {
  const v = answer.value;
  const candidates = Number.isInteger(v) ? [v * 2, v + 1, Math.max(0, v - 1), Math.round(v / 2), v * 3, v + 10] : [v * 2, v / 2, v + 1, v * 1.5];
  return [...new Set(candidates)].filter((c) => c !== v && c > 0).slice(0, n);
}

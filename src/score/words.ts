// When two single words are the same word for a reader: the same spelling,
// a British or American spelling, a common abbreviation, another romanization
// of a foreign name, or a small typo scaled to the word's length.

import { remember } from "./memo";
import { parseNumber } from "./numbers";
import { allowedEdits, nearSpelling } from "./typo";

/** How two words were found to be the same, from most to least certain. */
export type WordMatch = "same" | "spelling" | "transliteration" | "typo";
export const WORD_MATCH_ORDER: readonly WordMatch[] = ["same", "spelling", "transliteration", "typo"];

/** Abbreviations a student may type for a whole word. Each may stand for several words. */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  st: ["street", "saint"], str: ["street"], rd: ["road"], ave: ["avenue"], av: ["avenue"], ln: ["lane"], blvd: ["boulevard"],
  sq: ["square"], mt: ["mount", "mountain"], ft: ["fort", "feet", "foot"], pt: ["point", "port"], dr: ["doctor", "drive"], hwy: ["highway"],
  univ: ["university"], uni: ["university"], inst: ["institute"], dept: ["department"], co: ["company"], corp: ["corporation"],
  intl: ["international"], natl: ["national"], govt: ["government"], assn: ["association"], fed: ["federation"],
  gen: ["general"], col: ["colonel"], lt: ["lieutenant"], capt: ["captain"], cpt: ["captain"], sgt: ["sergeant"], adm: ["admiral"],
  prof: ["professor"], pres: ["president"], cllr: ["councillor", "councilor"], gov: ["governor"], sen: ["senator"], rep: ["representative"], rev: ["reverend"],
  jan: ["january"], feb: ["february"], mar: ["march"], apr: ["april"], jun: ["june"], jul: ["july"], aug: ["august"],
  sep: ["september"], sept: ["september"], oct: ["october"], nov: ["november"], dec: ["december"],
  no: ["number"], nr: ["number"], vs: ["versus"], v: ["versus"],
  // Units, after a number ("4,000m", "38 km").
  m: ["metres", "metre", "meters", "meter", "million"], km: ["kilometres", "kilometre", "kilometers", "kilometer"], cm: ["centimetres", "centimeters"],
  mm: ["millimetres", "millimeters"], kg: ["kilograms", "kilogram", "kilos"], g: ["grams", "gram"], mi: ["miles", "mile"], ha: ["hectares", "hectare"],
  kms: ["kilometres", "kilometers"], klm: ["kilometres", "kilometers"], klms: ["kilometres", "kilometers"],
  hr: ["hours", "hour"], hrs: ["hours"], h: ["hours", "hour"], min: ["minutes", "minute"], mins: ["minutes"], sec: ["seconds", "second"], secs: ["seconds"], s: ["seconds", "second"],
  kw: ["kilowatts", "kilowatt"], mw: ["megawatts", "megawatt"], gw: ["gigawatts", "gigawatt"], kwh: ["kilowatt-hours"], lb: ["pounds"], lbs: ["pounds"],
  ppl: ["people"], yo: ["years"],
  yr: ["years", "year"], yrs: ["years"], pct: ["percent"], pc: ["percent"], bn: ["billion"], mln: ["million"], tn: ["tonnes", "tons"],
};

const isAbbreviationOf = (short: string, long: string) => ABBREVIATIONS[short]?.includes(long) ?? false;
/** The whole words an abbreviation may stand for ("ppl": people); none for other words. */
export const expansionsOf = (word: string): readonly string[] => ABBREVIATIONS[word] ?? [];

const american = new Map<string, string>();
const roman = new Map<string, string>();
const letters = new Map<string, string>();

/**
 * One spelling for British and American forms (centre/center, organisation/
 * organization, defence/defense, fuelling/fueling, colour/color, programme/
 * program). Applied to both sides, so words it merges by accident ("acre" and
 * "acer") stay told apart from everything else.
 */
export function americanSpelling(word: string): string {
  if (word.length < 5) return word;
  return remember(american, word, 4096, () => word
    .replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1")
    .replace(/ys(e|es|ed|ing)$/, "yz$1")
    .replace(/([^aeiou])our(s|ed|ing|ite|ites|able|er|ers)?$/, "$1or$2")
    .replace(/([bcdfgkmnptv])re(s|d)?$/, "$1er$2")
    .replace(/ence(s)?$/, "ense$1")
    // travelled/traveled, fuelling/fueling; not filled/filed or tilled/tiled (a stem of two letters).
    .replace(/^(\w{2,}[aeiou])ll(ing|ed|er|ers)$/, "$1l$2")
    .replace(/ogue(s)?$/, "og$1")
    .replace(/mme(s)?$/, "m$1"));
}

/**
 * A romanization key: the letters that different systems write for the same
 * sound (Andrei/Andrey, Aleksandr/Alexander, Vitebsk/Vitsyebsk, Odesa/Odessa)
 * collapse to one. Words are compared on this key, so it only ever
 * joins spellings; it never decides alone that two names are the same.
 */
export function romanizationKey(word: string): string {
  return remember(roman, word, 4096, () => lettersKey(word).replace(/(.)\1+/g, "$1"));
}

/** romanizationKey without merging doubled letters; memoised too, as the scorer's alignment asks for it per word pair. */
function lettersKey(word: string): string {
  return remember(letters, word, 4096, () => word
    // Dzhaparidze, Djaparidze and Japaridze; Quliyev and Kuliev (Azerbaijani q is Russian k).
    .replace(/d(?:zh|j)/g, "j")
    // Zhaksylykova and Jaksylykova (Kazakh Latin j); Tsiklauri and Ciklauri; Yerlan and Erlan.
    .replace(/zh/g, "j")
    .replace(/ts/g, "c")
    .replace(/^ye/, "e")
    .replace(/q/g, "k")
    .replace(/x/g, "ks")
    .replace(/([kzcs])h/g, "$1")
    .replace(/y/g, "i")
    .replace(/j(?=[aeiou])/g, "i")
    .replace(/([^aeiou])i(?=[aeiou])/g, "$1")); // soft vowels: ye, ya, yu, ie after a consonant
}

const ARABIC_ARTICLE = new Set(["al", "el"]);
const isNumberWord = (w: string) => /\d/.test(w);

/**
 * Compares one word a student typed with one word of the key, both already
 * folded (lowercase, no accents or punctuation). Numbers must be equal as
 * numbers ("two" and "2"); words of four letters or fewer must be spelled
 * right; longer words get a romanization or typo allowance when `typos` is on.
 */
export function compareWords(given: string, key: string, typos: boolean): WordMatch | null {
  if (given === key) return "same";
  if (isNumberWord(given) || isNumberWord(key)) {
    // An ordinal and its number name the same place ("3rd" and "3").
    const a = parseNumber(given.replace(/^(\d+)(st|nd|rd|th)$/, "$1"));
    const b = parseNumber(key.replace(/^(\d+)(st|nd|rd|th)$/, "$1"));
    return a !== null && a === b ? "same" : null;
  }
  if (isAbbreviationOf(given, key) || isAbbreviationOf(key, given)) return "spelling";
  // The Arabic article romanized either way: al-Masri and el-Masri.
  if (ARABIC_ARTICLE.has(given) && ARABIC_ARTICLE.has(key)) return "transliteration";
  // Two abbreviations of one word ("kms" and "km").
  if (expansionsOf(given).some((w) => expansionsOf(key).includes(w))) return "spelling";
  if (americanSpelling(given) === americanSpelling(key)) return "spelling";
  // German umlauts written out (Joerg for Jörg, whose accent folding already dropped).
  if (given.replace(/([aou])e/g, "$1") === key || key.replace(/([aou])e/g, "$1") === given) return "transliteration";
  if (key.length < 5 || given.length < 4) return null;
  const romanGiven = romanizationKey(given);
  const romanKey = romanizationKey(key);
  // Letter for letter (Andrei/Andrey) is form; a romanization that drops letters (Odessa/Odesa) is also a slip.
  if (romanGiven === romanKey && (typos || given.length === key.length)) return "transliteration";
  if (!typos) return null;
  if (nearSpelling(given, key)) return "typo";
  // Another romanization plus at most the typo allowance (Alyaksandr for Aleksandr, Aleksandr for
  // Alexander). Doubled letters merge only when the student's word has a romanization of its own:
  // merging the key's alone ("Aasland" to "asland", "Weiß" to "weis") would lend a second slip ("Aslnd", "Weib").
  // Nor may the key's romanization drop letters the student did not: "Armen" is a slip too many from "Armenia" ("armena").
  const ownRomanization = lettersKey(given) !== given;
  const keyLetters = lettersKey(key);
  // A romanization that also loses letters from a short name spends one slip of the allowance:
  // "Myra" is two from "Moira" ("mira" and a lost "o"), "Kvibsy" two from "Kvibisi".
  // A dropped glide ("Kuliev" for Quliyev) is how romanizations differ, not a slip.
  const glideless = (w: string) => w.replace(/[yhw]/g, "").length;
  const left = allowedEdits(key) - (ownRomanization && glideless(given) < glideless(key) && key.length < 9 ? 1 : 0);
  if (left > 0 && (ownRomanization ? nearSpelling(romanGiven, romanKey, left) : keyLetters.length >= key.length && nearSpelling(given, keyLetters, left))) return "transliteration";
  return null;
}

// What the quiz's own article tells the scorer: the acronyms it defines
// ("Collective Security Treaty Organisation (CSTO)") and the short forms it
// uses for a person ("Serdykov", "Li", "Fernández Ortega"). Built once per
// article text and kept, so scoring an answer costs a lookup.

import { lookupPlace } from "../generate/gazetteer";
import { GIVEN_NAMES } from "../generate/lexicon";
import { isCalendarWord } from "./answer-dates";
import { answerWords } from "./answer-text";
import { readOnce, remember, rememberFor } from "./memo";
import { foldText } from "./normalize";
import { ARTICLE_MAX_CHARS } from "../schemas/quiz";

interface ArticleWord {
  /** Folded as answers are. */
  word: string;
  capitalized: boolean;
  /** Punctuation or a line break stands between this word and the one before. */
  breakBefore: boolean;
  /** First word of a sentence or line, capitalised whatever it is. */
  sentenceStart: boolean;
  /** The last digits of "36,000" or "2.5": the whole number as answers read it ("36000", "2.5"). */
  number?: string;
}

export interface Acronym {
  /** Folded acronym, no dots: "csto". */
  short: string;
  /** The expansion's words as answerWords gives them. */
  long: readonly string[];
}

export interface ArticleIndex {
  /** The text indexed (capped at ARTICLE_MAX_CHARS). */
  text: string;
  words: ArticleWord[];
  acronyms: Acronym[];
  /** Folded text with single spaces, for "does the article mention this" checks. */
  folded: string;
  /** Folded words the article writes with a capital inside a sentence: its names. */
  names: Set<string>;
  /** Folded words the article writes in lower case: common nouns, never a name on their own. */
  common: Set<string>;
  /** Short forms and surnames found per name, memoised: the same key is scored for every student. */
  shortForms: Map<string, string[][]>;
  surnames: Map<string, ShortName[]>;
}

/** Titles and roles written before a name ("General Andrei Serdykov", "Coach Ibáñez"). */
export const TITLES = new Set(
  ("mr mrs ms miss dr doctor prof professor sir dame lord lady general gen colonel col captain capt cpt major maj lieutenant lt sergeant sgt " +
    "admiral adm president pres minister premier chancellor mayor governor gov senator sen judge coach chief head director bishop father rev " +
    "reverend inspector detective officer commander chairman chairwoman chair ceo king queen prince princess councillor councilor cllr").split(" "),
);
/** Words that start sentences or stand beside names without being part of them. */
const NOT_NAME = new Set([
  ...TITLES,
  ...("a an the and but or nor so yet for of in on at to by from with as after before while when where if since until during under over " +
    "this that these those he she it they we i his her their its our my your according said says told also then there here now").split(" "),
]);
const LEADING_LITTLE_WORDS = new Set("a an the and but or so in on at to by for of from with as after before while when where since until this that these those its their his her".split(" "));
/** Words that may sit inside a person's name in lower case: "Muñoz de la Vega", "van Gogh". */
const PARTICLES = new Set("de del della der den di da das dos du la le van von bin ibn al el y e".split(" "));

/** Lower-case words that may sit inside an expansion ("Treaty of Peace and Friendship"). */
const EXPANSION_LITTLE_WORDS = new Set(["of", "for", "and", "the", "de", "del", "des", "du", "la", "le", "für", "on", "in", "y", "&"]);
/** Longest word and acronym looked at: nothing real is longer, and it keeps every check short. */
const MAX_WORD = 40;
const MAX_ACRONYM = 10;
const MAX_EXPANSION_WORDS = 10;
const ACRONYM_SHAPE = /^\p{Lu}[\p{L}.&]{1,9}$/u;
const CAPITAL_ACRONYM_SHAPE = /^\p{Lu}[\p{Lu}.&]{1,9}$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const EXPANSION_WORD = /^[\p{L}'’.-]+$/u;

const initialsOf = (words: readonly string[]) => words.filter((w) => !EXPANSION_LITTLE_WORDS.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join("");
const foldAcronym = (a: string) => foldText(a.replace(/\./g, "")).replace(/ /g, "");
const isBlank = (c: string | undefined) => c === " " || c === "\t";
const isExpansionWord = (w: string) => w.length <= MAX_WORD && (EXPANSION_LITTLE_WORDS.has(w) || CAPITALISED_WORD.test(w));

/**
 * The expansion's words: the shortest tail whose initials spell the acronym,
 * or, when none does (the article's German "DFG" for "German Research
 * Foundation"), the capitalised run without leading function words.
 */
function expansionWords(words: readonly string[], acronym: string): string[] {
  const spelt = spellingTail(words, acronym);
  if (spelt) return spelt;
  // Only little words are trimmed: "General" in "General Directorate of Meteorology" is part of the name.
  let start = 0;
  while (start < words.length - 1 && (LEADING_LITTLE_WORDS.has(foldText(words[start]!)) || !/^\p{Lu}/u.test(words[start]!))) start++;
  return words.slice(start);
}

/** The shortest run of words ending the list whose initials spell the acronym. */
function spellingTail(words: readonly string[], acronym: string): string[] | undefined {
  const letters = foldAcronym(acronym);
  for (let start = words.length - 1; start >= 0; start--) {
    if (initialsOf(words.slice(start)) === letters) return words.slice(start);
  }
  return undefined;
}

/** Up to `most` words separated by spaces or tabs, read backwards from `end` (exclusive); stops at anything else. */
function wordsBefore(text: string, end: number, most: number, fits: (w: string) => boolean): string[] {
  const words: string[] = [];
  let i = end;
  while (words.length < most) {
    let j = i;
    while (j > 0 && isBlank(text[j - 1])) j--;
    if (j === i && words.length > 0) break; // no blank between two words
    let start = j;
    while (start > 0 && j - start <= MAX_WORD && !isBlank(text[start - 1]) && text[start - 1] !== "\n") start--;
    const word = text.slice(start, j);
    if (!word || !fits(word)) break;
    words.unshift(word);
    i = start;
  }
  return words;
}

/**
 * The acronyms an article defines, "Full Name (FN)" or "FN (Full Name)". Read
 * around each bracket with bounded steps, so the cost is linear in the text
 * whatever it holds (a regular expression over a long run of capitals was quadratic).
 */
function findAcronyms(text: string): Acronym[] {
  const found: Acronym[] = [];
  // The first ")" after each "(" is found by one forward search shared by every "(" before it: searching
  // again from each "(" was quadratic in a text of brackets that close once, at the end.
  let close = -2;
  for (let open = text.indexOf("("); open !== -1; open = text.indexOf("(", open + 1)) {
    if (close !== -1 && close <= open) close = text.indexOf(")", open + 1);
    if (close === -1) break;
    if (close - open - 1 > MAX_WORD * MAX_EXPANSION_WORDS) continue;
    const inside = text.slice(open + 1, close);
    let before = open;
    while (before > 0 && isBlank(text[before - 1])) before--;
    // "Full Name (FN)"
    if (close - open - 1 <= MAX_ACRONYM && ACRONYM_SHAPE.test(inside)) {
      // "chief information officer (CIO)": lowercase words count when their initials spell the acronym.
      const spelt = spellingTail(wordsBefore(text, before, MAX_EXPANSION_WORDS, (w) => w.length <= MAX_WORD && EXPANSION_WORD.test(w)), inside);
      const run = spelt ?? wordsBefore(text, before, MAX_EXPANSION_WORDS, isExpansionWord);
      if (run.length >= 2) {
        const long = answerWords((spelt ?? expansionWords(run, inside)).join(" "));
        if (long.length >= 2) found.push({ short: foldAcronym(inside), long });
      }
      continue;
    }
    // "FN (Full Name)"
    const [acronym] = wordsBefore(text, before, 1, (w) => w.length <= MAX_ACRONYM && CAPITAL_ACRONYM_SHAPE.test(w));
    if (!acronym) continue;
    const words = inside.split(/[ \t]+/);
    if (words.length < 2 || words.length > MAX_EXPANSION_WORDS || !/^\p{Lu}/u.test(inside) || !words.every((w) => w.length <= MAX_WORD && EXPANSION_WORD.test(w))) continue;
    const long = answerWords(inside);
    if (long.length >= 2 && initialsOf(words) === foldAcronym(acronym)) found.push({ short: foldAcronym(acronym), long });
  }
  return found;
}

function indexWords(text: string): ArticleWord[] {
  const words: ArticleWord[] = [];
  let last = 0;
  const source = text.replace(/['’]s\b/g, "");
  for (const m of source.matchAll(/[\p{L}\p{N}]+/gu)) {
    const between = source.slice(last, m.index);
    last = m.index + m[0].length;
    // Hyphens and apostrophes join the parts of one name ("Saint-Malo", "O'Brien"); other marks break.
    const breakBefore = /[^\s\-'’]/u.test(between) || /\n/.test(between);
    // "2.5" and "10:30" go on; a stop or colon before a space, or a line break, ends the sentence.
    const sentenceStart = words.length === 0 || /[.!?:][^\p{L}\p{N}]*\s|\n/u.test(between);
    // Most words are plain ASCII, and lower case is all folding does to them.
    const word = /^[a-zA-Z0-9]+$/.test(m[0]) ? m[0].toLowerCase() : foldText(m[0]);
    const previous = words[words.length - 1];
    const digits = /^\d+$/.test(word);
    const number = digits && previous?.number && (between === "," || between === ".") ? `${previous.number}${between === "." ? "." : ""}${word}` : digits ? word : undefined;
    words.push({ word, capitalized: /^\p{Lu}/u.test(m[0]), breakBefore, sentenceStart: sentenceStart && !(number && number !== word), ...(number ? { number } : {}) });
  }
  return words;
}

const indexes = new Map<string, ArticleIndex>();

/** The index of an article, built once per text (a few recent articles are kept). */
export function articleIndex(text: string): ArticleIndex {
  return remember(indexes, text, 16, () => {
    // Quizzes are capped at ARTICLE_MAX_CHARS; a longer text stored before the cap is indexed only that far.
    if (text.length > ARTICLE_MAX_CHARS) text = text.slice(0, ARTICLE_MAX_CHARS);
    const words = indexWords(text);
    const names = new Set(words.filter((w) => w.capitalized && !w.sentenceStart && !NOT_NAME.has(w.word)).map((w) => w.word));
    const common = new Set(words.filter((w) => !w.capitalized).map((w) => w.word));
    return { text, words, acronyms: findAcronyms(text), folded: ` ${foldText(text)} `, names, common, shortForms: new Map(), surnames: new Map() };
  });
}

// A capital at the start of a sentence or headline says nothing ("Teenager Fernández Ortega inspires…").
const isNameWord = (w: ArticleWord | undefined) => !!w && w.capitalized && !w.sentenceStart && !NOT_NAME.has(w.word);

/** Words that make a capitalised name a place, team or body rather than a person ("Northfield City"). */
const NOT_A_PERSON = new Set(
  ("city town village county region province state district street road lane drive avenue square park river lake sea bay island islands " +
    "mountain mountains valley glacier bridge port airport station stadium arena hall centre center school college university universidad " +
    "universite universitat institute instituto institut academy hospital museum gallery library church cathedral company group bank banco " +
    "federation union council party committee commission foundation agency authority office service network board bureau alliance " +
    "ministry department court league cup award prize club united rovers wanderers fc project programme program plan fund trust society " +
    "association organisation organization corporation forces army navy labs lab inc ltd festival exhibition summit conference games " +
    "championship marathon race rally regatta tournament derby treaty act bill report").split(" "),
);
/** First words that make a name a body or place; other words of NOT_A_PERSON ("Park") can be a family name written first. */
const NOT_A_PERSON_FIRST = new Set(
  ("university universidad universite universitat institute instituto institut bank banco college school museum hospital lake mount port " +
    "fort cape saint st san santa north south east west northern southern eastern western new upper lower greater central real").split(" "),
);

/** The article's person-like names and, for each word, where it stands: read once per article. */
interface PersonRuns {
  /** For each article word, the index of the sentence it is in. */
  sentence: number[];
  /** For each article word, the run of name words it belongs to, if any. */
  runOf: (number | undefined)[];
  runs: { start: number; words: string[]; person: boolean; placed: boolean }[];
  at: Map<string, number[]>;
}
const personRuns = new WeakMap<ArticleIndex, PersonRuns>();
const acronymWords = (index: ArticleIndex) => new Set(index.acronyms.map((a) => a.short));

const personRunsOf = (index: ArticleIndex) => readOnce(personRuns, index, () => readPersonRuns(index));

function readPersonRuns(index: ArticleIndex): PersonRuns {
  const { words } = index;
  const acronyms = acronymWords(index);
  const sentence: number[] = [];
  const runOf: (number | undefined)[] = [];
  const runs: PersonRuns["runs"] = [];
  const at = new Map<string, number[]>();
  // A capital opening a sentence counts when the article writes the word as a name elsewhere ("Marcus Thorne, 42, …").
  // So does one followed by another name word: "Ana Brisk, 51, and her sister …".
  const nameWord = (w: ArticleWord, next: ArticleWord | undefined) =>
    w.capitalized && !NOT_NAME.has(w.word) && (!w.sentenceStart || index.names.has(w.word) || (!index.common.has(w.word) && !!next && next.capitalized && !next.breakBefore && index.names.has(next.word)));
  let s = -1;
  words.forEach((w, i) => {
    if (w.sentenceStart) s++;
    sentence.push(s);
    for (const form of w.number && w.number !== w.word ? [w.word, w.number] : [w.word]) {
      const list = at.get(form) ?? [];
      list.push(i);
      at.set(form, list);
    }
    const joins = i > 0 && runOf[i - 1] !== undefined && !w.breakBefore && !w.sentenceStart;
    if (!nameWord(w, words[i + 1])) return runOf.push(undefined);
    if (!joins) runs.push({ start: i, words: [], person: true, placed: false });
    runs[runs.length - 1]!.words.push(w.word);
    runOf.push(runs.length - 1);
  });
  // The names the article spells out for an acronym are bodies: "Georgian National Tourism Administration (GNTA)".
  const expansions = new Set(index.acronyms.map((a) => a.long.filter((w) => !EXPANSION_LITTLE_WORDS.has(w)).join(" ")));
  const surnames = new Set<string>();
  for (const run of runs) {
    // "of Ribbleton", "in Wrocław": a name after a placing word is a place, whether or not the gazetteer knows it.
    run.placed = run.start > 0 && PLACE_BEFORE.has(words[run.start - 1]!.word);
    const notAPerson = (w: string) => NOT_A_PERSON.has(w) || acronyms.has(w) || isCalendarWord(w);
    run.person = !run.placed && !run.words.some(notAPerson) && !lookupPlace(run.words.join(" ")) && !lookupPlace(run.words[run.words.length - 1]!) && !expansions.has(run.words.join(" "));
    if (run.person && run.words.length >= 2) surnames.add(run.words[run.words.length - 1]!);
  }
  // One capitalised word is a person only as a title's name ("Dr Ngata") or a surname of a full name the article gives:
  // "Medical" in "Medical Officer of Health" is part of a role.
  for (const run of runs) {
    if (!run.person || run.words.length > 1) continue;
    const [before, after] = [words[run.start - 1], words[run.start + 1]];
    // "Chief Medical Officer": a capitalised word before a title is the role's, not a name.
    const inRole = !!after && after.capitalized && !after.breakBefore && TITLES.has(after.word);
    run.person = surnames.has(run.words[0]!) || (!!before && TITLES.has(before.word) && !words[run.start]!.breakBefore && !inRole);
  }
  return { sentence, runOf, runs, at };
}

const PLACE_BEFORE = new Set(["in", "at", "of", "from", "near", "outside"]);

/** Whether the article uses the word anywhere, as answers are folded. */
export const usesWord = (index: ArticleIndex, word: string) => personRunsOf(index).at.has(word);

/** Words apart at most for a detail to be read as said of a name ("Marcus Thorne, 42, and his brother …"). */
const NEAR = 8;

/**
 * For each place the article uses `word`, the words of the person's name
 * nearest to it in the same sentence, or null where no person is named near
 * it: who the article says it of.
 */
export function personsNear(index: ArticleIndex, word: string): (readonly string[] | null)[] {
  const { sentence, runOf, runs, at } = personRunsOf(index);
  const { words } = index;
  return (at.get(word) ?? []).map((i) => {
    // "both of Spalding": a place is said of no one in particular.
    if (runs[runOf[i] ?? -1]?.placed) return null;
    let best: { distance: number; words: string[] } | null = null;
    for (let j = Math.max(0, i - NEAR); j <= Math.min(runOf.length - 1, i + NEAR); j++) {
      const r = runOf[j];
      if (r === undefined || r === runOf[i] || !runs[r]!.person || sentence[j] !== sentence[i]) continue;
      // "Aled Rhys was paid £1,200 and Owen Rhys £800": a name after "and" opens the next clause, it does not claim the word.
      if (j > i && words.slice(i + 1, j).some((w) => w.word === "and")) continue;
      const distance = Math.abs(j - i);
      if (!best || distance < best.distance) best = { distance, words: runs[r]!.words };
    }
    return best?.words ?? null;
  });
}

/** True when a key reads like a person's name: two to five capitalised words, particles allowed, none naming a place or body. */
export function looksLikePerson(keyText: string): boolean {
  return remember(personLike, keyText, 2048, () => readsAsPerson(keyText));
}
const personLike = new Map<string, boolean>();

function readsAsPerson(keyText: string): boolean {
  const parts = keyText.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 5 || /\d/.test(keyText)) return false;
  if (NOT_A_PERSON_FIRST.has(foldText(parts[0]!)) || parts.slice(1).some((p) => foldText(p).split(" ").some((w) => NOT_A_PERSON.has(w)))) return false;
  // A place the gazetteer knows, or a name ending in one ("Real Madrid"), is not a person.
  if (lookupPlace(foldText(keyText)) || lookupPlace(foldText(parts[parts.length - 1]!))) return false;
  // "al-Hashimi", "d'Arcy", "van der Berg": a particle joined to a capitalised name is part of it.
  const capitalised = (p: string) => /^\p{Lu}/u.test(p) || /^(?:al|el|ad|ul|d|l)[-'’]\p{Lu}/u.test(p);
  return parts.every((p) => capitalised(p) || PARTICLES.has(p)) && capitalised(parts[parts.length - 1]!);
}

/**
 * The parts of a name the article uses on their own for that person: every
 * shorter run of the name's words that appears without the rest of the name
 * and never as part of another name ("Wang" is nobody's short form when the
 * article has both Wang Deming and Wang Lei).
 */
export function shortFormsOf(index: ArticleIndex, name: readonly string[]): string[][] {
  const memoKey = name.join(" ");
  const memo = index.shortForms.get(memoKey);
  if (memo) return memo;
  const forms: string[][] = [];
  for (let length = name.length - 1; length >= 1; length--) {
    for (let start = 0; start + length <= name.length; start++) {
      const form = name.slice(start, start + length);
      if (form.every((w) => PARTICLES.has(w))) continue;
      const { alone, inOtherName } = usesOf(index, name, start, length);
      if (alone > 0 && !inOtherName && !form.every((w) => index.common.has(w))) forms.push(form);
    }
  }
  // An article that calls someone by the last part of the name (Ní Bhriain) is using the surname;
  // a first name it also uses (in a quote, "Siobhán's panels") is not one. Forms without the
  // last word count only when there are no others: family names written first (Park, Li).
  const last = name[name.length - 1];
  const withLast = forms.filter((f) => f[f.length - 1] === last);
  // When the article also writes the last word apart from this name ("the Zhaksylykova sisters"), it is the
  // family name, and a first name the article uses to tell two of them apart is still a first name alone.
  const chosen = withLast.length ? withLast : lastWordStandsApart(index, name) ? [] : forms;
  index.shortForms.set(memoKey, chosen);
  return chosen;
}

/** The name's last word somewhere in the article without the word before it in the name. */
function lastWordStandsApart(index: ArticleIndex, name: readonly string[]): boolean {
  if (name.length < 2) return false;
  const last = name[name.length - 1]!;
  const before = name[name.length - 2]!;
  return index.words.some((w, i) => w.word === last && w.capitalized && index.words[i - 1]?.word !== before);
}

/**
 * How the article uses name[start, start + length) apart from the whole name:
 * on its own (`alone`), or beside other capitalised words, as part of another
 * person's name (`inOtherName`: Peeter Tamm beside Kadri Tamm).
 */
function usesOf(index: ArticleIndex, name: readonly string[], start: number, length: number): { alone: number; inOtherName: boolean } {
  const { words } = index;
  const form = name.slice(start, start + length);
  let alone = 0;
  for (let i = 0; i + length <= words.length; i++) {
    // A name is written with capitals: "street" in running text is not Willow Street's short form.
    if (!form.every((w, k) => words[i + k]!.word === w && (words[i + k]!.capitalized || PARTICLES.has(w)))) continue;
    const before = words[i]!.breakBefore ? undefined : words[i - 1];
    const after = words[i + length]?.breakBefore ? undefined : words[i + length];
    const inFullName = (start > 0 && before?.word === name[start - 1]) || (start + length < name.length && after?.word === name[start + length]);
    if (inFullName) continue;
    // "Anders Lund, who runs…": a sentence's first word, capitalised before the name, is a first name too.
    const opensName = !!before?.sentenceStart && before.capitalized && !NOT_NAME.has(before.word) && !index.common.has(before.word);
    if (isNameWord(before) || opensName || isNameWord(after)) return { alone, inOtherName: true };
    alone++;
  }
  return { alone, inOtherName: false };
}

// Subject pronouns only: "is not related to her" is about someone else.
const HE = new Set(["he"]);
const SHE = new Set(["she"]);

/**
 * "he" or "she" for a person, read from the first pronoun after each mention
 * of their full name (in that sentence or the two after it, where a quote ends "she said"); undefined when the article
 * does not say or says both. "Mr Kiknadze" for Nino Kiknadze, whom the
 * article calls "she", names someone else.
 */
export function pronounOf(index: ArticleIndex, name: readonly string[]): "he" | "she" | undefined {
  // Kept as "" when the article does not say: the memo takes undefined for "not worked out yet".
  return rememberFor(pronouns, index, name.join(" "), () => findPronoun(index, name) ?? "") || undefined;
}

/** Per-article answers about names ("he" or "she", whether an initial or a title tells two apart), each worked out once per key. */
const pronouns = new WeakMap<object, Map<string, "he" | "she" | "">>();
const tellsApart = new WeakMap<object, Map<string, boolean>>();

function findPronoun(index: ArticleIndex, name: readonly string[]): "he" | "she" | undefined {
  let he = 0;
  let she = 0;
  const { words } = index;
  for (let i = 0; i + name.length <= words.length; i++) {
    if (!name.every((w, k) => words[i + k]!.word === w)) continue;
    // To the end of the next sentence: "Nino Kiknadze, who leads the EMS, told reporters … ," she said.'
    for (let j = i + name.length, starts = 0; j < Math.min(words.length, i + name.length + 80); j++) {
      if (words[j]!.sentenceStart && ++starts > 2) break;
      const w = words[j]!.word;
      if (HE.has(w)) { he++; break; }
      if (SHE.has(w)) { she++; break; }
    }
  }
  return he > she && !she ? "he" : she > he && !he ? "she" : undefined;
}

/**
 * True when a title's gender ("Ms") picks this person out of the people who
 * share the surname: each of the others is, by the article's pronouns, the
 * other gender (Ms Kiknadze is Nino when Levan Kiknadze is "he").
 */
export function titleTellsApart(index: ArticleIndex, name: readonly string[], title: "he" | "she"): boolean {
  return rememberFor(tellsApart, index, `title|${title}|${name.join(" ")}`, () => titleFits(index, name, title));
}

/**
 * True when the article itself writes the title with the surname ("Ms Beridze")
 * and each time the full name ending in that surname nearest before it is this
 * one: the reader takes it as this person, whoever else shares the surname.
 */
export function articleTitlesAs(index: ArticleIndex, name: readonly string[], titleWord: string): boolean {
  return rememberFor(tellsApart, index, `article-title|${titleWord}|${name.join(" ")}`, () => {
    const last = name[name.length - 1]!;
    // One pass, so an article full of "Ms Lund" stays linear: the first name of the nearest full name so far, and its sentence.
    let nearest: { first: string; sentence: number } | undefined;
    let sentence = 0;
    let seen = 0;
    for (let i = 1; i < index.words.length; i++) {
      const [before, word] = [index.words[i - 1]!, index.words[i]!];
      if (before.sentenceStart) sentence++;
      if (word.word !== last) continue;
      if (before.word === titleWord) {
        // "Mere Ngata … is not related to Dr Ngata": a full name in the same sentence is the one the title is set against.
        if (nearest?.sentence === sentence) continue;
        if (nearest?.first !== name[name.length - 2]) return false;
        seen++;
      } else if (before.capitalized && !TITLES.has(before.word)) nearest = { first: before.word, sentence };
    }
    return seen > 0;
  });
}

function titleFits(index: ArticleIndex, name: readonly string[], title: "he" | "she"): boolean {
  if (name.length < 2 || pronounOf(index, name) !== title) return false;
  const last = name[name.length - 1]!;
  const others = new Set<string>();
  index.words.forEach((w, i) => {
    const previous = index.words[i - 1];
    if (w.word === last && w.capitalized && !w.breakBefore && previous?.capitalized && previous.word !== name[name.length - 2] && !TITLES.has(previous.word)) others.add(previous.word);
  });
  return others.size > 0 && [...others].every((first) => {
    const other = pronounOf(index, [first, last]);
    return other !== undefined && other !== title;
  });
}

/**
 * True when an initial and the surname ("N. Kiknadze") name only this person:
 * no one else in the article has the same last word after a name beginning
 * with the same letter ("Levan Kiknadze" leaves "N. Kiknadze" to Nino).
 */
export function initialTellsApart(index: ArticleIndex, name: readonly string[]): boolean {
  return rememberFor(tellsApart, index, `initial|${name.join(" ")}`, () => initialFits(index, name));
}

function initialFits(index: ArticleIndex, name: readonly string[]): boolean {
  if (name.length < 2 || name[0]!.length < 2) return false;
  const last = name[name.length - 1]!;
  const initial = name[0]![0];
  return !index.words.some((w, i) => {
    if (w.word !== last || !w.capitalized || w.breakBefore) return false;
    const before = index.words[i - name.length + 1];
    const previous = index.words[i - 1];
    if (!previous?.capitalized || previous.word === name[name.length - 2]) return false;
    return (before ?? previous).word[0] === initial;
  });
}

/**
 * How a person's name may be shortened: the short forms the article uses, or,
 * when it uses none, the last word ("Price" for Hannah Price), unless the
 * article writes that word in lower case or shares the first word with
 * another name.
 */
export function surnamesOf(index: ArticleIndex | undefined, name: readonly string[]): ShortName[] {
  if (!index) return [];
  return remember(index.surnames, name.join(" "), 1024, () => surnamesIn(index, name));
}

function surnamesIn(index: ArticleIndex, name: readonly string[]): ShortName[] {
  const forms = shortFormsOf(index, name);
  if (forms.length) return forms.map((form) => ({ form, fromArticle: true }));
  const last = name[name.length - 1]!;
  // A word the article also writes in lower case is a common noun, not a surname.
  if (last.length < 3 || (index.folded.includes(` ${last} `) && !index.names.has(last))) return [];
  // A first word shared with another name (Wang Deming, Wang Lei) is a family name written first, unless it is
  // a given name (Daniel Price, Daniel Hollis); a last word shared with another name (Kadri Tamm, Peeter Tamm)
  // does not say which person.
  const familyFirst = usesOf(index, name, 0, 1).inOtherName && !GIVEN_NAMES.has(name[0]!);
  if (familyFirst || usesOf(index, name, name.length - 1, 1).inOtherName) return [];
  return [{ form: [last], fromArticle: false }];
}

export interface ShortName {
  form: string[];
  /** The article itself uses it; otherwise it is the last word of the name, as most surnames are. */
  fromArticle: boolean;
}

/** True when the article contains these folded words in a row. */
export function mentions(index: ArticleIndex, words: readonly string[]): boolean {
  return words.length > 0 && index.folded.includes(` ${words.join(" ")} `);
}

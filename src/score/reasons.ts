// Why and how answers, read the way a teacher reads a reason stated in the
// student's own words: the key's reasons are split into parts, each part
// into its concepts (content words, compared by stem, spelling, compound and
// a few common synonyms), and a part counts as given when enough of its
// concepts are there. A concept the key negates ("without footnotes") that
// the answer asserts is a contradiction; a reason the key does not give costs
// half, when the question asks for several.

import { isCalendarWord } from "./answer-dates";
import { articleAnswerWords, wordsWhereKeyIs } from "./extra-detail";
import { answerWords } from "./answer-text";
import { usesWord } from "./article";
import type { MatchContext } from "./match";
import { compareWords } from "./words";
import { lookupPlace } from "../generate/gazetteer";

/** "Why…", "How did…", "What caused…", "For what purpose…": a question whose answer is a reason or a method. */
const ASKS_A_REASON = /^\s*(?:according to [^,?]{1,60},\s*)?(?:(?:explain|say|tell) (?:why|how)\b|why\b|how (?:did|does|do|was|were|is|are|will|would|could|can|has|have|had)\b|what (?:reason|caused|made|led)\b|for what (?:reason|purpose)\b|what (?:was|is|were|are) the (?:reason|cause|purpose|aim|goal|point)\b|what (?:is|are|was|were) [^?]{1,60}? (?:meant|intended|designed|supposed) to do\b|(?:what|which|name|give|list|state) (?:(?:two|three|four|2|3|4) )?(?:main )?(?:reasons?|causes?|purposes?)\b)/i;

export const asksForReason = (prompt: string) => ASKS_A_REASON.test(prompt);

/** Words that carry no concept of their own in a reason. */
const STOP = new Set((
  "a an the and or but so because since as if then than that this these those there here it its it's he she they them his her their him we you i " +
  "is are was were be been being am do does did done doing have has had having will would could should can may might must shall " +
  "of in on at to by for from with without into onto over under about after before during while when where which who whom whose what why how " +
  "not no never nor n't cant couldnt wouldnt didnt dont doesnt wasnt werent isnt arent hadnt hasnt havent wont " +
  "also just only very really too quite all any some more most much many such own same other another each every both either " +
  "get got getting make made making go went gone going come came take took put knew know knows known think thought said says say told " +
  "bc cos coz cuz becuz bcoz thing things something stuff way lot lots reason reasons " +
  "through via across around along behind inside outside near into onto toward towards above below up down out " +
  "left kept keep give gave given use used become became seem seemed let lets allow allows allowed enable enables"
).split(" "));
const NEGATORS = new Set("not no never without nobody none nothing cant couldnt wouldnt didnt dont doesnt wasnt werent isnt arent hadnt hasnt havent wont lacked lacking".split(" "));

/** Common words a student puts for the article's: each group is one concept. Kept small: a teacher reads these as the same word. */
const SYNONYM_GROUPS = [
  "surgery operation op operated", "phone telephone telefone phoned", "hot heat heatwave warm", "broke broken stopped failed off",
  "destroyed washed swept", "quick quickly fast faster", "admitted admit confessed pleaded pled plea", "data readings information info",
  "hide hidden hiding cover covered", "rust rusts rusting rusted corrode", "stone stones piece pieces fragment fragments",
  "kid kids child children", "cut reduce reduced lower lowered save saving", "cost costs money price prices spending bill bills", "car cars vehicle vehicles", "money cash funds funding", "sick ill patients", "late delayed",
];
const SYNONYM_OF = new Map<string, number>();
SYNONYM_GROUPS.forEach((group, i) => { for (const w of group.split(" ")) SYNONYM_OF.set(w, i); });

/** A light stem: plural and verb endings off, so "rusting", "rusts" and "rusted" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && /(ing|ed)$/.test(w)) {
    w = w.replace(/(ing|ed)$/, "");
    if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss)$/.test(w)) w = w.slice(0, -1);
    return w;
  }
  if (w.length > 4 && /(ss|us|is)$/.test(w)) return w;
  if (w.length > 4 && /(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s")) return w.slice(0, -1);
  return w;
}

interface Concept {
  word: string;
  stem: string;
  /** Said with "no", "not", "without" before it: the answer must not assert it. */
  negated: boolean;
  /** Its part says "not" somewhere: "night flights are not covered" denies as "does not cover night flights" does. */
  deniedPart?: boolean;
}

/** Where the last "until" stands (-1 if none): a negator before it sets a condition, it denies nothing. Read once, so a long answer stays linear. */
const lastUntil = (words: readonly string[]) => Math.max(words.lastIndexOf("until"), words.lastIndexOf("till"));

/** Content words of a text, with whether a negator stands just before each. */
function conceptsOf(words: readonly string[], promptWords: ReadonlySet<string>): Concept[] {
  const out: Concept[] = [];
  // "can't have chemotherapy until the counts come back" limits when, as "only once the counts are known" does: no denial.
  const until = lastUntil(words);
  words.forEach((w, i) => {
    if (STOP.has(w) || NEGATORS.has(w) || promptWords.has(w) || w.length < 2) return;
    const negated = [i - 1, i - 2].some((j) => words[j] !== undefined && NEGATORS.has(words[j]!) && j > until);
    out.push({ word: w, stem: stem(w), negated });
  });
  return out;
}

const PART_BREAK = /\s*(?:;|\+|,?\s+and\s+(?=(?:also\s+)?(?:he|she|they|it|his|her|their|its|the|a|an|was|were|had|has|is|because|so|water|\p{Ll}+(?:ed|s)\b))|,\s+(?=(?:and\s+)?(?:he|she|they|it|because|so|the|a)\b)|\.\s+)\s*/iu;

const ANY_AND_BREAK = new RegExp(`${PART_BREAK.source}|\\s+and\\s+`, "iu");

/** The reasons of a text: "A, and B" as two, "A + B" as two; a part needs two content words of its own. */
function partsOf(text: string, promptWords: ReadonlySet<string>): Concept[][] {
  // "Give both reasons": any "and" may join two.
  const several = promptWords.has("both") || promptWords.has("two");
  const parts = text.split(several ? ANY_AND_BREAK : PART_BREAK).map((p) => markDenial(answerWords(p), promptWords)).filter((c) => c.length);
  const merged: Concept[][] = [];
  for (const part of parts) {
    if (part.length < 2 && merged.length) merged[merged.length - 1]!.push(...part);
    else merged.push(part);
  }
  return merged;
}

/** A part's concepts, each knowing whether its part denies something. */
function markDenial(words: readonly string[], promptWords: ReadonlySet<string>): Concept[] {
  const concepts = conceptsOf(words, promptWords);
  const until = lastUntil(words);
  const denied = concepts.some((c) => c.negated) || words.some((w, i) => NEGATORS.has(w) && i > until);
  return concepts.map((c) => ({ ...c, deniedPart: denied }));
}

/** "co-operative" and "cooperative", "non-stop" and "nonstop": a short prefix's hyphen is spelling, not two words. */
const joinPrefixHyphens = (text: string) => text.replace(/\b(\p{L}{1,3})[-‐](?=\p{L}{3})/gu, "$1");

function sameConcept(given: Concept, key: Concept, typos: boolean): boolean {
  if (given.stem === key.stem || given.word === key.word) return true;
  // Sunday is never a slip for Monday, nor June for July.
  if (isCalendar(given) || isCalendar(key)) return false;
  const group = SYNONYM_OF.get(given.word) ?? SYNONYM_OF.get(given.stem);
  if (group !== undefined && (SYNONYM_OF.get(key.word) === group || SYNONYM_OF.get(key.stem) === group)) return true;
  // "disinfected" and "disinfectant", "electrician" and "electric": one root, five letters or more.
  const shorter = Math.min(given.stem.length, key.stem.length);
  if (shorter >= 5 && given.stem.slice(0, 5) === key.stem.slice(0, 5) && Math.abs(given.stem.length - key.stem.length) <= 4) return true;
  return compareWords(given.word, key.word, typos) !== null;
}

/**
 * "the Civil Aviation Authority" for the key's "CAA", and the reverse: each
 * acronym the article defines stands for its expansion, so the given concepts
 * gain the form they do not write.
 */
function withAcronyms(concepts: readonly Concept[], ctx: MatchContext): Concept[] {
  if (!ctx.article) return [...concepts];
  const out = [...concepts];
  const has = (w: string) => concepts.find((c) => c.word === w);
  for (const { short, long } of ctx.article.acronyms) {
    const longWords = long.filter((w) => !STOP.has(w));
    const shortForm = has(short);
    if (shortForm) out.push(...longWords.filter((w) => !has(w)).map((w) => ({ ...shortForm, word: w, stem: stem(w) })));
    else if (longWords.length >= 2 && longWords.every(has)) out.push({ ...has(longWords[0]!)!, word: short, stem: short });
  }
  return out;
}

/** The given concepts, with adjacent pairs joined too: "heat wave" is "heatwave". */
function withCompounds(concepts: readonly Concept[]): Concept[] {
  const joined = concepts.slice(1).map((c, i) => ({ ...concepts[i]!, word: concepts[i]!.word + c.word, stem: stem(concepts[i]!.word + c.word) }));
  return [...concepts, ...joined];
}

/**
 * "heart surgery" for "knee surgery": a content word the article never uses,
 * written right before a word of the key where the key has another content
 * word right before it, changes the fact. Read on the words as typed, side by side.
 */
function changedModifiers(givenWords: readonly string[], keyWords: readonly string[], ctx: MatchContext): string[] {
  const changed: string[] = [];
  const content = (w: string | undefined) => w !== undefined && !STOP.has(w) && !NEGATORS.has(w) && !/^\d/.test(w);
  for (let i = 1; i < givenWords.length; i++) {
    const before = givenWords[i - 1]!;
    // "classic film" beside the article's "classics": an inflection of the article's own word is the article's word.
    const inArticle = ctx.article!.folded.includes(` ${before} `) || (stem(before).length >= 5 && ctx.article!.folded.includes(` ${stem(before)}`));
    if (!content(givenWords[i]) || !content(before) || inArticle || SYNONYM_OF.has(before)) continue;
    const here: Concept = { word: givenWords[i]!, stem: stem(givenWords[i]!), negated: false };
    for (let j = 1; j < keyWords.length; j++) {
      const keyBefore = keyWords[j - 1]!;
      if (!content(keyBefore) || !sameConcept(here, { word: keyWords[j]!, stem: stem(keyWords[j]!), negated: false }, ctx.typos)) continue;
      const asTyped: Concept = { word: before, stem: stem(before), negated: false };
      if (!sameConcept(asTyped, { word: keyBefore, stem: stem(keyBefore), negated: false }, ctx.typos) && !keyBefore.startsWith(before) && !before.startsWith(keyBefore)) changed.push(keyBefore);
    }
  }
  return changed;
}

const isCalendar = (c: Concept) => isCalendarWord(c.word) || isCalendarWord(c.stem);

/**
 * Words of a closed set (compass points, times of day, seasons, once or twice) and numbers:
 * an answer that names another member than the key's ("the west hall" for the
 * east hall, "in the afternoon" for after midnight, "45 degrees" for 40) says
 * something else happened. Fuels too: "reliance on coal" is not on gas.
 */
const CLOSED_SETS = ["north south east west northern southern eastern western", "morning afternoon evening night midnight noon dawn overnight", "spring summer autumn winter", "once twice thrice", "coal oil gas diesel petrol gasoline nuclear hydropower solar"].map(
  (set) => new Set(set.split(" ")),
);
function otherOfTheSameKind(
  givenWords: readonly string[],
  keyWords: readonly string[],
  context: readonly string[],
  typedDigits: ReadonlySet<string>,
  articleSays: (word: string) => boolean,
): string[] {
  const clashes: string[] = [];
  for (const set of CLOSED_SETS) {
    // The key's own member if it names one ("autumn planting"), else what its sentence says ("the east hall").
    const keyHas = keyWords.filter((w) => set.has(w));
    const allowed = keyHas.length ? keyHas : context.filter((w) => set.has(w));
    if (allowed.length) clashes.push(...givenWords.filter((w) => set.has(w) && !allowed.includes(w)));
  }
  const isNumber = (w: string) => /^\d/.test(w);
  const keyNumbers = keyWords.some(isNumber) ? keyWords.filter(isNumber) : context.filter(isNumber);
  // "they wanted to be first" ranks, it does not count: an ordinal written as a word is no number here.
  const counts = (w: string) => isNumber(w) && (typedDigits.has(w) || !/\d(?:st|nd|rd|th)$/.test(w));
  if (keyNumbers.length) clashes.push(...givenWords.filter((w) => counts(w) && !keyNumbers.includes(w)));
  // A number typed in digits that the article never states is no detail of it: "the drone takes 5 minutes" where it says 14.
  else clashes.push(...givenWords.filter((w) => /^\d/.test(w) && typedDigits.has(w) && !articleSays(w)));
  return clashes;
}

/** The content words after each "by", to the next little word but "of": "weakened by centuries of groundwater" gives centuries, groundwater. */
function agentsOf(words: readonly string[]): string[][] {
  const agents: string[][] = [];
  words.forEach((by, i) => {
    if (by !== "by") return;
    const agent: string[] = [];
    for (const w of words.slice(i + 1, i + 6)) {
      if (w === "of" || w === "the" || w === "a" || w === "an") continue;
      if (STOP.has(w) || NEGATORS.has(w)) break;
      agent.push(w);
    }
    if (agent.length) agents.push(agent);
  });
  return agents;
}

/**
 * "weakened by rain" for "weakened by centuries of groundwater": the answer
 * names a doer or cause after "by" that shares no word with any of the key's.
 * "by water" still meets "groundwater", "by phone" "by telephone".
 */
function otherAgent(givenWords: readonly string[], keyWords: readonly string[], typos: boolean): string[] {
  const key = agentsOf(keyWords).flat();
  if (!key.length) return [];
  const meets = (g: string, k: string) => k.endsWith(g) || g.endsWith(k) || sameConcept({ word: g, stem: stem(g), negated: false }, { word: k, stem: stem(k), negated: false }, typos);
  return agentsOf(givenWords).some((agent) => !agent.some((g) => key.some((k) => meets(g, k)))) ? key : [];
}

/** Opposites: an answer that says one where the key says the other contradicts it. */
const OPPOSITES = new Map<string, Set<string>>();
for (const pair of ["above below", "over under", "more less", "more fewer", "higher lower", "increase decrease", "rise fall", "rose fell", "longer shorter",
  "open closed", "before after", "once before", "weak strong", "weakened strong", "weakened stronger", "weak stronger", "early late", "earlier later", "cut more", "cut increase", "reduce more", "reduce increase", "lower raise", "cheaper dearer", "up down", "win lose", "won lost", "hot cold", "warm cold"]) {
  const [a, b] = pair.split(" ") as [string, string];
  for (const [one, other] of [[a, b], [b, a]] as const) OPPOSITES.set(one, (OPPOSITES.get(one) ?? new Set()).add(other));
}

/** The key's words whose opposite the answer says: "below 30°C" for "above 30°C". */
function opposites(givenWords: readonly string[], keyWords: readonly string[]): string[] {
  return keyWords.filter((k) => givenWords.some((g) => OPPOSITES.get(k)?.has(g)) && !givenWords.includes(k));
}

/** A name, a place, a weekday or a month: a word that picks one thing out of several like it. */
function isNamed(c: Concept, ctx: MatchContext, inKey = false): boolean {
  // A key word the article also writes in lower case ("Northern Film Heritage Fund" and "film prints") is an ordinary word there.
  if (inKey && ctx.article?.common.has(c.word)) return isCalendar(c);
  return isCalendar(c) || !!ctx.article?.names.has(c.word) || (c.word.length > 2 && lookupPlace(c.word) !== undefined);
}

/**
 * "around Asia" for "around Africa", "closed on Sundays" for "on Mondays":
 * another name where the key has one. The answer's every word counts here,
 * the question's too: a name the question gives is still the wrong name for the key's.
 */
function otherNames(given: readonly Concept[], key: readonly Concept[], ctx: MatchContext, typedNames: ReadonlySet<string>): string[] {
  const keyNames = key.filter((k) => isNamed(k, ctx, true));
  const missed = keyNames.filter((k) => !given.some((g) => sameConcept(g, k, ctx.typos)));
  if (!missed.length) return [];
  // A name the answer capitalises that the article never uses is another name too ("after Storm Ciaran" for Storm Babet).
  const unknownName = (g: Concept) => typedNames.has(g.word) && !usesWord(ctx.article!, g.word);
  const others = given.filter((g) => (isNamed(g, ctx) || unknownName(g)) && !key.some((k) => sameConcept(g, k, ctx.typos)));
  return others.length ? missed.map((k) => k.word) : [];
}

/** The runs of two or more capitalised words a key writes after its first word: its names ("Small Aral Sea"). */
function namesOfKey(keyTyped: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of keyTyped.trim().split(/\s+/).slice(1)) {
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(token)) run.push(token);
    else {
      if (run.length >= 2) runs.push([...answerWords(run.join(" "))]);
      run = [];
    }
  }
  if (run.length >= 2) runs.push([...answerWords(run.join(" "))]);
  return runs;
}

const hasRun = (words: readonly string[], run: readonly string[]) => words.some((_, i) => run.every((w, k) => words[i + k] === w));
/** How often the folded article says the words in a row, counted without copying it. */
function timesSaid(folded: string, run: readonly string[]): number {
  const needle = ` ${run.join(" ")} `;
  let count = 0;
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length - 1)) count++;
  return count;
}

/**
 * "to save the Aral Sea" for the key's "Small Aral Sea", in an article that
 * also names the Aral Sea on its own: the end of the key's name, without its
 * first words, is another name. Dropping the end ("Kelderby General" for the
 * hospital) only shortens a name and is left alone.
 */
function endOfAnotherName(responseWords: readonly string[], keyTyped: string, ctx: MatchContext): string[] {
  const folded = ctx.article!.folded;
  for (const name of namesOfKey(keyTyped)) {
    if (hasRun(responseWords, name)) continue;
    for (let start = 1; start + 2 <= name.length; start++) {
      const end = name.slice(start);
      if (hasRun(responseWords, end) && timesSaid(folded, end) > timesSaid(folded, name)) return name.slice(0, start);
    }
  }
  return [];
}

/** The words an answer capitalises after its first: what the student writes as names. */
function typedNames(response: string): Set<string> {
  const words = response.trim().split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w));
  return new Set(words.length ? answerWords(words.join(" ")) : []);
}

export interface ReasonVerdict {
  credit: number;
  found: string[];
  missing: string[];
  contradicted: string[];
  extras: number;
}

/** A part is given when half its concepts are, or two of a long one. */
const partGiven = (found: number, of: number) => found >= Math.ceil(of / 2) || (of >= 5 && found >= 2);

/** Scores a stated reason against the key's reasons; null when the key is not a reason of two content words or more. */
export function scoreReason(typed: string, keyTyped: string, ctx: MatchContext): ReasonVerdict | null {
  const [response, keyText] = [joinPrefixHyphens(typed), joinPrefixHyphens(keyTyped)];
  const keyParts = partsOf(keyText, ctx.promptWords);
  if (!keyParts.length || keyParts.flat().length < 2) return null;
  const givenParts = partsOf(response, ctx.promptWords);
  const given = withAcronyms(withCompounds(givenParts.flat()), ctx);
  const found: string[] = [];
  const missing: string[] = [];
  const contradicted: string[] = [];
  let partsGiven = 0;
  for (const part of keyParts) {
    let hits = 0;
    for (const concept of part) {
      const match = given.find((g) => sameConcept(g, concept, ctx.typos));
      // Denied on one side only, and the parts disagree too: the answer asserts what the key denies, or the reverse.
      if (match && match.negated !== concept.negated && match.deniedPart !== concept.deniedPart) contradicted.push(concept.word);
      if (match) {
        hits++;
        found.push(concept.word);
      } else missing.push(concept.word);
    }
    if (partGiven(hits, part.length)) partsGiven++;
  }
  // A reason the key does not give, offered beside the ones it does, costs when several are asked for.
  const keyConcepts = keyParts.flat();
  const extras = keyParts.length < 2 ? 0 : givenParts.filter((p) => !p.some((g) => keyConcepts.some((k) => sameConcept(g, k, ctx.typos)))).length;
  // The key's own sentence says more than the key ("because the slopes were steeper than 40 degrees"): a detail is checked there.
  const responseWords = answerWords(response);
  const keyWords = answerWords(keyText);
  const keyContext = ctx.article ? [...keyWords, ...wordsWhereKeyIs(ctx.article, keyWords)] : keyWords;
  contradicted.push(...opposites(responseWords, keyWords), ...otherAgent(responseWords, keyWords, ctx.typos), ...otherOfTheSameKind(responseWords, keyWords, keyContext, new Set(answerWords(typed.replace(/\p{L}+/gu, " "))), (w) => !ctx.article || articleAnswerWords(ctx.article).has(w)));
  if (ctx.article) contradicted.push(...changedModifiers(responseWords, keyWords, ctx), ...endOfAnotherName(responseWords, keyTyped, ctx), ...otherNames(withAcronyms(conceptsOf(responseWords, new Set()), ctx), keyConcepts, ctx, typedNames(response)));
  const share = partsGiven / keyParts.length;
  let credit = share >= 1 ? 1 : share > 0 ? 0.5 : 0;
  credit = Math.max(0, credit - 0.5 * extras);
  if (contradicted.length) credit = 0;
  return { credit, found, missing, contradicted, extras };
}

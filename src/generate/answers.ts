// The forms a student would write for an answer: a surname alone, a title and
// surname, an acronym or its expansion, British or American spelling, a date
// in any common order. Generated keys list them so that a right answer in
// another form is never marked wrong.

import { MONTHS } from "./lexicon";
import type { DateFact, EntityFact } from "./facts";
import { EVENT_NOUNS, PLACE_NOUNS } from "./lexicon";
import { containsWords } from "./fold";
import { capital, ordinal, uniqueForms as unique } from "./words";

const SPELLINGS: [string, string][] = [
  ["organization", "organisation"], ["center", "centre"], ["defense", "defence"], ["program", "programme"], ["labor", "labour"],
  ["theater", "theatre"], ["meter", "metre"], ["kilometer", "kilometre"], ["color", "colour"], ["honor", "honour"],
  ["harbor", "harbour"], ["neighbor", "neighbour"], ["favor", "favour"], ["modernize", "modernise"], ["analyze", "analyse"],
  ["catalog", "catalogue"], ["gray", "grey"], ["offense", "offence"], ["license", "licence"], ["fiber", "fibre"],
];

const SWAP = new Map(SPELLINGS.flatMap(([us, uk]) => [[us, uk], [uk, us]] as [string, string][]));
const SPELLING = new RegExp(`\\b(${[...SWAP.keys()].join("|")})(s|al|ed|ing)?\\b`, "gi");

/** The other spelling of a name: "Center for Strategic Studies" → "Centre for Strategic Studies". */
export function spellingVariants(text: string): string[] {
  const variant = text.replace(SPELLING, (_word, stem: string, ending = "") => {
    const swap = SWAP.get(stem.toLowerCase())!;
    return (stem[0] === stem[0]!.toUpperCase() ? swap[0]!.toUpperCase() + swap.slice(1) : swap) + ending;
  });
  return variant === text ? [] : [variant];
}


/** Common family names of names written family name first (Chinese, Korean, Vietnamese). */
const FAMILY_FIRST = new Set("chen li wang zhang liu yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao kim lee park choi jung kang cho yoon jang lim nguyen tran pham hoang phan vu dang bui do ho ngo duong ly".split(" "));

const PARTICLES = new Set(["le", "la", "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "al", "el", "bin", "ibn", "ten", "ter"]);
const PREFIX_WORDS = new Set(["project", "operation", "programme", "program", "mission", "exercise", "initiative", "campaign"]);

/**
 * A name written family name first ("Chen Yuzhen"): a common such family name, or an article that
 * calls the person by the first word alone and never by the last ("Chen said", never "Yuzhen said";
 * an article that says both "Emeka" and "Okafor" is only being familiar).
 */
const isFamilyFirst = (e: EntityFact, parts: readonly string[]) =>
  FAMILY_FIRST.has(parts[0]!.toLowerCase()) || (parts.length > 1 && e.aliases.includes(parts[0]!) && !e.aliases.includes(parts[parts.length - 1]!));

/** Another person in the article whose name holds these words: a surname two people share ("Van Hecke") names neither. */
const sharedWord = (e: EntityFact, everyone: readonly EntityFact[], word: string) =>
  everyone.some((o) => o !== e && o.kind === "person" && containsWords(o.name, word));

/**
 * The short names the article uses for a person that a key may accept: never
 * the given name alone ("Emeka" for Emeka Okafor: a teacher wants the name,
 * and a quote's "Emeka" is how a friend speaks), never a word another person's
 * name shares ("Callaghan" for a mother and her son).
 */
function personAliases(e: EntityFact, everyone: readonly EntityFact[]): string[] {
  const parts = e.name.split(/\s+/);
  const familyFirst = isFamilyFirst(e, parts);
  return e.aliases.filter((a) => a.includes(" ") || ((familyFirst || a !== parts[0]) && !sharedWord(e, everyone, a)));
}

/**
 * Accepted forms of an entity, the article's own name first. `everyone`
 * (the article's entities) keeps a surname two people share from counting as either.
 */
export function entityForms(e: EntityFact, everyone: readonly EntityFact[] = []): string[] {
  const forms = [e.name, ...(e.kind === "person" ? personAliases(e, everyone) : e.aliases)];
  if (e.kind === "event") {
    // "Project Fenghuo" is also "Fenghuo"; "the Tangshan earthquake" is "Tangshan".
    const words = e.name.split(/\s+/);
    if (words.length > 1 && PREFIX_WORDS.has(words[0]!.toLowerCase())) forms.push(words.slice(1).join(" "));
    if (words.length > 1 && EVENT_NOUNS.has(words[words.length - 1]!)) forms.push(words.slice(0, -1).join(" "));
  }
  if (e.kind === "organisation") {
    // "Larnach Hill College of Dunedin" is "Larnach Hill College": the town only says where the school is.
    // Only a named school or club: "Royal College of Surgeons" or "Bank of England" is nothing without its "of".
    const m = /^((?:\S+\s+){2,}(?:College|School|Academy|Hospital|Club|Church|Cathedral|Library))\s+of\s+(\p{Lu}\p{Ll}+)$/u.exec(e.name);
    if (m) forms.push(m[1]!);
  }
  if (e.kind === "place") {
    // "Wembley Stadium" is "Wembley"; "Willow Street", asked as "which street?", is "Willow".
    const words = e.name.split(/\s+/);
    if (words.length > 1 && PLACE_NOUNS.has(words[words.length - 1]!.toLowerCase())) forms.push(words.slice(0, -1).join(" "));
  }
  if (e.kind === "person") {
    const parts = e.name.split(/\s+/);
    // Family name first ("Chen Yuzhen"): the surname is the first word, and "Yuzhen" alone is only a given name.
    const familyFirst = isFamilyFirst(e, parts);
    // The surname the article itself uses ("Muñoz" for "Valentina Muñoz Araya") wins over a guess.
    const used = e.aliases.find((a) => !a.includes(" ") && parts.includes(a));
    // "Jean-Baptiste Le Goff" is "Le Goff", never "Goff".
    let lastStart = parts.length - 1;
    while (lastStart > 1 && PARTICLES.has(parts[lastStart - 1]!.toLowerCase())) lastStart--;
    const surname = used ?? (familyFirst ? parts[0]! : parts.slice(lastStart).join(" "));
    const shared = sharedWord(e, everyone, surname);
    if (parts.length > 1 && !shared) forms.push(surname);
    if (parts.length > 2 && !familyFirst) forms.push(`${parts[0]} ${surname}`);
    const title = e.title?.split(/\s+/).pop();
    // "Dr Wulandari" names neither of two doctors called Wulandari.
    if (title) forms.push(...(shared ? [] : [`${title} ${surname}`]), `${title} ${e.name}`);
  }
  if (e.kind === "place" && e.placeNoun) forms.push(`${e.name} ${e.placeNoun}`);
  return unique(forms.flatMap((f) => [f, ...spellingVariants(f)]));
}


/** "until September 6th" → "September 6th", "September 6", "6 September", "6th of September", "Sept 6" … */
export function dateForms(d: DateFact): string[] {
  const core = d.relation ? d.text.slice(d.text.toLowerCase().indexOf(d.relation) + d.relation.length).trim() : d.text;
  const forms = [core];
  // "last Tuesday" was a Tuesday.
  const weekday = /^(?:last|this|next|on)\s+(\p{L}+day)$/iu.exec(core)?.[1];
  if (weekday) forms.push(weekday);
  if (d.month && d.day && !d.qualifier) {
    const month = capital(MONTHS[d.month - 1]!);
    const short = month.slice(0, 3);
    const year = d.year ? ` ${d.year}` : "";
    forms.push(
      `${month} ${d.day}${year}`, `${month} ${ordinal(d.day)}${year}`, `${d.day} ${month}${year}`, `${ordinal(d.day)} ${month}${year}`,
      `${ordinal(d.day)} of ${month}${year}`, `the ${ordinal(d.day)} of ${month}${year}`, `${short} ${d.day}${year}`, `${d.day} ${short}${year}`,
    );
    if (d.year) forms.push(`${month} ${d.day}, ${d.year}`);
  }
  return unique(forms);
}

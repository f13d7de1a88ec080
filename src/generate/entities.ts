// Turns name mentions into entities: one per person, organisation, place or
// named thing, with every form the article uses for it (a surname, an
// acronym), a person's role, and which place holds which.

import type { AcronymFact, EntityFact, Span } from "./facts";
import { countryOf, countryOfDemonym, lookupPlace } from "./gazetteer";
import { BODY_KIND_WORDS, GIVEN_NAMES, ORG_WORDS, PERSON_TITLES, ROLE_NOUNS } from "./lexicon";
import type { NameMention, NameType } from "./names";
import type { Sentence } from "./sentences";

type Kind = EntityFact["kind"];

interface Draft {
  kind: Kind;
  name: string;
  aliases: Set<string>;
  mentions: NameMention[];
  title?: string;
  placeNoun?: string;
  quoted: boolean;
}

const key = (s: string) => s.toLowerCase().replace(/[’']/g, "'");
const spanOf = (m: { sentence: number; start: number; end: number }): Span => ({ sentence: m.sentence, start: m.start, end: m.end });
/** "Serdykov" or "Fernández Ortega" for "Lucía Fernández Ortega": the name without its given name, or its last part. */
function isShortFormOf(short: string, full: string, familyNameFirst = false): boolean {
  const s = key(short).split(/\s+/);
  const f = key(full).split(/\s+/);
  if (s.length >= f.length) return false;
  // Chinese, Korean and Hungarian names put the family name first ("Chen" for "Chen Yuzhen").
  for (let i = familyNameFirst ? 0 : 1; i + s.length <= f.length; i++) if (s.every((w, j) => w === f[i + j])) return true;
  return !familyNameFirst && s.length === 1 && s[0] === f[0] && !GIVEN_NAMES.has(s[0]!);
}

/**
 * Of the people a short form fits, the one named last before it: "Van Hecke
 * said" after "Emile Van Hecke … His great-granddaughter, Ann Van Hecke" is Ann.
 */
function nearestBefore(candidates: Draft[], offset: number): Draft | undefined {
  const lastBefore = (d: Draft) => Math.max(-1, ...d.mentions.filter((m) => m.start < offset).map((m) => m.start));
  return candidates.reduce<Draft | undefined>((best, d) => (!best || lastBefore(d) > lastBefore(best) ? d : best), undefined);
}

const PLACE_BEFORE = /\b(?:in|near|at|into|across|around|throughout|struck|hit|to|from|of)\s+$/i;

/** Last words too general to stand for the organisation they end ("City", "University"). */
const GENERIC_HEADS = new Set("city united university institute college company group bank council committee agency ministry department association society club fc party union office service center centre staff forces force news times post".split(" "));
const SMALL_WORDS = new Set(["of", "for", "the", "and", "on", "de", "da", "del", "di", "du", "la", "le", "van", "von", "der", "in", "at", "to", "&"]);

/** Initials of an expansion, with and without its small words ("of", "the"). */
export function initialsMatch(acronym: string, expansion: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, "").toLowerCase();
  const parts = expansion.split(/[\s-]+/).filter(Boolean);
  const all = parts.map((w) => w[0]!.toLowerCase()).join("");
  const significant = parts.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join("");
  return letters === significant || letters === all;
}

export interface EntityResult {
  entities: EntityFact[];
  acronyms: AcronymFact[];
}

export function buildEntities(text: string, sentences: readonly Sentence[], names: readonly NameMention[]): EntityResult {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const add = (m: NameMention, kind: Kind, name = m.name) => {
    let d = byKey.get(key(name));
    if (!d) {
      d = { kind, name, aliases: new Set(), mentions: [], quoted: m.quoted };
      drafts.push(d);
      byKey.set(key(name), d);
    }
    d.mentions.push(m);
    if (m.title && !d.title) d.title = m.title;
    if (m.placeNoun && !d.placeNoun) d.placeNoun = m.placeNoun;
    return d;
  };

  // Acronyms defined in the text: "Collective Security Treaty Organization (CSTO)".
  const acronyms: AcronymFact[] = [];
  const definedAs = new Map<string, string>(); // acronym -> expansion
  for (const m of names) {
    // "(CSTO)" defines an acronym; "(Caltech)" a short name, which is an alias but asks nothing.
    const after = /^\s*\(\s*(\p{Lu}[\p{L}\d&.-]{1,11})\s*\)/u.exec(text.slice(m.end, m.end + 18));
    if (!after || m.name.split(/\s+/).length < 2) continue;
    const acronym = after[1]!;
    if (definedAs.has(acronym)) continue;
    definedAs.set(acronym, m.name);
    if (!/^[\p{Lu}\d&.-]+$/u.test(acronym)) continue;
    const end = m.end + after[0].length;
    acronyms.push({
      id: "",
      kind: "acronym",
      text: text.slice(m.start, end),
      span: { sentence: m.sentence, start: m.start, end },
      acronym,
      expansion: m.name,
      initialsMatch: initialsMatch(acronym, m.name),
    });
  }

  // "Nordlys" for "Nordlys Ferjeselskap", "Rovers" for "Harbourside Rovers": a one-word short form of an
  // organisation, used after its full name. Never the part after "of" ("Sichuan University" is not
  // "Sichuan"; "University of Nicaragua" is not "Nicaragua"), never a place the gazetteer knows.
  const shortForms = new Map<string, { name: string }>();
  for (const m of names) {
    const words = m.name.split(/\s+/);
    if (m.type !== "organisation" || words.length < 2) continue;
    const candidates = words.includes("of") || words.includes("for") ? [words[0]!] : [words[0]!, words[words.length - 1]!];
    for (const w of candidates) {
      if (!/^\p{Lu}/u.test(w) || GENERIC_HEADS.has(w.toLowerCase()) || PERSON_TITLES.has(w.toLowerCase()) || lookupPlace(w) || countryOfDemonym(w) || shortForms.has(key(w))) continue;
      shortForms.set(key(w), { name: m.name });
    }
    // "Maritime Mutual" for "Maritime Mutual Credit Union": the name without the words that say what kind of body it is.
    let end = words.length;
    while (end > 0 && (ORG_WORDS.has(words[end - 1]!.toLowerCase()) || BODY_KIND_WORDS.has(words[end - 1]!.toLowerCase()))) end--;
    const prefix = words.slice(0, end).join(" ");
    if (end >= 2 && end < words.length && !candidates.includes(prefix) && !/\b(?:of|for|and|the)\b/i.test(prefix) && !lookupPlace(prefix) && !shortForms.has(key(prefix))) shortForms.set(key(prefix), { name: m.name });
  }
  const shortFormOf = (m: NameMention) => {
    const form = shortForms.get(key(m.name));
    // Before or after the full name ("Nordlys posts loss" in a headline), but never where a place would stand.
    const wherePlaceStands = (m.type === "place" || m.type === "unknown") && PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
    return form && !wherePlaceStands ? form.name : undefined;
  };

  const fullNames = names.filter((m) => m.type === "person" && m.name.includes(" ")).map((m) => m.name);

  // Pass 1: names whose type is known. Acronyms join their expansion; places keep "region".
  const persons: Draft[] = [];
  for (const m of names) {
    // "Chen" after "Chen Yuzhen" is the person even where a preposition made it look like a place.
    if (m.type !== "person" && !m.name.includes(" ") && fullNames.some((f) => isShortFormOf(m.name, f, true))) m.type = "person";
    const shortFor = shortFormOf(m);
    if (shortFor) {
      add(m, "organisation", shortFor).aliases.add(m.name);
      continue;
    }
    const expansion = definedAs.get(m.name);
    if (expansion) {
      const d = add(m, byKey.get(key(expansion))?.kind ?? "organisation", expansion);
      d.aliases.add(m.name);
      continue;
    }
    if (m.type === "unknown") continue;
    if (m.type === "person") {
      // "Serdykov" after "Andrei Serdykov", "Fernández Ortega" after "Lucía Fernández Ortega": the same person.
      const known = nearestBefore(persons.filter((p) => isShortFormOf(m.name, p.name)), m.start);
      if (known) {
        known.mentions.push(m);
        known.aliases.add(m.name);
        continue;
      }
    }
    const existing = byKey.get(key(m.name));
    const d = add(m, existing?.kind ?? m.type);
    if (d.kind === "person" && !persons.includes(d)) persons.push(d);
    if (m.placeNoun) d.aliases.add(`${m.name} ${m.placeNoun}`);
  }

  // Pass 2: names read as "unknown" join an entity they match ("Serdykov stated" → the person).
  for (const m of names) {
    if (m.type !== "unknown" || shortFormOf(m)) continue;
    const person = nearestBefore(persons.filter((p) => isShortFormOf(m.name, p.name) || key(p.name) === key(m.name) || isShortFormOf(p.name, m.name)), m.start);
    if (person) {
      person.mentions.push(m);
      if (key(person.name) !== key(m.name)) person.aliases.add(m.name);
      continue;
    }
    byKey.get(key(m.name))?.mentions.push(m);
  }

  // A person named by a short form before (or without) a typed full name still gets the full name.
  for (const p of persons) {
    if (p.name.split(/\s+/).length !== 1) continue;
    const full = persons.find((q) => q !== p && isShortFormOf(p.name, q.name));
    if (full) {
      full.mentions.push(...p.mentions);
      full.aliases.add(p.name);
      drafts.splice(drafts.indexOf(p), 1);
      continue;
    }
    const unknownFull = p.mentions.map((m) => m.name).concat(names.filter((m) => m.type === "unknown" && isShortFormOf(p.name, m.name)).map((m) => m.name)).find((n) => n.includes(" "));
    if (unknownFull) {
      p.aliases.add(p.name);
      p.name = unknownFull;
      p.mentions.push(...names.filter((m) => m.type === "unknown" && m.name === unknownFull));
    }
  }

  // "the Institute" alone names nothing the reader can tell apart.
  const named = drafts.filter((d) => !(d.kind === "organisation" && !d.name.includes(" ") && (ORG_WORDS.has(d.name.toLowerCase()) || GENERIC_HEADS.has(d.name.toLowerCase()))));
  const entities = named.map((d) => toFact(text, sentences, d));
  for (const e of entities) if (e.kind === "place") e.within ??= containerFromText(text, sentences, e, entities) ?? containerFromGazetteer(e);
  return { entities, acronyms };
}

function toFact(text: string, sentences: readonly Sentence[], d: Draft): EntityFact {
  const mentions = [...d.mentions].sort((a, b) => a.start - b.start);
  const first = mentions[0]!;
  const aliases = [...d.aliases].filter((a) => key(a) !== key(d.name));
  const fact: EntityFact = {
    id: "",
    kind: d.kind,
    text: text.slice(first.start, first.end),
    span: spanOf(first),
    name: d.name,
    aliases,
    mentions: mentions.map(spanOf),
  };
  if (d.kind === "person") {
    if (d.title) fact.title = d.title;
    const role = findRole(text, sentences, mentions);
    if (role) {
      fact.role = role.role;
      fact.roleSpan = role.span;
    } else if (d.title && !/^(mr|mrs|ms|miss|dr|sir|dame)\.?$/i.test(d.title)) {
      fact.role = d.title;
      fact.roleSpan = spanOf(mentions.find((m) => m.title) ?? first);
    }
  }
  if (d.kind === "place" && d.placeNoun) fact.placeNoun = d.placeNoun;
  if (d.kind === "event") fact.quoted = d.quoted;
  return fact;
}

const ROLE_REACH = 200;
const ROLE_BEFORE = /(?:^|[,;]\s*)(?:The|the)\s+([^,;:“”"‘’()]{3,110}),\s*$/;
// An appositive role is closed by a comma, a full stop or a speech verb ("…, a glaciologist at X, said").
const ROLE_AFTER = /^,\s+((?:a|an|the)\s+(?:[^,;:“”"‘’]|[’'](?=s\b)){3,150}?|[a-z](?:[^,;:“”"‘’]|[’'](?=s\b)){2,150}?)(?=,|\.\s|\.$|;|\s+(?:said|says|told|added)\b)/;
const CLAUSE_VERB = /\b(?:is|was|are|were|has|had|have|will|would|can|could)\b/;
/** Words that end a job title's run to the left ("according to site supervisor X" is "site supervisor"). */
const NOT_IN_TITLES = new Set(["the", "a", "an", "by", "to", "from", "with", "and", "or", "said", "says", "told", "according", "of", "for", "in", "on", "at", "as", "after", "before", "later", "that", "who"]);

/** The role an appositive gives a person: "The head of X, General A B," or "A B, a … at …,". */
function findRole(text: string, sentences: readonly Sentence[], mentions: NameMention[]): { role: string; span: Span } | undefined {
  for (const m of mentions) {
    const s = sentences[m.sentence]!;
    // A role sits beside the name: only that much of a long sentence is read (ROLE_REACH), so the
    // cost per mention is bounded. The NUL stands for the cut, so that `^` still means the sentence's start.
    const start = m.titleStart ?? m.start;
    const before = start - s.start > ROLE_REACH ? `\u0000${text.slice(start - ROLE_REACH, start)}` : text.slice(s.start, start);
    const after = text.slice(m.end, Math.min(s.end, m.end + ROLE_REACH));
    const pre = ROLE_BEFORE.exec(before);
    if (pre && /\b[a-z]{3,}/.test(pre[1]!) && !/\b(?:said|says|told)\b/.test(pre[1]!)) return { role: pre[1]!.trim(), span: spanOf(m) };
    const post = ROLE_AFTER.exec(after);
    // Bare appositives must start with a job word ("head of the northern branch"), not any clause ("said …").
    const bare = post && !/^(?:a|an|the)\s/.test(post[1]!);
    if (post && !CLAUSE_VERB.test(post[1]!) && (!bare || ROLE_NOUNS.has(post[1]!.split(/\s/)[0]!))) {
      // The role ends where a relative clause starts, and an acronym in brackets is dropped.
      const role = post[1]!.replace(/\s+(?:who|whose|which|that)\b.*$/, "").replace(/\s*\([^)]*\)/g, "").trim().replace(/^(?:a|an|the)\s+/, "");
      if (role.split(/\s+/).length >= 1 && role.length >= 3) return { role, span: spanOf(m) };
    }
    // "chief financial officer Karim Haddad", "site supervisor Marcus Bell": lowercase job words right before the name.
    const words = before.trimEnd().split(/\s+/);
    if (ROLE_NOUNS.has(words[words.length - 1] ?? "")) {
      let first = words.length - 1;
      // Lowercase words, or the sentence's own first word ("Chief financial officer Karim Haddad said …").
      const jobWord = (i: number) => (/^[a-z][a-z-]*$/.test(words[i]!) || (i === 0 && /^[A-Z][a-z-]*$/.test(words[i]!))) && !NOT_IN_TITLES.has(words[i]!.toLowerCase());
      while (first > 0 && words.length - first < 4 && jobWord(first - 1)) first--;
      const role = words.slice(first).join(" ");
      return { role: first === 0 ? role[0]!.toLowerCase() + role.slice(1) : role, span: spanOf(m) };
    }
  }
  return undefined;
}

/** "the Vitebsk region, a strategic area in northeastern Belarus" or "Minsk, Belarus". */
function containerFromText(text: string, sentences: readonly Sentence[], place: EntityFact, all: EntityFact[]): string | undefined {
  const places = all.filter((e) => e.kind === "place" && e !== place);
  for (const m of place.mentions) {
    const s = sentences[m.sentence]!;
    // "Chile’s Aysén region".
    const owner = /(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)[’']s\s+$/u.exec(text.slice(s.start, m.start))?.[1];
    const ownerPlace = owner && places.find((p) => p.name === owner || p.aliases.includes(owner));
    if (ownerPlace) return ownerPlace.name;
    let after = text.slice(m.end, s.end);
    if (place.placeNoun) after = after.replace(new RegExp(`^\\s+${place.placeNoun}\\b`), "");
    const appositive = /^,\s+(?:a|an|the)\s+[^,;]{0,60}?\bin\s+(?:(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern)\w*\s+)?/.exec(after)
      ?? /^,\s+/.exec(after)
      ?? /^\s+in\s+(?:(?:northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern)\s+)?/.exec(after);
    if (!appositive) continue;
    const rest = after.slice(appositive[0].length);
    const container = places.find((p) => [p.name, ...p.aliases].some((n) => rest.startsWith(n) && !/^[\p{L}]/u.test(rest.slice(n.length))));
    if (container && (appositive[0] !== ", " || lookupPlace(container.name)?.rank === "country")) return container.name;
  }
  return undefined;
}

function containerFromGazetteer(place: EntityFact): string | undefined {
  for (const n of [place.name, ...place.aliases]) {
    const country = countryOf(n);
    if (country && country.toLowerCase() !== place.name.toLowerCase()) return country;
  }
  return undefined;
}


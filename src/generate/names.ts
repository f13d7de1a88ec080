// Finds the names in an article (runs of capitalised words, and short quoted
// names) and decides what each one names from its words and its context:
// titles before it, a speech verb after it, "the … region", "Moscow-based".

import { countryOfDemonym, lookupPlace } from "./gazetteer";
import {
  CALENDAR_WORDS,
  COMMON_WORDS,
  EVENT_NOUNS,
  EVENT_WORDS,
  FEMININE_NOUNS,
  GIVEN_NAMES,
  MASCULINE_NOUNS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NON_ORG_ACRONYMS,
  NOUN_CUES,
  ORG_NOUNS,
  ORG_WORDS,
  PERSON_TITLES,
  PLACE_NOUNS,
  PLACE_PREFIXES,
  ROLE_NOUNS,
  SERVICE_WORDS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  VIETNAMESE_FAMILY_NAMES,
  VIETNAMESE_MIDDLE_NAMES,
} from "./lexicon";
import type { Sentence } from "./sentences";
import { type Quoted, type Token, isSpeech, tokenize } from "./tokens";

export type NameType = "person" | "organisation" | "place" | "event" | "unknown";

export interface NameMention {
  /** The name itself, without a title or a trailing "region". */
  name: string;
  start: number;
  end: number;
  sentence: number;
  type: NameType;
  /** Title or demonym-and-title written before a person's name ("Belarusian President"). */
  title?: string;
  titleStart?: number;
  /** A place noun that follows the name in lowercase ("region"): "the Vitebsk region". */
  placeNoun?: string;
  quoted: boolean;
  /** Only the name's first word is capitalised because it opens a sentence: weaker evidence. */
  initial: boolean;
}

const lower = (t: Token) => t.text.toLowerCase().replace(/\.$/, "");
const TITLE_ABBREVIATION = /^(dr|mr|mrs|ms|prof|gen|col|lt|capt|sgt|maj|adm|gov|sen|rep|st|mt|jr|sr)$/i;

/** Only spaces between two tokens, or "Dr. " after a title abbreviation. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^[ \u00a0\u202f]+$/.test(gap)) return true;
  // "Norwegian Maritime Workers' Federation": a plural possessive inside a name.
  if (/^['’][ \u00a0]+$/.test(gap) && /s$/.test(a.text) && b.cap) return true;
  return /^\.[ \u00a0]+$/.test(gap) && TITLE_ABBREVIATION.test(a.text);
}

function keywordIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((w) => set.has(w));
}

/** Where a word opens a sentence or a quotation, so its capital says nothing. */
function atInitialPosition(text: string, sentenceStart: number, token: Token): boolean {
  let i = token.start - 1;
  while (i >= sentenceStart && text[i] === " ") i--;
  return i < sentenceStart || "‘“\"'(:—–-".includes(text[i]!);
}

export interface NameContext {
  text: string;
  /** Lowercase words the article writes in lowercase somewhere: "Despite" opening a sentence is just "despite". */
  lowercaseWords: ReadonlySet<string>;
  /** Acronyms of lowercase terms ("total allowable catch (TAC)"): no organisation's name. */
  terms?: ReadonlySet<string>;
}

/** Capitalised runs in one sentence, joined across "of the", "for", "de", and split off a sentence-opening common word. */
function chunks(ctx: NameContext, sentence: Sentence): { tokens: Token[]; initial: boolean }[] {
  const tokens = tokenize(ctx.text, sentence.start, sentence.end);
  const out: { tokens: Token[]; initial: boolean }[] = [];
  const isNameWord = (t: Token | undefined) => t !== undefined && (t.cap || /^\d/.test(t.text)) && !CALENDAR_WORDS.has(lower(t));
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap || CALENDAR_WORDS.has(lower(tokens[i]!))) continue;
    const run: Token[] = [tokens[i]!];
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      if (!joined(ctx.text, tokens[j]!, next) || tokens[j]!.placeSuffix) break;
      if (isNameWord(next) && next.cap) {
        run.push(next);
        j++;
        continue;
      }
      // "Year 11", "Route 66", "Terminal 2": a small number right after one capitalised word is part of its name.
      if (run.length === 1 && /^\d{1,3}$/.test(next.text) && !lookupPlace(run[0]!.text) && !/^\s*(?:%|per\b|percent\b|-)/.test(ctx.text.slice(next.end, next.end + 8))) {
        run.push(next);
        j++;
        break;
      }
      // "of the", "for", "de": only inside a name that continues with a capital.
      let k = j + 1;
      while (k < tokens.length && NAME_CONNECTORS.has(tokens[k]!.text) && joined(ctx.text, tokens[k - 1]!, tokens[k]!)) k++;
      const after = tokens[k];
      if (k === j + 1 || !after || !isNameWord(after) || !after.cap || !joined(ctx.text, tokens[k - 1]!, after)) break;
      const connectors = tokens.slice(j + 1, k).map((t) => t.text);
      const words = run.map(lower);
      const particle = connectors.every((c) => NAME_PARTICLES.has(c));
      const ofPhrase = connectors[0] !== "and" && (keywordIn(words, ORG_WORDS) || keywordIn(words, EVENT_WORDS) || keywordIn(words, PLACE_NOUNS));
      const andInsideOf = connectors[0] === "and" && run.length > 1 && /\s(?:of|on|for)\s/.test(ctx.text.slice(run[0]!.start, tokens[j]!.end));
      if (!particle && !ofPhrase && !andInsideOf && !(connectors[0] === "and" && acronymSpansAnd(ctx.text, tokens, run, k))) break;
      // "Mount Lewa Rangga on the Indonesian island": "on" joins a body's remit ("Commission on Trade"), never a place's location.
      const remitOnly = connectors.includes("on") && !keywordIn(words, ORG_WORDS) && !keywordIn(words, EVENT_WORDS);
      if (remitOnly || countryOfDemonym(after.text)) break;
      run.push(...tokens.slice(j + 1, k + 1));
      j = k;
    }
    i = j;
    // A common word capitalised only because it opens the sentence is not part of the name.
    while (run.length && atInitialPosition(ctx.text, sentence.start, run[0]!) && isCommonWord(ctx, run[0]!)) {
      run.shift();
      while (run.length && !run[0]!.cap) run.shift();
    }
    if (run.length) out.push({ tokens: run, initial: atInitialPosition(ctx.text, sentence.start, run[0]!) });
  }
  return out;
}

/**
 * "National Passport and Identity Service (NPIS)", "Food and Drug Administration (FDA)": one name across
 * "and" when the acronym after it spells both sides.
 */
function acronymSpansAnd(text: string, tokens: readonly Token[], run: readonly Token[], next: number): boolean {
  let end = next;
  while (end + 1 < tokens.length && tokens[end + 1]!.cap && joined(text, tokens[end]!, tokens[end + 1]!)) end++;
  const acronym = /^\s*\(\s*(\p{Lu}{3,8})\s*\)/u.exec(text.slice(tokens[end]!.end, tokens[end]!.end + 14))?.[1];
  if (!acronym) return false;
  const initials = (ts: readonly Token[]) => ts.filter((t, i) => t.cap && !(i === 0 && t.text === "The")).map((t) => t.text[0]!).join("");
  const [left, right] = [initials(run), initials(tokens.slice(next, end + 1))];
  return acronym === left + right || acronym === `${left}A${right}`;
}

function isCommonWord(ctx: NameContext, t: Token): boolean {
  const w = lower(t);
  if (t.upper) return false;
  return COMMON_WORDS.has(w) || ctx.lowercaseWords.has(w);
}

/** Splits "Belarusian President Alexander Lukashenko" into a title and a name. */
function splitTitle(tokens: Token[]): { title: Token[]; name: Token[] } {
  const title = (i: number) => i < tokens.length - 1 && PERSON_TITLES.has(lower(tokens[i]!));
  // "Foreign Minister", "Deputy Prime Minister": a portfolio or modifier before a title is part of it.
  const beforeTitle = (i: number) => (TITLE_MODIFIERS.has(lower(tokens[i]!)) || PORTFOLIOS.has(lower(tokens[i]!))) && (title(i + 1) || (TITLE_MODIFIERS.has(lower(tokens[i + 1]!)) && title(i + 2)));
  let k = 0;
  while (k < tokens.length - 1 && (title(k) || beforeTitle(k) || (k === 0 && countryOfDemonym(tokens[k]!.text) && (title(1) || beforeTitle(1))))) k++;
  return { title: tokens.slice(0, k), name: tokens.slice(k) };
}

/** What a minister or secretary is of: "Foreign Minister", "Energy Secretary". */
const PORTFOLIOS = new Set("foreign interior home finance defence defense health energy education trade economy agriculture justice transport culture environment labour labor".split(" "));

const SPEECH_AFTER = new RegExp(`^,?\\s+(?:${[...SPEECH_VERBS].join("|")})\\b`);
const REPORTED_SUBJECT = /^\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|must|can|did|does|[a-z]{2,}ed)\b/;
const SPEECH_BEFORE = new RegExp(`\\b(?:${[...SPEECH_VERBS].filter((v) => v !== "according").join("|")})\\s+$`);
// The organisation noun heads the appositive: not "a deputy secretary at the department", not "a former network engineer".
const ORG_APPOSITIVE = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:(?!(?:at|of|in|for|with|from|on|to|by|and)\\s)[\\w’'-]+\\s+){0,5}?(?:${[...ORG_NOUNS].join("|")})(?![\\w’'-]|\\s+[a-z]+(?<!\\b(?:of|in|at|for|that|which|who|whose|with|from|based|and|or|on|to|since|has|had|is|was|said|says|will))\\b)`,
);
// "Norway's parliament, the Storting,"; "beat Northfield City"; "signed from Real Betis": what only an organisation or team is.
const ORG_BEFORE = new RegExp(
  `\\b(?:(?:${[...ORG_NOUNS].join("|")}|parliament|government|legislature|army|police),\\s+the\\s+|(?:beat|beats|beating|defeated|defeat|defeating|against|versus|vs\\.?|signed from|joined|on loan (?:from|at))\\s+)$`,
);
const PLACE_PREPOSITION = /\b(?:in|near|across|throughout|into|outside|inside|from|towards|toward|around|at the edge of)\s+(?:the\s+)?$|\b(?:city|town|village|port|region|province|state|island|county|capital|suburb)\s+of\s+(?:the\s+)?$/i;

const cueBefore = (before: string, kind: keyof typeof NOUN_CUES) => {
  const m = /\b([a-z]+)\s+(?:of\s+)?$/.exec(before);
  return !!m && NOUN_CUES[kind].has(m[1]!);
};

/** Reads what a capitalised run names. */
function classify(ctx: NameContext, tokens: Token[], sentence: Sentence, initial: boolean): Omit<NameMention, "sentence" | "quoted" | "initial"> {
  const { title, name } = splitTitle(tokens);
  const words = name.map(lower);
  const start = name[0]!.start;
  const end = name[name.length - 1]!.end;
  const nameText = ctx.text.slice(start, end);
  // Only the words near the name matter, and end-anchored patterns scan what they are given.
  const before = ctx.text.slice(Math.max(sentence.start, (title.length ? title[0]!.start : start) - 80), title.length ? title[0]!.start : start);
  const after = ctx.text.slice(end, Math.min(sentence.end, end + 160));
  const mention = (type: NameType, extra: Partial<NameMention> = {}) => ({ name: nameText, start, end, type, ...extra });

  const nounAfter = /^\s+([a-z]+)\b/.exec(after)?.[1];
  const placeNoun = nounAfter && PLACE_NOUNS.has(nounAfter) ? nounAfter : undefined;
  // One capitalised word opening a sentence is weak evidence of anything ("Officers wrote reports", "Separately, …").
  const weak = initial && name.length === 1 && !lookupPlace(nameText) && !name[0]!.upper;
  // "US$310": a currency prefix, not a country.
  if (/^\$/.test(after)) return mention("unknown");
  // "the Deputy Minister", "the First Deputy Prime Minister": a title with no name names no one in particular.
  // "the State Secretary of the Ministry of Trade": a post, named by its title and what it serves.
  const isTitleWord = (w: string) => PERSON_TITLES.has(w) || ROLE_NOUNS.has(w) || TITLE_MODIFIERS.has(w);
  const post = words.indexOf("of") > 0 ? words.slice(0, words.indexOf("of")) : words;
  if (post.every(isTitleWord) && !ORG_WORDS.has(post[post.length - 1]!)) return mention("unknown");
  if (name.length === 1 && ctx.terms?.has(nameText)) return mention("unknown");
  if (title.length) {
    const titleText = ctx.text.slice(title[0]!.start, title[title.length - 1]!.end);
    return mention("person", { title: titleText, titleStart: title[0]!.start });
  }
  const last = name[name.length - 1]!;
  // "Nigerian-born" describes someone; it names no place. Nor does "English-speaking".
  if (name.length === 1 && (countryOfDemonym(nameText) || /-\p{Ll}+$/u.test(nameText))) return mention("unknown");
  // "ST25", "A320": a code with digits names a thing (a product, a model), not an organisation.
  if (name.length === 1 && /\d/.test(nameText) && /\p{Lu}/u.test(nameText)) return mention("event");
  // "Year 11", "Route 66": a label, not a place or body a question can ask "which" of.
  if (name.length === 2 && /^\d+$/.test(last.text)) return mention(EVENT_WORDS.has(words[0]!) ? "event" : "unknown");
  // "Patagonian glacier": a one-word adjective of origin before a noun.
  if (name.length === 1 && /(?:ian|ean|ese|ish)$/.test(nameText) && /^[\s-]+[a-z]/.test(after)) return mention("unknown");
  const head = words[words.findIndex((w) => w === "of" || w === "for" || w === "on") - 1] ?? words[words.length - 1]!;
  const gazetteer = lookupPlace(nameText);
  const orgWord = keywordIn(words, ORG_WORDS);
  if (last.placeSuffix) return mention("place");
  if (gazetteer && !orgWord) return mention("place", placeNoun ? { placeNoun } : {});
  // "Ashford Creek Water District", "Lane County Public Health": a public service is an organisation.
  if (ORG_WORDS.has(head) || (PLACE_NOUNS.has(head) && keywordIn(words, SERVICE_WORDS))) return mention("organisation");
  if (!gazetteer && ORG_BEFORE.test(before)) return mention("organisation");
  if (EVENT_WORDS.has(head) || /-\d+$/.test(nameText)) return mention("event");
  if (nounAfter && EVENT_NOUNS.has(nounAfter)) return { ...mention("event"), name: `${nameText} ${nounAfter}`, end: end + (after.indexOf(nounAfter) + nounAfter.length) };
  // "Region of the State Directorate for Highland Roads": a unit of a body, not a region on a map.
  const ofBody = words.indexOf("of") > 0 && keywordIn(words.slice(words.indexOf("of")), ORG_WORDS);
  if (PLACE_NOUNS.has(head) && name.length > 1 && !ofBody) return mention("place");
  if (PLACE_PREFIXES.has(words[0]!) && name.length > 1) return mention("place");
  if (placeNoun) return mention("place", { placeNoun });
  if (cueBefore(before, "organisation")) return mention("organisation");
  if (cueBefore(before, "event")) return mention("event");
  if (cueBefore(before, "place")) return mention("place");
  if (/^\s*\(\s*\p{Lu}{2,}\s*\)/u.test(after)) return mention("organisation");
  if (name.length === 1 && name[0]!.upper && NON_ORG_ACRONYMS.has(words[0]!)) return mention("unknown");
  // "61,400 TEU", "350 MW": capitals right after a number are its unit.
  if (name.length === 1 && name[0]!.upper && /\d\s*$/.test(before)) return mention("unknown");
  if (name.some((t) => t.upper)) return mention("organisation");
  if (orgWord) return mention("organisation");
  // A person's name may start with "Park" or "Lake"; a place noun only heads a name from its end.
  const nameLike = !PLACE_NOUNS.has(words[words.length - 1]!) && !keywordIn(words, EVENT_WORDS) && !keywordIn(words, SERVICE_WORDS);
  const personLike = nameLike && name.length <= 4 && name.every((t) => t.cap || NAME_PARTICLES.has(t.text));
  if (personLike && name.length === 3 && PATRONYMIC.test(name[1]!.text)) return mention("person");
  if (personLike && name.length >= 3 && (VIETNAMESE_FAMILY_NAMES.has(words[0]!) || words.slice(1, -1).some((w) => VIETNAMESE_MIDDLE_NAMES.has(w)))) return mention("person");
  if (personLike && name.length >= 2 && (GIVEN_NAMES.has(words[0]!) || ROLE_NOUNS.has(/\b([a-z]+)\s+$/.exec(before)?.[1] ?? ""))) return mention("person");
  // "His great-granddaughter, Ann Van Hecke,", "the club's coach, Jo Lind,": a kin or job noun in apposition names a person.
  const appositiveOf = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|\p{L}+['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+),\s+$/u.exec(before)?.[1];
  if (personLike && name.length >= 2 && name.length <= 3 && appositiveOf && (FEMININE_NOUNS.has(appositiveOf) || MASCULINE_NOUNS.has(appositiveOf) || ROLE_NOUNS.has(appositiveOf))) return mention("person");
  // "Ethiopia's Hiwot Alemu", "Kenyan Ruth Chelangat": a country's or a demonym's person, as sport and wire copy name them.
  const ofCountry = /(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+$/u.exec(before)?.[1];
  if (personLike && name.length >= 2 && name.length <= 3 && ofCountry && (/['’]s\s+$/.test(before) ? lookupPlace(ofCountry)?.rank === "country" : !!countryOfDemonym(ofCountry))) return mention("person");
  if (weak) return mention("unknown");
  if (/\baccording to\s+$/i.test(before) || ORG_APPOSITIVE.test(after) || ORG_BEFORE.test(before)) return mention("organisation");
  // "said Kōwhiri had stood out": a name with its own verb after "said" is what was said about, not who spoke.
  const speaks = SPEECH_AFTER.test(after) || (SPEECH_BEFORE.test(before) && !REPORTED_SUBJECT.test(after));
  if (!weak && personLike && speaks) return mention("person");
  if (!weak && !personLike && speaks && name.length > 1) return mention("organisation");
  // "Rạch Dừa, a hamlet of 400 households": an appositive that says what kind of place it is.
  const appositiveHead = /^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)\b/.exec(after)?.[1];
  if (appositiveHead && (PLACE_NOUNS.has(appositiveHead) || NOUN_CUES.place.has(appositiveHead))) return mention("place");
  if (personLike && name.length >= 2 && /^,\s+(?:a|an|the|who)\s/.test(after)) return mention("person");
  if (!weak && PLACE_PREPOSITION.test(before)) return mention("place");
  return mention("unknown");
}

/** Datelines open a paragraph in capitals: "COYHAIQUE, Chile —", "LONDON —". */
function dateline(ctx: NameContext, s: Sentence): NameMention | undefined {
  if (s.start > 0 && !/[\n\r]/.test(ctx.text[s.start - 1]!)) return undefined;
  const m = /^(\p{Lu}[\p{Lu}\s'.-]*\p{Lu})(?=\s*(?:,|—|–|-\s))/u.exec(s.text);
  if (!m || m[1]!.length < 3) return undefined;
  // "LONDON" is London: the capitals are the dateline's style, not the name's.
  const name = m[1]!.toLowerCase().replace(/(^|[\s'-])\p{Ll}/gu, (c) => c.toUpperCase());
  return { name, start: s.start, end: s.start + m[1]!.length, sentence: s.index, type: "place", quoted: false, initial: false };
}

/** Two or three capitalised words, as a given name and a surname are. */
const FULL_NAME = /^\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}$/u;

/** "Gansu and Xinjiang", "the Bodø–Moskenes route": a name listed with a typed one shares its type. */
function shareTypesInLists(text: string, names: NameMention[]): void {
  const known = new Map(names.filter((n) => n.type !== "unknown").map((n) => [n.name.toLowerCase(), n.type]));
  const typeOf = (n: NameMention) => (n.type === "unknown" ? (known.get(n.name.toLowerCase()) ?? "unknown") : n.type);
  for (let i = 1; i < names.length; i++) {
    const [a, b] = [names[i - 1]!, names[i]!];
    if (a.sentence !== b.sentence || a.quoted !== b.quoted) continue;
    // A dash joins a pair only unspaced ("the Tbilisi–Batumi road"); a spaced one closes a dateline ("HAMILTON, New Zealand – Work …").
    if (!/^\s*(?:,|and|or|, and)\s*$|^[–—-]$/.test(text.slice(a.end, b.start))) continue;
    const [ta, tb] = [typeOf(a), typeOf(b)];
    // A person's type spreads only to a full name ("Losa Faleolo, Ana Kupu and Jayden Marsh"), never across a dash.
    const spreads = (t: NameType, to: NameMention) => t !== "unknown" && (t !== "person" || (FULL_NAME.test(to.name) && !/[–—-]/.test(text.slice(a.end, b.start))));
    if (a.type === "unknown" && spreads(tb, a)) a.type = tb;
    else if (b.type === "unknown" && spreads(ta, b)) b.type = ta;
  }
}

/**
 * "Institute of Geophysics of the China Earthquake Administration (CEA)" is
 * two organisations; so is "the Golden Seismograph Award of the
 * Seismological Society of China". Splits a name at "of (the)" where the
 * second part is an organisation of its own: it has an organisation word or
 * an acronym, or the acronym after it spells only the second part.
 */
function splitNested(ctx: NameContext, tokens: Token[]): Token[][] {
  // The last "of" first: "Institute of Geophysics | of the China Earthquake Administration".
  for (let i = tokens.length - 2; i >= 1; i--) {
    if (tokens[i]!.text !== "of") continue;
    const rest = tokens.slice(tokens[i + 1]!.text === "the" ? i + 2 : i + 1);
    const left = tokens.slice(0, i);
    if (!rest.length || !left.some((t) => ORG_WORDS.has(lower(t)) || EVENT_WORDS.has(lower(t)))) continue;
    const restWords = rest.map(lower);
    const acronym = /^\s*\(\s*(\p{Lu}{2,})\s*\)/u.exec(ctx.text.slice(rest[rest.length - 1]!.end))?.[1];
    const restIsOrg = rest.some((t) => t.upper) || ORG_WORDS.has(restWords.find((w) => w !== "of" && w !== "the" && ORG_WORDS.has(w)) ?? "");
    const acronymFitsRest = acronym && initialsOf(rest) === acronym.toLowerCase() && initialsOf(tokens) !== acronym.toLowerCase();
    if (restIsOrg || acronymFitsRest) return [left, ...splitNested(ctx, rest)];
  }
  return [tokens];
}

/** "Bolatovich", "Abenovna", "Nurlanuly": a patronymic, which only a person's full name carries. */
const PATRONYMIC = /\p{Ll}(?:ovich|evich|ovna|evna|ichna|uly|qyzy|kyzy)$/u;
/** Company forms that end an organisation's name: "Qazaq Transit Fleet JSC". */
const COMPANY_FORMS = new Set(["jsc", "llc", "ltd", "plc", "inc", "gmbh", "ag", "sa", "spa", "bv", "nv", "oy", "ab", "as", "pjsc", "ojsc", "co"]);

/** A person's name that is only a given name and surname, or those and a patronymic. */
function personTail(tokens: Token[], afterTitle: boolean): boolean {
  if (tokens.length < 2 || tokens.length > 3 || !tokens.every((t) => t.cap && !t.upper)) return false;
  return tokens.length === 3 ? PATRONYMIC.test(tokens[1]!.text) : afterTitle || GIVEN_NAMES.has(lower(tokens[0]!));
}

/**
 * Wire copy runs a title's organisation into the holder's name: "the Minister
 * of Finance of the Republic of Kazakhstan Daniyar Bolatovich Ospanov", "the
 * head of Qazaq Transit Fleet JSC Nurlan Abenovich Seitkali". The person is
 * split off where the organisation ends in a country or a company form.
 */
function splitTrailingPerson(text: string, tokens: Token[]): Token[][] {
  // "… of the Faroe Islands Mr. Jógvan Dalsgaard": a title inside the run opens the person.
  for (let at = 2; at <= tokens.length - 2; at++) {
    if (TITLE_ABBREVIATION.test(lower(tokens[at]!)) && tokens.length - at <= 4 && tokens.slice(at + 1).every((t) => t.cap)) return [tokens.slice(0, at), tokens.slice(at)];
  }
  for (const size of [3, 2]) {
    const at = tokens.length - size;
    if (at < 1) continue;
    const last = tokens[at - 1]!;
    const country = lookupPlace(last.text)?.rank === "country";
    if (!country && !COMPANY_FORMS.has(lower(last))) continue;
    // "… Development of Georgia Levan Gogoladze": a minister's country, then the minister.
    const afterTitle = country && /\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, last.start - 8), last.start));
    if (personTail(tokens.slice(at), afterTitle)) return [tokens.slice(0, at), tokens.slice(at)];
  }
  return [tokens];
}

const initialsOf = (tokens: Token[]) => tokens.filter((t) => t.cap).map((t) => t.text[0]!.toLowerCase()).join("");

/** Every name in the article, in text order. Short quoted names ('Losvido') count as named things. */
export function findNames(ctx: NameContext, sentences: readonly Sentence[], quoted: readonly Quoted[]): NameMention[] {
  const names: NameMention[] = [];
  const quotedNames = quoted.filter((q) => !isSpeech(q) && /^[\p{Lu}\p{N}]/u.test(q.text) && q.text.split(/\s+/).length <= 4);
  for (const s of sentences) {
    for (const q of quotedNames) {
      if (q.start < s.start || q.start >= s.end) continue;
      const after = ctx.text.slice(q.close + 1, s.end);
      const nounAfter = /^\s+(?:[a-z]+\s+)?([a-z]+)\b/.exec(after)?.[1];
      const type: NameType = lookupPlace(q.text) ? "place" : nounAfter && PLACE_NOUNS.has(nounAfter) ? "place" : "event";
      names.push({ name: q.text, start: q.start, end: q.end, sentence: s.index, type, quoted: true, initial: false });
    }
    const line = dateline(ctx, s);
    if (line) names.push(line);
    for (const chunk of chunks(ctx, s)) {
      const first = chunk.tokens[0]!;
      if (quotedNames.some((q) => first.start >= q.start && first.start < q.end)) continue;
      if (line && first.start < line.end) continue;
      for (const part of splitNested(ctx, chunk.tokens).flatMap((part) => splitTrailingPerson(ctx.text, part))) {
        const found = classify(ctx, part, s, chunk.initial && part[0] === first);
        names.push({ ...found, sentence: s.index, quoted: false, initial: chunk.initial && part[0] === first });
      }
    }
  }
  names.sort((a, b) => a.start - b.start);
  shareTypesInLists(ctx.text, names);
  return names;
}

// Turns a sentence into a question by putting a question phrase where the
// answer was ("the drills will take place in which region?"). No
// subject-verb inversion is needed, so the question keeps the article's
// grammar, and the clause is cut short so the stem stays readable.

import type { Context } from "./context";
import { personReferredTo } from "./coref";
import { COMMON_WORDS, PLAIN_VERBS } from "./lexicon";
import { countryOfDemonym } from "./gazetteer";
import { type Sentence, endsAsSentence } from "./sentences";

const MAX_PROMPT = 320;
const BOUNDARY = /,\s|;\s|\s[—–]\s|—|:\s/g;

const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s*[^—–\n]{1,40}?)?\s*(?:[—–]|\s-)\s+/u;

/**
 * The part of a sentence a question may use: not a headline (no closing
 * punctuation), not quoted speech, and without a dateline ("LONDON — ").
 */
export function usable(ctx: Context, sentence: Sentence): Sentence | undefined {
  if (inSpeech(ctx, sentence.start, sentence.end)) return undefined;
  if (!endsAsSentence(sentence)) return undefined;
  const cut = DATELINE.exec(sentence.text)?.[0].length ?? 0;
  const text = sentence.text.slice(cut);
  return { index: sentence.index, start: sentence.start + cut, end: sentence.end, text: text[0]!.toUpperCase() + text.slice(1) };
}

/** Whether offsets fall inside quoted speech: a question must not put a speaker's words in the article's mouth. */
export function inSpeech(ctx: Context, start: number, end: number): boolean {
  return ctx.speech.some((q) => start < q.end && end > q.start);
}

/**
 * "He announced …" → "Alexander Lukashenko announced …": a question cannot
 * lean on the sentence before. Undefined when the clause opens with a
 * reference that cannot be resolved ("They", "This", "His").
 */
export function resolvePronoun(ctx: Context, sentence: Sentence, clause: string): string | undefined {
  // "Most of that will come from …": the sentence leans on the one before.
  if (/^(?:They|It|This|These|Those|His|Her|Their|Its|Such)\b/.test(clause) || /^\w+\s+of\s+(?:that|this|these|those|it|them)\b/i.test(clause)) return undefined;
  const m = /\b(?:He|he|She|she)\b/.exec(clause);
  if (!m) return clause;
  const offset = sentence.start + Math.max(0, sentence.text.indexOf(clause.slice(0, m.index + m[0].length)) + m.index);
  const person = personReferredTo(ctx.ex.sentences, ctx.entities, offset);
  if (!person) return undefined;
  // Named earlier in the same sentence: it reads fine as it is.
  if (person.mentions.some((x) => x.start >= sentence.start && x.start < offset)) return clause;
  return clause.slice(0, m.index) + person.name + clause.slice(m.index + m[0].length);
}

/** Lowercases a sentence's first word unless it begins a name ("Meltwater from …" → "meltwater from …"). */
export function lowerFirst(ctx: Context, sentence: Sentence, s: string): string {
  const first = /^\S+/.exec(s)?.[0] ?? "";
  // After a dateline ("GAZIANTEP, Turkey, 18 March (AW) – Work on …") the sentence proper opens after the dash.
  const dash = /^[^–—]{0,80}[–—]\s+/.exec(sentence.text)?.[0] ?? "";
  const at = sentence.text.startsWith(first) ? 0 : dash && sentence.text.slice(dash.length).startsWith(first) ? dash.length : -1;
  const opensSentence = at >= 0;
  const word = first.toLowerCase().replace(/[^\p{L}]+$/u, "");
  // A word the article never capitalises mid-sentence is an ordinary word ("Funding", "Meltwater").
  // "Dutch", "Kenyan": a people's adjective keeps its capital wherever it stands.
  const common = !countryOfDemonym(word) && (COMMON_WORDS.has(word) || ctx.lowercase.has(word) || !ctx.midCaps.has(word));
  const isName = ctx.entities.some((e) => e.mentions.some((m) => m.start === sentence.start + at));
  return opensSentence && common && !isName ? s[0]!.toLowerCase() + s.slice(1) : s;
}

// An opening phrase of a few words before the first comma: "According to RIA Novosti, ", "Over 14 field campaigns, ".
const INTRO = /^(?:according to|in|on|at|over|across|throughout|within|among|beyond|about|despite|while|after|before|during|since|although|though|when|however|meanwhile|last|earlier|later|for|with|as|by|from|under|amid|following|once|until|unlike|like|born|[a-z]+ed|[a-z]+ing)\b(?:\s+[^,\s]+){0,7},\s/i;
const APPOSITIVE = /^,\s(?:a|an|the|who|which|whose|where)\s(?:[^,;—]|,(?=\d))*,\s/;

/**
 * Cuts the clause after the answer at a boundary that still leaves a full
 * question. An appositive right after the answer (", a strategic area in …,")
 * is dropped first. Inside a parenthetical the next comma closes it, so
 * nothing is cut there.
 */
function trimAfter(before: string, wh: string, after: string): string {
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const appositive = APPOSITIVE.exec(after);
  // ", a town of about 4,800 people in Lane County, Oregon, draws …": the place list after it goes too.
  if (appositive) {
    const rest = after.slice(appositive[0].length).replace(/^\p{Lu}[\p{L}.’' -]{0,30}, /u, "");
    after = /^(?:and|but|or|while|whereas)\b/.test(rest) ? `, ${rest}` : ` ${rest}`;
  }
  let skipNext = /,\s/.test(before.replace(INTRO, ""));
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(after); m; m = BOUNDARY.exec(after)) {
    if (skipNext) {
      skipNext = false;
      continue;
    }
    const kept = after.slice(0, m.index);
    if (count(before) + count(wh) + count(kept) >= 6) return kept;
  }
  return after;
}

/**
 * The sentence with [start, end) replaced by a question phrase, or undefined
 * when that would not make a clean question (quoted speech, an unresolved
 * pronoun, a stem too long to read on a phone).
 */
export function questionInPlace(ctx: Context, whole: Sentence, start: number, end: number, wh: string): string | undefined {
  const sentence = usable(ctx, whole);
  if (!sentence) return undefined;
  // "A ship ran aground off the coast, and all 22 crew were lifted off": when the whole sentence
  // makes no clean question, the clause that holds the answer may ("How many crew were lifted off?").
  const asked = askIn(ctx, sentence, start, end, wh);
  if (asked) return asked;
  const clause = clauseHolding(sentence, start);
  return clause && askIn(ctx, clause, start, end, wh);
}

// A clause of its own after a comma and a conjunction or a semicolon: it opens with its subject and has a verb.
const CLAUSE_BREAK = /(?:,\s+(?:and|but|while|whereas)|;)\s+(?=(?:the|a|an|all|some|most|many|each|both)\s|\d|\p{Lu})/gu;
const RELATIVE = /\b(?:who|whom|whose|which|that|where|when)\b/i;
export const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|did|does|do|[a-z]{2,}ed)\b/;

function clauseHolding(sentence: Sentence, answerStart: number): Sentence | undefined {
  let cut: number | undefined;
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) if (m.index + m[0].length <= answerStart - sentence.start) cut = m.index + m[0].length;
  if (cut === undefined || sentence.text.slice(cut, answerStart - sentence.start).includes(";")) return undefined;
  // The clause runs to the next semicolon: "…; an increase in mesh size from 36 to 40 mm; and …" has no verb of its own.
  const semicolon = sentence.text.indexOf(";", answerStart - sentence.start);
  const text = sentence.text.slice(cut, semicolon < 0 ? undefined : semicolon + 1);
  // "…, and 10 bedrooms where parents can sleep": a verb inside a relative clause makes a list item, not a clause.
  const verb = FINITE_VERB.exec(text);
  if (!verb || RELATIVE.test(text.slice(0, verb.index)) || text.split(/\s+/).length < 5) return undefined;
  return { index: sentence.index, start: sentence.start + cut, end: sentence.start + cut + text.length, text: text[0]!.toUpperCase() + text.slice(1) };
}

export const CONNECTIVE_OPENING = /^(?:at the same time|by contrast|in contrast|in turn|as a result|in addition|moreover),\s+/i;
const SUBJECT_APPOSITIVE = /^((?:The\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4}),\s(?:a|an|the)\s[^,;()]{3,140},\s(?=\p{Ll})/u;

function askIn(ctx: Context, sentence: Sentence, start: number, end: number, wh: string): string | undefined {
  if (start < sentence.start || LEANS_BACK.test(sentence.text)) return undefined;
  const text = ctx.ex.text;
  // The acronym in brackets after a name would give the name away; so would a stray full stop ("Co.").
  const bracket = /^\s*\([^)]{1,12}\)|^\.(?=\s+[a-z])/.exec(text.slice(end, sentence.end));
  const answerEnd = end + (bracket?.[0].length ?? 0);
  // "Lạc Voice, a Ho Chi Minh City company whose software …, has secured …": the subject's appositive goes, so the question reads "Lạc Voice has secured …".
  // "At the same time, demand rose by …": the connective ties the sentence to one the stem does not show; it goes.
  const before = sentence.text.slice(0, start - sentence.start).replace(SUBJECT_APPOSITIVE, "$1 ").replace(CONNECTIVE_OPENING, "");
  // Inside an appositive or a parenthetical ("Ashford Creek, a town … in which place, Oregon",
  // "the replacement, covering about how many feet …") there is no clean question.
  const main = before.replace(INTRO, "");
  if (/,\s(?:a|an|the)\s/.test(main) || /,\s+[a-z]/.test(main) || /^(?:who|which|whose|where)\b/.test(main)) return undefined;
  // "Born on 3 May 1936 in Leshan, a river town also in which province?": inside the opening phrase's appositive.
  if (/^(?:born|[a-z]+ed|[a-z]+ing)\b/i.test(before) && main !== before && /^(?:a|an|the)\s/.test(main)) return undefined;
  // "when which organisation was founded", "(about how many million euros": a clause word or an open bracket before the question phrase.
  if (/\b(?:when|while|because|although|though|if|since|until|whereas|unless)\s+$/i.test(before) || before.lastIndexOf("(") > before.lastIndexOf(")")) return undefined;
  // "the company was which organisation": ask the thing, not its identity.
  if (/\b(?:was|is|were|are)\s+$/.test(before)) return undefined;
  // A possessive before the answer ("Chile’s which region") cannot be asked in place.
  if (/[’']s\s+$/.test(before)) return undefined;
  // "the federal which organisation": a modifier left stranded before the question phrase.
  if (/\b(?:the|a|an)\s+[a-z]+\s+$/i.test(before)) return undefined;
  // "the delegations of the Republic of which country": a state's formal name, not a question.
  if (/\b(?:Republic|Kingdom|Federation|Principality|Commonwealth|Grand Duchy|State|Sultanate|Emirate)\s+of\s+(?:the\s+)?$/.test(before)) return undefined;
  // A name in an opening phrase ("According to RIA Novosti, …") is not what the sentence is about.
  if (INTRO.test(sentence.text) && start - sentence.start < (INTRO.exec(sentence.text)?.[0].length ?? 0)) return undefined;
  const after = text.slice(answerEnd, sentence.end).replace(/[.!?]+[’”"']*$/, "").replace(/^[’”'"]/, "");
  const tail = trimAfter(before, wh, after);
  let prompt: string;
  if (!before.trim()) prompt = wh[0]!.toUpperCase() + wh.slice(1) + tail;
  else {
    const resolved = resolvePronoun(ctx, sentence, before + wh + tail);
    if (!resolved) return undefined;
    prompt = /^According to\b/.test(resolved) ? resolved : `According to the article, ${lowerFirst(ctx, sentence, resolved)}`;
  }
  prompt = `${prompt.replace(/[\s,;:—–-]+$/, "")}?`;
  // "Which association (Stowarzyszenie …?": a bracket the cut left open.
  const unclosed = (prompt.match(/\(/g) ?? []).length !== (prompt.match(/\)/g) ?? []).length;
  return prompt.length <= MAX_PROMPT && !unclosed && !bareNounPhrase(prompt, wh) ? prompt : undefined;
}

/**
 * "the orchestra of how many players?", "How many voices, each on a different line?": a clause cut
 * before its verb leaves a noun phrase, not a question. The question phrase stands after a
 * preposition or opens the stem before a comma, and nothing in the stem is a verb.
 */
function bareNounPhrase(prompt: string, wh: string): boolean {
  const stem = prompt.replace(/^According to the article,\s*/, "");
  const at = stem.toLowerCase().indexOf(wh.toLowerCase());
  if (at < 0) return false;
  const nounPhraseSlot = /\b(?:of|for|in|with|at|on|from|by)\s+$/i.test(stem.slice(0, at)) || (at === 0 && stem.slice(wh.length).includes(","));
  const hasVerb = FINITE_VERB.test(stem) || stem.toLowerCase().split(/[^\p{L}]+/u).some((w) => PLAIN_VERBS.has(w));
  return nounPhraseSlot && !hasVerb;
}

/** The sentence as a statement on its own (pronoun resolved), or undefined. */
// A sentence that opens by pointing back ("Despite these concerns", "However", "That changed")
// or is too short to carry its own context ("Kowalczyk is not persuaded.") needs the one before.
const LEANS_BACK = /^(?:however|but|still|yet|instead|also|then|meanwhile|nevertheless|even so|that|this|these|those|such|despite (?:this|that|these|those|the)|after (?:this|that)|in (?:that|this) case)\b/i;
const MIN_STATEMENT_WORDS = 7;

export function statementOf(ctx: Context, whole: Sentence): string | undefined {
  const sentence = usable(ctx, whole);
  if (!sentence) return undefined;
  if (LEANS_BACK.test(sentence.text) || sentence.text.split(/\s+/).length < MIN_STATEMENT_WORDS) return undefined;
  // "Li said the months she spent …": whose months is not for a true/false item to guess.
  if (/\b(?:said|says|told|added|recalled)\b.*\b(?:she|he|her|his)\b/i.test(sentence.text)) return undefined;
  if (/\bthe following (?:day|week|month|year)\b|\b(?:of|in) the city\b/i.test(sentence.text)) return undefined;
  const resolved = resolvePronoun(ctx, sentence, sentence.text);
  if (!resolved || resolved.length > MAX_PROMPT) return undefined;
  return resolved;
}

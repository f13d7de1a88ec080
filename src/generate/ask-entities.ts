// Who / what / where / when questions about the article's people, places,
// organisations, named things and dates, as short answers or multiple choice.

import { dateForms, entityForms, spellingVariants } from "./answers";
import { MIN_DISTRACTORS, draft, multipleChoiceBody, shortAnswerBody } from "./build";
import type { Context, Draft } from "./context";
import { dateDistractors, entityDistractors, likeForLike, orgHead, orgType } from "./distractors";
import type { DateFact, EntityFact, Span } from "./facts";
import { lookupPlace } from "./gazetteer";
import { PLACE_NOUNS } from "./lexicon";
import { inSpeech, questionInPlace, resolvePronoun, usable } from "./prompts";

/** "Who is the head of the Unified Staff of the CSTO?" for every person the article gives a role. */
export function roleQuestions(ctx: Context): Draft[] {
  const people = ctx.entities.filter((e) => e.kind === "person");
  let turn = 0;
  return people.flatMap((p) => {
    // A bare title ("Coach") says too little to ask who holds it; an office of one place ("Mayor") does not.
    if (!p.role || !p.roleSpan || (!p.role.includes(" ") && !SOLE_OFFICES.has(p.role.toLowerCase()))) return [];
    // "military governor of the city": which city is in the sentence before, not in the question.
    if (/\bthe (?:city|town|village|country|region|company|club|firm|group|district)\b/.test(p.role)) return [];
    // "president" alone, where the article has two presidents, has two right answers.
    if (!p.role.includes(" ") && people.some((o) => o !== p && o.role && new RegExp(`\\b${escape(p.role!)}\\b`, "i").test(o.role))) return [];
    // "president of the Association of Hungarian Consumers (MFE": a bracket the role cut open is not part of it.
    const role = p.role.replace(/\s*\([^)]*$/, "");
    const sentence = ctx.ex.sentences[p.roleSpan.sentence]!;
    const definite = new RegExp(`\\b[Tt]he\\s+${escape(role)}`).test(sentence.text) || p.role === p.title;
    const prompt = definite ? `Who is the ${role}, according to the article?` : `Who does the article describe as ${/^[aeiou]/i.test(role) ? "an" : "a"} ${role}?`;
    const meta = { facts: [p.id], topic: `role:${p.id}`, hardness: 0.45, from: sentence.index };
    const wrong = entityDistractors(ctx, p, sentence);
    if (wrong.length >= MIN_DISTRACTORS && turn++ % 2 === 1) return [draft(ctx, multipleChoiceBody(ctx, prompt, p.name, wrong), { ...meta, hardness: 0.25 })];
    return [draft(ctx, shortAnswerBody(prompt, entityForms(p, people)), meta)];
  });
}

/** Head words that make a natural question ("which university?"); others read as "which organisation?". */
const READABLE_HEADS = new Set("university college institute agency ministry department council committee commission bank company party union club team court newspaper journal foundation association federation league".split(" "));
const STREET_WORDS = new Set(["street", "avenue", "road", "lane", "drive", "boulevard"]);

/** "which street", "which river", "which country", "which city", or "which place" when nothing more is known. */
function placeWord(e: EntityFact): string {
  if (e.placeNoun) return e.placeNoun;
  const head = e.name.split(/\s+/).pop()!.toLowerCase();
  if (e.name.includes(" ") && STREET_WORDS.has(head)) return "street";
  if (e.name.includes(" ") && PLACE_NOUNS.has(head)) return head;
  const rank = lookupPlace(e.name)?.rank;
  return rank === "country" ? "country" : rank === "place" ? "city" : "place";
}

const SOLE_OFFICES = new Set(["mayor", "governor", "president", "chancellor", "premier", "pope", "king", "queen"]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The question phrase for a named entity, and the stretch of text it replaces. */
function whFor(ctx: Context, e: EntityFact, m: Span): { wh: string; start: number; end: number } | undefined {
  const text = ctx.ex.text;
  const sentence = ctx.ex.sentences[m.sentence]!;
  const before = text.slice(sentence.start, m.start);
  const after = text.slice(m.end, sentence.end);
  // "Belarus’s western border", "CSTO solidarity": a name used as a modifier makes no question ("which country’s …").
  if (/^[’']s?\b/.test(after) || /^[’']/.test(after) && e.kind !== "event") return undefined;
  if (e.kind !== "event" && /^\s+(?!(?:is|was|are|were|has|had|have|will|would|can|could|should|may|might|said|says|and|or|but|of|in|on|to|for|with|at|by|from|as|that|which|who)\b)[a-z]/.test(after) && !e.placeNoun) return undefined;
  // Inside brackets right after its expansion: "(CSTO)".
  if (/\(\s*$/.test(before)) return undefined;
  // Inside a person's role ("The head of the Unified Staff of the CSTO, General …"): the role question asks that.
  if (ctx.entities.some((p) => p.kind === "person" && p.role && p.roleSpan?.sentence === m.sentence && sentence.text.includes(p.role) && withinRole(sentence, p.role, m))) return undefined;
  if (/\b(?:\w+ern|north|south|east|west|central|upper|lower|greater|inner|outer)\s+$/i.test(before)) return undefined; // "northeastern which country"
  if (/\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+$/i.test(before)) return undefined; // "the 12th which place"
  if (e.kind === "place") {
    const noun = e.placeNoun && new RegExp(`^\\s+${e.placeNoun}\\b`).exec(after);
    const the = /\bthe\s+$/i.exec(before);
    if (noun && the) return { wh: `which ${e.placeNoun}`, start: m.start - the[0].length, end: m.end + noun[0].length };
    if (/\bthe\s+$/i.test(before) || /^[’']?\s*\w+-?\s*(?:region|border|flank)/.test(after)) return undefined;
    return { wh: `which ${placeWord(e)}`, start: m.start, end: m.end };
  }
  if (e.kind === "organisation") {
    if (/\bthe\s+$/i.test(before) && /^[’']?\s+[a-z]/.test(after) && !/^\s+(?:is|was|has|have|will|said)\b/.test(after)) return undefined;
    const the = /\bthe\s+$/i.exec(before);
    const head = orgHead(e);
    const team = orgType(e) === "team" || /\b(?:beat|beats|defeated|against|versus|vs\.?|drew with|lost to)\s+(?:the\s+)?$/i.test(before);
    return { wh: `which ${team ? "team" : READABLE_HEADS.has(head) ? head : "organisation"}`, start: m.start - (the?.[0].length ?? 0), end: m.end };
  }
  if (e.kind === "event") {
    const cue = /\b(?:(the name)|named|called|dubbed|known as|titled|entitled)\s+[‘“"']?$/i.exec(before);
    if (!cue) return undefined;
    const close = /^[’”"']/.test(after) ? 1 : 0;
    // "under the name ‘Interaction-2025’" → "under which name"; "called ‘X’" → "called what".
    if (cue[1]) return { wh: "which name", start: m.start - (before.length - cue.index), end: m.end + close };
    const open = /[‘“"']$/.test(before) ? 1 : 0;
    return { wh: "what", start: m.start - open, end: m.end + close };
  }
  return undefined;
}

function withinRole(sentence: { start: number; text: string }, role: string, m: Span): boolean {
  const at = sentence.start + sentence.text.indexOf(role);
  return m.start >= at && m.end <= at + role.length;
}

/** In-place questions about a place, organisation or named thing in each sentence that names it. */
export function entityQuestions(ctx: Context): Draft[] {
  const out: Draft[] = [];
  let turn = 0;
  for (const e of ctx.entities) {
    if (e.kind === "person" || ctx.setting.has(e.id)) continue;
    for (const m of e.mentions) {
      const sentence = ctx.ex.sentences[m.sentence]!;
      const wh = whFor(ctx, e, m);
      if (!wh || inSpeech(ctx, m.start, m.end)) continue;
      const prompt = questionInPlace(ctx, sentence, wh.start, wh.end, wh.wh);
      if (!prompt) continue;
      const meta = { facts: [e.id], topic: `${e.id}@${m.sentence}`, hardness: 0.55, from: m.sentence };
      // An organisation's options must be the same sort as the answer: a team among teams, never a league or a sponsor.
      const wrong = entityDistractors(ctx, e, sentence).filter((w) => e.kind !== "organisation" || ctx.entities.some((o) => o.name === w && likeForLike(ctx.ex.text, e, o)));
      // Alternate kinds so a quiz is not all typing or all clicking.
      // The option reads as the sentence wrote it: "CSTO" where the sentence says CSTO.
      // "Which region?" reads best with "Vitebsk region", "Minsk region" … as its options.
      const written = ctx.ex.text.slice(m.start, m.end);
      const noun = e.placeNoun && wh.wh.endsWith(e.placeNoun) ? ` ${e.placeNoun}` : "";
      const options = [written + noun, ...wrong.map((w) => w + noun)];
      if (wrong.length >= MIN_DISTRACTORS && turn++ % 2 === 0) out.push(draft(ctx, multipleChoiceBody(ctx, prompt, options[0]!, options.slice(1)), { ...meta, hardness: 0.3 }));
      else out.push(draft(ctx, shortAnswerBody(prompt, entityForms(e, ctx.entities)), meta));
    }
  }
  return out;
}

const RELATION_WORDS: Record<string, string> = { until: "until which date", till: "until which date", since: "since when", by: "by which date", before: "before which date", after: "after which date" };
/** "by early 2025" has no day: "by when?" fits it, "by which date?" does not; "since August" is "since which month?". */
const relationPhrase = (d: DateFact) => {
  const relation = d.relation === "till" ? "until" : d.relation;
  if (d.day) return RELATION_WORDS[d.relation!];
  if (!d.qualifier && d.month) return `${relation} which month`;
  if (!d.qualifier && d.year) return `${relation} which year`;
  return `${relation} when`;
};

/** "… are scheduled to run until which date?" or "When did the following happen? …". */
export function dateQuestions(ctx: Context): Draft[] {
  const out: Draft[] = [];
  for (const [i, d] of ctx.of("date").entries()) {
    const sentence = ctx.ex.sentences[d.span.sentence]!;
    if (inSpeech(ctx, d.span.start, d.span.end)) continue;
    const forms = dateForms(d);
    const core = forms[0]!;
    const prompt = d.relation && RELATION_WORDS[d.relation] ? questionInPlace(ctx, sentence, d.span.start, d.span.end, relationPhrase(d)!) : (whenPrompt(ctx, d) ?? atPrompt(ctx, d));
    if (!prompt) continue;
    const meta = { facts: [d.id], topic: `${d.id}@${d.span.sentence}`, hardness: 0.55, from: d.span.sentence };
    // Options for "until which date?" could be true as well ("until 20 June" holds on 10 June): typed only.
    const wrong = d.relation ? [] : dateDistractors(ctx, d, core, sentence);
    if (wrong.length >= MIN_DISTRACTORS && i % 2 === 1) out.push(draft(ctx, multipleChoiceBody(ctx, prompt, core, wrong), { ...meta, hardness: 0.3 }));
    else out.push(draft(ctx, shortAnswerBody(prompt, forms), meta));
  }
  return out;
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** "were born on which date …?", "opened in which year …?": a date mid-sentence asked where it stands. */
function atPrompt(ctx: Context, d: DateFact): string | undefined {
  // "on Monday, 9 June": the weekday only says more of the date, which is what is asked ("on which date"), and
  // the weekday alone is never asked, since "9 June" would be a right answer its key lacks.
  const text = ctx.ex.text;
  if (WEEKDAY.test(d.text.trim()) && /^,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}|\p{L}+\s+\d{1,2}\b)/u.test(text.slice(d.span.end, d.span.end + 20))) return undefined;
  const weekdayBefore = d.day ? /\b(on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+$/i.exec(text.slice(Math.max(0, d.span.start - 16), d.span.start)) : null;
  const start = weekdayBefore ? d.span.start - weekdayBefore[0].length + weekdayBefore[1]!.length + 1 : d.span.start;
  const preposition = /\b(on|in)\s+$/i.exec(text.slice(Math.max(0, start - 4), start))?.[1]?.toLowerCase();
  const wh =
    preposition === "on" ? (d.day ? "on which date" : WEEKDAY.test(d.text.trim()) ? "on which day" : undefined)
    : preposition === "in" && !d.qualifier ? (d.year && !d.month ? "in which year" : d.month && !d.year && !d.day ? "in which month" : undefined)
    : undefined;
  // "on Tuesday morning" is not "on which day morning"; "the winter of 1936" is more than a year.
  if (!wh || /^\s+(?:morning|afternoon|evening|night)\b/i.test(ctx.ex.text.slice(d.span.end, d.span.end + 12))) return undefined;
  const sentence = ctx.ex.sentences[d.span.sentence]!;
  const before = text.slice(sentence.start, start - preposition!.length - 1);
  // "In 2003 she received …" opens with its date: asked in place it reads "In which year she received".
  // "said on Thursday it would …": the day a statement was made is not what the story is about.
  if (!/\p{L}/u.test(before) || /\b(?:said|says|told|announced|stated|added|confirmed)\s*$/i.test(before)) return undefined;
  if (wh === "in which year" && !/^\d{4}$/.test(d.text.trim())) return undefined;
  return questionInPlace(ctx, sentence, start - preposition!.length - 1, d.span.end, wh);
}

/** "When did the following happen? Alexander Lukashenko announced that …", with the date taken out. */
function whenPrompt(ctx: Context, d: DateFact): string | undefined {
  const sentence = usable(ctx, ctx.ex.sentences[d.span.sentence]!);
  if (!sentence || d.span.start < sentence.start) return undefined;
  const text = ctx.ex.text;
  const before = text.slice(sentence.start, d.span.start);
  const after = text.slice(d.span.end, sentence.end);
  // "scheduled for September 13": without its date the clause is left hanging.
  if (/\b(?:for|to|at|of|than|between|and|or)\s+(?:(?:in|on)\s+)?(?:the\s+)?$/i.test(text.slice(sentence.start, d.span.start).replace(/\s*$/, " ").slice(-40))) return undefined;
  // A date inside an appositive or relative clause ("…, a forward signed from Real Betis in January,") dates that clause, not the sentence.
  const segment = before.slice(before.lastIndexOf(", ") + 1);
  if (before.includes(", ") && /^\s*(?:a|an|the|who|which|whose|where)\s/i.test(segment)) return undefined;
  let statement: string;
  // Only a date that opens the sentence ("In early August, he announced …") comes out cleanly;
  // cut from the middle it leaves a broken clause ("… and was laid.").
  const lead = /^(?:(?:in|on|during|from|by|since)\s+)?(?:the\s+)?$/i.exec(before);
  if (!lead || !/^\s*,/.test(after)) return undefined;
  statement = after.replace(/^,?\s*/, "");
  statement = statement.replace(/\s+,/g, ",").trim();
  // Another date left in the statement would make "when?" ambiguous.
  if (ctx.of("date").some((o) => o.id !== d.id && o.span.sentence === d.span.sentence)) return undefined;
  if (!statement || statement.split(/\s+/).length < 5) return undefined;
  const resolved = resolvePronoun(ctx, sentence, statement[0]!.toUpperCase() + statement.slice(1));
  if (!resolved || resolved.length > 320) return undefined;
  // Neutral about tense: the date may be past ("was laid") or planned ("plans to return").
  return `What date or time does the article give for this? ${resolved.replace(/[.!?]*$/, ".")}`;
}

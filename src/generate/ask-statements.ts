// Questions on whole sentences: true/false statements (false ones swap a
// name, date or number for another of the same type) and gap-fills on a
// sentence's key term.

import { dateForms, entityForms } from "./answers";
import { MIN_DISTRACTORS, choiceOptions, draft } from "./build";
import type { Context, Draft } from "./context";
import { pick } from "./context";
import { dateDistractors, entityDistractors, likeForLike, numberDistractors } from "./distractors";
import type { EntityFact, Fact } from "./facts";
import { countryOf } from "./gazetteer";
import { CURRENCY_NAMES } from "./lexicon";
import { FINITE_VERB, statementOf, usable } from "./prompts";
import { numberName, uniqueForms } from "./words";
import { type Sentence, headlineOf } from "./sentences";
import { containsWords } from "./fold";

interface Term {
  fact: Fact;
  start: number;
  end: number;
  /** The words that replace the term in a false statement or fill the gap. */
  right: string;
  wrong: string[];
  forms: string[];
}

/** The one-word name the article uses for a person, or their last name. */
function shortName(ctx: Context, name: string): string {
  const person = ctx.entities.find((o) => o.name === name);
  return person?.aliases.find((a) => !a.includes(" ")) ?? name.split(/\s+/).pop()!;
}

const COMPARATOR = /\b(?:less|fewer|more|greater|higher|lower|than|under|below|above|over|within|up to|at most|at least|nearly|almost|as many as|as much as)\s+(?:\S+\s+)?$/i;

const termCache = new WeakMap<Context, Map<number, Term[]>>();
const factIndex = new WeakMap<Context, Map<number, Fact[]>>();

/** The facts with a mention or span in a sentence, indexed once per article. */
function factsIn(ctx: Context, sentence: number): Fact[] {
  let index = factIndex.get(ctx);
  if (!index) {
    index = new Map();
    for (const f of ctx.ex.facts) {
      const at = new Set("mentions" in f ? f.mentions.map((m) => m.sentence) : [f.span.sentence]);
      for (const s of at) index.set(s, [...(index.get(s) ?? []), f]);
    }
    factIndex.set(ctx, index);
  }
  return index.get(sentence) ?? [];
}

/** Names, dates and numbers in a sentence that a question can turn on, the most specific first. */
function termsIn(ctx: Context, sentence: Sentence): Term[] {
  let bySentence = termCache.get(ctx);
  if (!bySentence) termCache.set(ctx, (bySentence = new Map()));
  let terms = bySentence.get(sentence.index);
  if (!terms) bySentence.set(sentence.index, (terms = findTerms(ctx, sentence)));
  return terms;
}

function findTerms(ctx: Context, sentence: Sentence): Term[] {
  const terms: Term[] = [];
  const text = ctx.ex.text;
  for (const f of factsIn(ctx, sentence.index)) {
    if (f.kind === "person" || f.kind === "organisation" || f.kind === "place" || f.kind === "event") {
      for (const m of (f as EntityFact).mentions) {
        if (m.sentence !== sentence.index) continue;
        const written = text.slice(m.start, m.end);
        const besideAcronym = /^\s*\(/.test(text.slice(m.end, m.end + 3)) || /\(\s*$/.test(text.slice(m.start - 3, m.start));
        if (besideAcronym) continue; // blanking "CSTO" beside its expansion gives the answer away
        if (ctx.setting.has(f.id)) continue; // the town the article is about
        // "487 million US dollars", "New Zealand dollars": the currency's country, not a fact of the story.
        if (CURRENCY_NAMES.has(/^\s+(\p{L}+)/u.exec(text.slice(m.end, m.end + 12))?.[1]?.toLowerCase() ?? "")) continue;
        // A false statement swaps like for like: a university for a university, never an agency for a team.
        const e = f as EntityFact;
        // Places swap within the same country ("Chengdu" for "Pasadena" would be false at a glance).
        const sameHome = (w: string) => e.kind !== "place" || !e.within || (ctx.entities.find((o) => o.name === w)?.within ?? countryOf(w) ?? e.within) === e.within;
        const alike = entityDistractors(ctx, e, sentence).filter((w) => sameHome(w) && (ctx.entities.some((o) => o.name === w && likeForLike(ctx.ex.text, e, o)) || (e.kind === "place" && !ctx.entities.some((o) => o.name === w))));
        // Options read the way the sentence names people: "Halvorsen" beside "Haddad", not beside "Karim Haddad".
        const wrong = e.kind === "person" && !written.includes(" ") ? alike.map((w) => shortName(ctx, w)) : alike;
        // "Belarusian President {{1}}" must not accept "President Lukashenko": the title is already there.
        const wordBefore = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase();
        const forms = [written, ...entityForms(e, ctx.entities)].filter((x) => x.split(/\s+/)[0]!.toLowerCase() !== wordBefore);
        terms.push({ fact: f, start: m.start, end: m.end, right: written, wrong, forms });
      }
    } else if (f.kind === "date" && f.span.sentence === sentence.index && !f.relation) {
      // "by 20 June", "until September 6": a different date may leave the statement true.
      const forms = dateForms(f);
      const start = f.span.end - forms[0]!.length;
      terms.push({ fact: f, start, end: f.span.end, right: forms[0]!, wrong: dateDistractors(ctx, f, forms[0]!, sentence), forms });
    } else if (f.kind === "number" && f.span.sentence === sentence.index && !f.items) {
      // "less than 5 percent", "within 10 days": another number may make the statement still true.
      if (COMPARATOR.test(text.slice(Math.max(sentence.start, f.span.start - 24), f.span.start))) continue;
      // "scored three goals … to beat them 3-2": the sentence states the number twice.
      if (/\b\d+[-–]\d+\b/.test(sentence.text)) continue;
      // "US$14": the country letters go with the currency sign.
      const digits = /^(?:(?:US|A|C|HK|NZ|S)?[$€£¥])?\s?[\d.,]+|^[a-z]+(?:-[a-z]+)?/i.exec(f.text)?.[0];
      if (!digits) continue;
      // Wrong numbers are written the way the right one is: "two" beside "three", not beside "3".
      const asWord = /^[a-z]/i.test(digits);
      const wrong = numberDistractors(f, 8)
        .filter(onTheSideTheSentenceSays(text, f))
        .slice(0, 3)
        .map((n) => (asWord ? numberName(n, digits) : digits.replace(/[\d.,]+/, n.toLocaleString("en-US"))))
        .filter((w): w is string => !!w);
      terms.push({ fact: f, start: f.span.start, end: f.span.start + digits.length, right: digits, wrong, forms: [digits, String(f.value)] });
    }
  }
  const rank = (t: Term) => ({ event: 0, place: 1, number: 2, date: 3, organisation: 4, person: 5 })[t.fact.kind as "event"] ?? 6;
  // What the headline names is the story ("Hiwot Alemu … to win", "forcing 11,300 people"): it is
  // the term to turn on, the person or number before the event it happened at.
  const headline = headlineOf(ctx.ex.sentences);
  const verb = FINITE_VERB.exec(sentence.text);
  const leadVerbAt = verb ? sentence.start + verb.index : -1;
  const headlineRank = (t: Term) => {
    // Only in the lead: later sentences about the same person would all blank their name.
    if (!headline || headline.index === sentence.index || sentence.index > headline.index + LEAD_SENTENCES) return 2;
    const named = t.fact.kind === "number" ? ctx.headlineNumbers.has((t.fact as { value: number }).value) : containsWords(headline.text, t.right);
    if (named) return ({ person: 0, number: 1 } as Record<string, number>)[t.fact.kind] ?? 1.5;
    // "Four students from Tāmaki Ridge College have been crowned …": who the lead is about stands before its verb.
    if (sentence.index !== headline.index + 1 || t.start >= leadVerbAt) return 2;
    return t.fact.kind === "person" || t.fact.kind === "organisation" ? 1.7 : 1.8;
  };
  return terms.sort((a, b) => headlineRank(a) - headlineRank(b) || rank(a) - rank(b) || a.start - b.start);
}

/** The sentences after the headline that tell the story it names. */
const LEAD_SENTENCES = 2;

const occurrences = (haystack: string, needle: string) => haystack.toLowerCase().split(needle.toLowerCase()).length - 1;

/** One true/false statement per sentence, true and false balanced across the article. */
/** The statement with `right` replaced by `wrong`, keeping the possessive right: "Northfield’s coach" -> "Harbourside Rovers’ coach". */
function swapped(statement: string, right: string, wrong: string): string {
  const at = statement.indexOf(right);
  let rest = statement.slice(at + right.length);
  if (/s$/i.test(wrong) && /^['’]s\b/.test(rest)) rest = rest[0] + rest.slice(2);
  return statement.slice(0, at) + wrong + rest;
}

export function trueFalseQuestions(ctx: Context): Draft[] {
  const candidates: { sentence: Sentence; statement: string; term: Term }[] = [];
  for (const sentence of ctx.ex.sentences) {
    const body = usable(ctx, sentence);
    const statement = statementOf(ctx, sentence);
    if (!body || !statement || statement.split(/\s+/).length > 40) continue;
    const term = termsIn(ctx, sentence).find((t) => t.wrong.length > 0 && t.start >= body.start && occurrences(statement, t.right) === 1);
    if (term) candidates.push({ sentence, statement, term });
  }
  const order = pick(candidates, candidates.length, ctx.random("true-false"));
  return order.map((c, i) => {
    const truth = i % 2 === 0;
    const wrong = c.term.wrong[0]!;
    const said = truth ? c.statement : swapped(c.statement, c.term.right, wrong);
    const lead = truth ? "True. The article says" : `False: the article names ${c.term.right}, not ${wrong}. It says`;
    return draft(
      ctx,
      { kind: "true_false", prompt: `True or false: ${said.replace(/[.!?]*$/, ".")}`, answer: truth },
      { facts: [c.term.fact.id], topic: `statement@${c.sentence.index}`, hardness: 0.2, from: c.sentence.index, lead },
    );
  });
}

/**
 * "38.3 forints, up from 36.0": a wrong number the sentence itself rules out
 * (28.7 is no rise from 36.0) is no distractor. The same for "down from" and
 * "rose from 36.0 to 38.3".
 */
function onTheSideTheSentenceSays(text: string, f: { value: number; span: { start: number; end: number } }): (n: number) => boolean {
  const number = (s: string) => Number(s.replace(/,/g, ""));
  const after = /^[^.;]{0,48}?\b(up|down|rising|falling) from\D{0,4}(\d[\d,]*(?:\.\d+)?)/.exec(text.slice(f.span.end, f.span.end + 60));
  if (after) {
    const from = number(after[2]!);
    return /up|rising/.test(after[1]!) ? (n) => n > from : (n) => n < from;
  }
  const before = /\bfrom\D{0,4}(\d[\d,]*(?:\.\d+)?)\D{0,24}\bto\D{0,4}$/.exec(text.slice(Math.max(0, f.span.start - 60), f.span.start));
  if (before) {
    const from = number(before[1]!);
    return f.value > from ? (n) => n > from : (n) => n < from;
  }
  return () => true;
}

/** A gap-fill on each sentence's key term; typed, or chosen from options when there are enough of them. */
export function clozeQuestions(ctx: Context): Draft[] {
  const out: Draft[] = [];
  let turn = 0;
  for (const sentence of ctx.ex.sentences) {
    const body = usable(ctx, sentence);
    const statement = statementOf(ctx, sentence);
    // "{{" in the article would read as a gap marker.
    if (!body || !statement || statement !== body.text || body.text.split(/\s+/).length > 45 || /\{\{|\}\}/.test(body.text)) continue;
    const term = termsIn(ctx, sentence).find((t) => t.start >= body.start && occurrences(body.text, t.right) === 1);
    if (!term) continue;
    const rel = { start: term.start - body.start, end: term.end - body.start };
    const text = `${body.text.slice(0, rel.start)}{{1}}${body.text.slice(rel.end)}`;
    const chosen = term.wrong.length >= MIN_DISTRACTORS && turn++ % 2 === 1;
    const gap = chosen ? { options: choiceOptions(ctx, text, term.right, term.wrong.slice(0, MIN_DISTRACTORS)) } : { answers: uniqueForms(term.forms).map((t) => ({ text: t, weight: 1 })) };
    out.push(
      draft(
        ctx,
        { kind: "cloze", prompt: chosen ? "Choose the word or name that completes the sentence from the article." : "Fill in the gap with the word or name the article uses.", text, gaps: [gap] },
        { facts: [term.fact.id], topic: `gap:${term.fact.id}@${sentence.index}`, hardness: chosen ? 0.35 : 0.55, from: sentence.index },
      ),
    );
  }
  return out;
}

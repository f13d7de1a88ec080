// Questions across several facts: matching people to their roles (or
// acronyms to what they stand for) and putting dated events in order.

import { draft } from "./build";
import type { Context, Draft } from "./context";
import { dateOrder } from "./dates";
import type { DateFact } from "./facts";
import { inSpeech, resolvePronoun, usable } from "./prompts";
import type { Sentence } from "./sentences";

const MAX_PAIRS = 6;

export function matchingQuestions(ctx: Context): Draft[] {
  const out: Draft[] = [];
  // A bare title ("Professor") is not a role to match.
  const people = ctx.entities.filter((e) => e.kind === "person" && e.role && e.roleSpan && (e.role.includes(" ") || e.role !== e.title)).slice(0, MAX_PAIRS);
  const roles = new Set(people.map((p) => p.role!.toLowerCase()));
  if (people.length >= 3 && roles.size === people.length) {
    const sentences = people.map((p) => p.roleSpan!.sentence);
    out.push(
      draft(ctx, { kind: "matching", prompt: "Match each person to the role the article gives them.", pairs: people.map((p) => ({ left: p.name, right: p.role! })) }, {
        facts: people.map((p) => p.id),
        topic: "match:roles",
        hardness: 0.45,
        from: Math.min(...sentences),
        to: Math.max(...sentences),
      }),
    );
  }
  const acronyms = ctx.of("acronym").filter((a) => a.initialsMatch).slice(0, MAX_PAIRS);
  if (acronyms.length >= 3) {
    const sentences = acronyms.map((a) => a.span.sentence);
    out.push(
      draft(ctx, { kind: "matching", prompt: "Match each abbreviation to what it stands for.", pairs: acronyms.map((a) => ({ left: a.acronym, right: a.expansion })) }, {
        facts: acronyms.map((a) => a.id),
        topic: "match:acronyms",
        hardness: 0.4,
        from: Math.min(...sentences),
        to: Math.max(...sentences),
      }),
    );
  }
  return out;
}

/**
 * A clause as an ordering item: a capital first, a subject in place of "she",
 * 4 to 16 words (3 for an event's name) and no other year.
 */
function asItem(ctx: Context, sentence: Sentence, clause: string, minWords = 4): string | undefined {
  const cleaned = clause.replace(/^\s*,\s*/, "").replace(/\s+,/g, ",").replace(/[\s,;:]+$/, "").trim();
  // A clause that leans on the sentence before ("it", "they", "this") cannot stand alone, nor can an opening phrase ("On a morning").
  if (/^(?:they|it|this|these|those|his|her|their|its|such|on|in|at|during|by|after|before|since|until|from)\b/i.test(cleaned)) return undefined;
  const found = resolvePronoun(ctx, sentence, cleaned) ?? "";
  const resolved = found && found[0]!.toUpperCase() + found.slice(1);
  const words = resolved.replace(/[.!?]+$/, "").split(/\s+/);
  // Items are whole clauses a student can read: a long one cut short reads badly, so it is left out.
  if (words.length < minWords || words.length > 16 || /\b1\d{3}\b|\b20\d\d\b/.test(resolved)) return undefined;
  return words.join(" ");
}

/** A date the sentence can lose: it follows a time word ("on", "in", "of", "that"), or opens the sentence. */
const DATE_LEAD = /(?:^|\s)(?:in|on|during|by|since|until|of|that|this|last|next)\s+(?:the\s+)?$/i;

/**
 * What happened on a date, in a few words: the sentence without the date or,
 * when that is too long, its opening clause up to the first break after the
 * date ("The turning point came with the Tangshan earthquake of 28 July 1976,
 * which killed …"), "X was born in Leshan" from "Born on 3 May 1936 in
 * Leshan, X was …", or the event the date belongs to ("the sinking of the
 * Titanic in April 1912").
 */
function eventAt(ctx: Context, d: DateFact): string | undefined {
  const sentence = usable(ctx, ctx.ex.sentences[d.span.sentence]!);
  if (!sentence || d.span.start < sentence.start) return undefined;
  const text = ctx.ex.text;
  const lead = text.slice(sentence.start, d.span.start);
  // "more than 2024", "a notice dated Oct. 7": the date is part of what is said, not when it happened.
  if (lead.trim() && !DATE_LEAD.test(lead)) return undefined;
  const before = lead.replace(DATE_LEAD, "");
  // "9 per cent more than (in 2018)": what is left would hang where the date was.
  if (/\b(?:than|as|dated|like|between|from|to|and|or|the|a|an)\s*$/i.test(before)) return undefined;
  const after = text.slice(d.span.end, sentence.end);
  const whole = asItem(ctx, sentence, before + after);
  if (whole) return whole;
  const breakAfter = after.search(/[,;:(]|\s[–—]\s/);
  if (breakAfter < 0) return undefined;
  const born = /^Born\s+(.*)$/i.exec((before + after.slice(0, breakAfter)).trim());
  if (born) {
    // "Born on 3 May 1936 in Leshan, Chen was …": the subject comes after the comma.
    const subject = /,\s*((?:[A-Z][\p{L}'’-]+\s?){1,3})\s+(?:was|is|became|grew)\b/u.exec(after.slice(breakAfter))?.[1]?.trim();
    return subject ? asItem(ctx, sentence, `${subject} was born ${born[1]}`) : undefined;
  }
  if (!/[,;:(]/.test(before)) {
    const clause = asItem(ctx, sentence, before + after.slice(0, breakAfter));
    if (clause) return clause;
  }
  // The event the date belongs to, when the date directly follows it: "the Tangshan earthquake of 28 July 1976".
  if (breakAfter === 0 || /^\s*[,.;]/.test(after)) {
    const event = /\b(the\s+(?:[\p{Lu}][\p{L}'’-]*\s+)*\p{Ll}[\p{L}'’-]*(?:\s+of\s+the\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*)?)\s*$/u.exec(before)?.[1];
    if (event && /\p{Lu}/u.test(event.slice(4))) return asItem(ctx, sentence, event, 3);
  }
  return undefined;
}

export function orderingQuestions(ctx: Context): Draft[] {
  const dates = ctx.of("date");
  // One dated event per sentence, or the item would not say which date it is ordered by.
  const alone = (d: DateFact) => dates.filter((o) => o.span.sentence === d.span.sentence).length === 1;
  const dated = dates
    .filter((d) => !inSpeech(ctx, d.span.start, d.span.end) && !d.relation && dateOrder(d) !== undefined && alone(d))
    .map((d) => ({ d, key: dateOrder(d)!, item: eventAt(ctx, d) }))
    .filter((x): x is { d: DateFact; key: number; item: string } => !!x.item);
  // Dates without a year cannot be ordered against dates with one.
  const withYear = dated.filter((x) => x.d.year !== undefined);
  const pool = withYear.length >= 3 ? withYear : dated.filter((x) => x.d.year === undefined);
  const byKey = new Map<number, (typeof pool)[number]>();
  for (const x of pool) if (!byKey.has(x.key)) byKey.set(x.key, x);
  // Two events in one year can be ordered only if both dates name the month (and the day, within a month).
  const sorted = [...byKey.values()].sort((a, b) => a.key - b.key);
  const events = sorted.filter((x, i) => {
    const prev = sorted[i - 1]?.d;
    if (!prev || prev.year !== x.d.year) return true;
    if (!prev.month || !x.d.month) return false;
    return prev.month !== x.d.month || (!!prev.day && !!x.d.day);
  }).slice(0, 6);
  if (events.length < 3 || new Set(events.map((e) => e.item.toLowerCase())).size !== events.length) return [];
  const sentences = events.map((e) => e.d.span.sentence);
  return [
    draft(ctx, { kind: "ordering", prompt: "Put these events in the order they happened, earliest first.", items: events.map((e) => e.item) }, {
      facts: events.map((e) => e.d.id),
      topic: "timeline",
      hardness: 0.65,
      from: Math.min(...sentences),
      to: Math.max(...sentences),
    }),
  ];
}

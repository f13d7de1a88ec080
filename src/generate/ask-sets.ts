// Questions across several facts: matching people to their roles (or
// acronyms to what they stand for) and putting dated events in order.

import { draft } from "./build";
import type { Context, Draft } from "./context";
import { dateOrder } from "./dates";
import type { DateFact } from "./facts";
import { inSpeech, resolvePronoun, usable } from "./prompts";

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

/** What happened on a date, in a few words: the sentence without the date, cut at a clause boundary. */
function eventAt(ctx: Context, d: DateFact): string | undefined {
  const sentence = usable(ctx, ctx.ex.sentences[d.span.sentence]!);
  if (!sentence || d.span.start < sentence.start) return undefined;
  const text = ctx.ex.text;
  let rest = (text.slice(sentence.start, d.span.start).replace(/\s*\b(?:in|on|during|from|by|since|until)\s+(?:the\s+)?$/i, "") + text.slice(d.span.end, sentence.end))
    .replace(/^\s*,\s*/, "")
    .replace(/\s+,/g, ",")
    .trim();
  rest = resolvePronoun(ctx, sentence, rest[0] ? rest[0].toUpperCase() + rest.slice(1) : rest) ?? "";
  const words = rest.replace(/[.!?]+$/, "").split(/\s+/);
  // Items are whole clauses a student can read: a long one cut short reads badly, so it is left out.
  if (words.length < 4 || words.length > 16 || /\b1\d{3}\b|\b20\d\d\b/.test(rest)) return undefined;
  return words.join(" ");
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

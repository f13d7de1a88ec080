// Scores the fact extractor against hand-made annotations (test/fixtures/articles).
// Used by the evaluation test (with a margin) and by `npm run eval:generate` (prints the table).

import type { EntityFact, Fact, QuoteFact } from "../../src/generate/facts";

export interface Annotation {
  domain: string;
  people: { name: string; mentions?: string[]; role?: string }[];
  organisations: { name: string; acronym?: string }[];
  places: { name: string; within?: string }[];
  events: string[];
  dates: string[];
  numbers: string[];
  quotes: { start: string; speaker: string }[];
}

type EntityKind = EntityFact["kind"];

interface Gold {
  kind: EntityKind;
  forms: string[];
}

export interface EntityScore {
  precision: number;
  recall: number;
  truePositives: number;
  extracted: number;
  annotated: number;
  falsePositives: string[];
  missed: string[];
}

export interface QuoteScore {
  annotated: number;
  found: number;
  speakerRight: number;
  wrong: string[];
}

const norm = (s: string) =>
  s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’']s\b/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").replace(/^the /, "").trim();

function goldEntities(a: Annotation): Gold[] {
  return [
    ...a.people.map((p) => ({ kind: "person" as const, forms: [p.name, ...(p.mentions ?? [])] })),
    ...a.organisations.map((o) => ({ kind: "organisation" as const, forms: [o.name, ...(o.acronym ? [o.acronym] : [])] })),
    ...a.places.map((p) => ({ kind: "place" as const, forms: [p.name] })),
    ...a.events.map((e) => ({ kind: "event" as const, forms: [e] })),
  ];
}

/**
 * An extracted entity matches an annotated one of the same type when one of
 * its forms is one of the annotation's forms, or a run of its words (the
 * annotations leave short forms such as "Rovers" for "Harbourside Rovers" out).
 */
function matches(e: EntityFact, g: Gold, typed: boolean): boolean {
  if (typed && e.kind !== g.kind) return false;
  const forms = [e.name, ...e.aliases].map(norm);
  const gold = g.forms.map(norm);
  return forms.some((f) => gold.some((h) => f === h || (f.length > 2 && ` ${h} `.includes(` ${f} `)) || (h.length > 2 && ` ${f} `.includes(` ${h} `) && f.split(" ").length - h.split(" ").length <= 1)));
}

export function scoreEntities(facts: readonly Fact[], a: Annotation, typed = true): EntityScore {
  const extracted = facts.filter((f): f is EntityFact => f.kind === "person" || f.kind === "organisation" || f.kind === "place" || f.kind === "event");
  const gold = goldEntities(a);
  const falsePositives = extracted.filter((e) => !gold.some((g) => matches(e, g, typed)));
  const missed = gold.filter((g) => !extracted.some((e) => matches(e, g, typed)));
  const tp = extracted.length - falsePositives.length;
  return {
    precision: extracted.length ? tp / extracted.length : 1,
    recall: gold.length ? (gold.length - missed.length) / gold.length : 1,
    truePositives: tp,
    extracted: extracted.length,
    annotated: gold.length,
    falsePositives: falsePositives.map((e) => `${e.kind}:${e.name}`),
    missed: missed.map((g) => `${g.kind}:${g.forms[0]}`),
  };
}

/** Speaker names agree when equal or when one is the other's surname ("a county health statement" aside). */
function sameSpeaker(found: string | undefined, expected: string): boolean {
  if (!found) return false;
  const a = norm(found);
  const b = norm(expected);
  return a === b || ` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `);
}

export function scoreQuotes(facts: readonly Fact[], a: Annotation): QuoteScore {
  const quotes = facts.filter((f): f is QuoteFact => f.kind === "quote");
  let found = 0;
  let speakerRight = 0;
  const wrong: string[] = [];
  for (const q of a.quotes) {
    const match = quotes.find((f) => norm(f.quote).startsWith(norm(q.start).slice(0, 30)));
    if (!match) {
      wrong.push(`missed: ${q.start}`);
      continue;
    }
    found++;
    if (sameSpeaker(match.speaker, q.speaker)) speakerRight++;
    else wrong.push(`“${q.start}” → ${match.speaker ?? "nobody"}, expected ${q.speaker}`);
  }
  return { annotated: a.quotes.length, found, speakerRight, wrong };
}

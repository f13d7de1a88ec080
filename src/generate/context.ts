// What every question builder needs: the extraction, facts by kind, a seeded
// random source, and the draft type builders return.

import { prng } from "../quiz/shuffle";
import { fnv1a } from "../score/item-id";
import type { Question, SourceSpan } from "../schemas/question";
import { type Extraction, lowercaseWords } from "./extract";
import type { EntityFact, Fact, FactKind } from "./facts";
import type { FlagReason } from "./guards";
import { headlineOf } from "./sentences";

export type Difficulty = "easy" | "medium" | "hard";

/** A question before guards and selection: its facts, what it asks about, and flags raised while building it. */
export interface Draft {
  question: Question;
  facts: string[];
  difficulty: Difficulty;
  /** The fact and sentence a question is about: two drafts with one topic ask the same thing. */
  topic: string;
  /** Reason codes that keep it out of the quiz until a teacher looks. */
  flags: FlagReason[];
  /** Other names the article uses for the key, any of which shows the cited text supports it. */
  keyForms?: string[];
}

export interface Context {
  ex: Extraction;
  entities: EntityFact[];
  of<K extends FactKind>(kind: K): Extract<Fact, { kind: K }>[];
  byId(id: string): Fact | undefined;
  /** A random source for one purpose: the same seed and salt always give the same sequence. */
  random(salt: string): () => number;
  /** Offsets of the article's quoted speech: statements inside it are a speaker's, not the article's. */
  speech: { start: number; end: number }[];
  /** Words the article writes in lowercase somewhere ("meltwater"): safe to lowercase at a sentence's start. */
  lowercase: ReadonlySet<string>;
  /** Places named in the headline or dateline: the article's setting, too obvious to ask about. */
  setting: ReadonlySet<string>;
  /** Words the article capitalises inside a sentence (names), lowercased. */
  midCaps: ReadonlySet<string>;
  /** The values of the numbers the headline states ("forcing 11,300 people"): the story's own figures. */
  headlineNumbers: ReadonlySet<number>;
}

export function createContext(ex: Extraction, seed: number): Context {
  const ids = new Map(ex.facts.map((f) => [f.id, f]));
  const byKind = new Map<FactKind, Fact[]>();
  for (const f of ex.facts) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  const entities = ex.facts.filter((f): f is EntityFact => f.kind === "person" || f.kind === "organisation" || f.kind === "place" || f.kind === "event");
  const speech = ex.facts.flatMap((f) => (f.kind === "quote" ? [{ start: f.span.start, end: f.span.end }] : []));
  return {
    ex,
    entities,
    of: <K extends FactKind>(kind: K) => (byKind.get(kind) ?? []) as Extract<Fact, { kind: K }>[],
    byId: (id) => ids.get(id),
    random: (salt) => prng(fnv1a(salt, seed >>> 0)),
    speech,
    lowercase: lowercaseWords(ex.text),
    setting: settingOf(ex, entities),
    headlineNumbers: headlineNumbersOf(ex),
    // Inside a sentence: not after a line break, nor after a quote that closes one ("… agreed.” Conservators found …").
    midCaps: new Set((ex.text.match(/(?<=(?:[\p{L},;:)]|(?<![.!?])[’'”"])[ \t]+)\p{Lu}[\p{L}’'-]*/gu) ?? []).map((w) => w.toLowerCase())),
  };
}

function headlineNumbersOf(ex: Extraction): Set<number> {
  const headline = headlineOf(ex.sentences);
  return new Set(ex.facts.flatMap((f) => (f.kind === "number" && f.span.sentence === headline?.index && !f.items ? [f.value] : [])));
}

/** Place entities named in the headline (a first line with no closing punctuation) or a dateline ("ASHFORD CREEK, Oregon —"). */
function settingOf(ex: Extraction, entities: readonly EntityFact[]): Set<string> {
  const headline = headlineOf(ex.sentences);
  const setting = new Set<string>();
  for (const e of entities) {
    if (e.kind !== "place") continue;
    const inHeadline = headline && e.mentions.some((m) => m.sentence === headline.index);
    const inDateline = e.mentions.some((m) => /^\p{Lu}[\p{Lu} .'’-]+$/u.test(ex.text.slice(m.start, m.end)) && (m.start === 0 || /[\n\r]/.test(ex.text[m.start - 1]!)));
    if (inHeadline || inDateline) setting.add(e.id);
  }
  return setting;
}

/** The cited span: whole sentences, from the first to the last given. */
export function sourceSpan(ex: Extraction, from: number, to = from): SourceSpan {
  const a = ex.sentences[from]!;
  const b = ex.sentences[Math.max(from, to)]!;
  return { sentence: from, start: a.start, end: b.end, text: ex.text.slice(a.start, b.end) };
}

/** An explanation that quotes the sentence the answer comes from. */
export function explanation(ex: Extraction, from: number, to = from, lead = "The article says"): string {
  const quoted = sourceSpan(ex, from, to).text;
  return `${lead}: “${quoted.length > 900 ? `${quoted.slice(0, 900)}…` : quoted}”`;
}

/** Picks up to n items in a seeded order. */
export function pick<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return Number.isFinite(n) ? pool.slice(0, n) : pool;
}

export function difficultyOf(base: number, sentenceWords: number): Difficulty {
  const score = base + (sentenceWords > 30 ? 0.15 : sentenceWords > 20 ? 0.05 : 0);
  return score < 0.4 ? "easy" : score < 0.65 ? "medium" : "hard";
}

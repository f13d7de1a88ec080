// The facts an article states, each pinned to the sentence and characters it
// came from. Questions are built from facts, never from raw text, so every
// question can say where its answer is written.

export interface Span {
  /** Index into splitSentences(article). */
  sentence: number;
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
}

interface FactBase {
  id: string;
  /** The words in the article this fact was read from. */
  text: string;
  span: Span;
}

/** A place, organisation, person or named thing, with every span that names it. */
export interface EntityFact extends FactBase {
  kind: "person" | "organisation" | "place" | "event";
  name: string;
  /** Other forms the article uses: a surname, an acronym, "the Vitebsk region" for "Vitebsk". */
  aliases: string[];
  mentions: Span[];
  /** person: a role or title the article gives ("head of the Unified Staff of the CSTO"). */
  role?: string;
  roleSpan?: Span;
  /** person: a title written before the name ("General"). */
  title?: string;
  /** place: the place that contains it, from the text or the gazetteer. */
  within?: string;
  /** place: what kind of place the text calls it ("region", "country"), used for "which region?". */
  placeNoun?: string;
  /** event: written in quotation marks ('Interaction-2025'). */
  quoted?: boolean;
}

export interface AcronymFact extends FactBase {
  kind: "acronym";
  acronym: string;
  expansion: string;
  /** False when the expansion's initials do not spell the acronym: worth a teacher's look. */
  initialsMatch: boolean;
}

export interface DateFact extends FactBase {
  kind: "date";
  /** A word before the date that changes its meaning: "until", "since", "by". */
  relation?: string;
  qualifier?: "early" | "mid" | "late";
  year?: number;
  month?: number;
  day?: number;
}

export interface NumberFact extends FactBase {
  kind: "number";
  value: number;
  /** What is counted or measured: "residents", "million euros", "percent". */
  unit: string;
  /** The multiplier a scale word adds: "4.5 million euros" is value 4.5, scale 1,000,000. */
  scale?: number;
  /** Counted from a list in the text ("the ‘Losvido’ and ‘Lepelets’ gunfire ranges"), not written as a number. */
  items?: string[];
}

export interface QuoteFact extends FactBase {
  kind: "quote";
  quote: string;
  /** The entity id of the speaker when the speaker is a named person or organisation. */
  speakerId?: string;
  /** How the text names the speaker ("a senior NATO spokesperson"). */
  speaker?: string;
  /** No speech verb in its own sentence: the speaker carries over from the quote before. */
  continuation: boolean;
}

export interface ReasonFact extends FactBase {
  kind: "reason";
  relation: "purpose" | "cause";
  /** The words that mark it: "to avoid", "designated for", "because of". */
  marker: string;
  /** What is done or happens. */
  head: string;
  /** Why: the purpose or cause clause, marker included. */
  reason: string;
}

export type Fact = EntityFact | AcronymFact | DateFact | NumberFact | QuoteFact | ReasonFact;
export type FactKind = Fact["kind"];

// Article text → facts. Pure and deterministic: the same text gives the same
// facts with the same ids.

import { findDates } from "./dates";
import { buildEntities } from "./entities";
import type { Fact } from "./facts";
import { findNames } from "./names";
import { findNumbers } from "./numbers";
import { findQuotes } from "./quotes";
import { findReasons } from "./reasons";
import { type Sentence, splitSentences } from "./sentences";
import { findQuoted } from "./tokens";

export interface Extraction {
  text: string;
  sentences: Sentence[];
  facts: Fact[];
}

/** Words the article writes in lowercase somewhere: a capital on them only opens a sentence. */
export function lowercaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}’'-])\p{Ll}[\p{Ll}]*(?![\p{L}’'-])/gu) ?? []);
}

/**
 * Acronyms the article defines with lowercase words ("the total allowable catch (TAC)"):
 * a term, not an organisation, so no question asks "which organisation" for it.
 */
export function termAcronyms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const m of text.matchAll(/((?:\p{Ll}[\p{Ll}-]*\s+){1,6})\(\s*(\p{Lu}{2,8})\s*\)/gu)) {
    const initials = m[1]!.trim().split(/[\s-]+/).map((w) => w[0]!.toUpperCase()).join("");
    if (initials.endsWith(m[2]!)) terms.add(m[2]!);
  }
  return terms;
}

export function extractFacts(text: string): Extraction {
  const sentences = splitSentences(text);
  const quoted = findQuoted(text);
  const names = findNames({ text, lowercaseWords: lowercaseWords(text), terms: termAcronyms(text) }, sentences, quoted);
  const { entities, acronyms } = buildEntities(text, sentences, names);
  const ids = new Map<string, number>();
  const idFor = (kind: string) => {
    const next = (ids.get(kind) ?? 0) + 1;
    ids.set(kind, next);
    return `${kind}-${next}`;
  };
  // Speakers are resolved against entity ids, so entities get theirs first.
  for (const e of entities) e.id = idFor(e.kind);
  const dates = findDates(text, sentences);
  const facts: Fact[] = [
    ...entities,
    ...acronyms,
    ...dates,
    ...findNumbers(text, sentences, dates, names),
    ...findQuotes(text, sentences, quoted, entities),
    ...findReasons(sentences),
  ];
  for (const f of facts) if (!f.id) f.id = idFor(f.kind);
  return { text, sentences, facts };
}

// Answers that name several things ("Losvido and Lepelets"): the items may
// come in any order and with any separator; each one found earns its share,
// each wrong extra takes one share away, and the total never goes below 0.

import { type ItemMatch, type MatchContext, matchItem } from "./match";

// A comma between digits is a thousands separator ("480,000 tonnes"); a slash before a time unit is "per" ("km/s", "km/h").
const SEPARATORS = /\s*(?:(?<!\d),|,(?!\d{3}(?!\d))|[;&+]|\/(?!(?:s|sec|h|hr|min)\b)|\band\b|\bor\b|\bas well as\b|\s[-–—]\s|[–—])\s*/iu;

export function splitItems(text: string): string[] {
  // A route names its two ends: "from Santiago to Hong Kong".
  const route = text.match(/^\s*from\s+(.+?)\s+to\s+(.+?)\s*$/i);
  const parts = route ? [route[1]!, route[2]!] : text.split(SEPARATORS);
  return parts.map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const COUNT = /\b(two|three|four|five|six|seven|eight|nine|ten|both|several|all|each|[2-9])\b/i;
const STOP = /^(is|are|was|were|did|do|does|has|have|had|will|would|can|could|should|may|might|must|the|a|an|of|in|on|at|to|by)$/;

/**
 * Whether a key with separators is a list of things to find, not one name
 * that happens to contain "and" ("Bosnia and Herzegovina"): the question
 * counts ("which two…"), asks in the plural ("which places…"), joins what it
 * asks for with "and" ("Name his husband and son"), or the items are common nouns.
 */
export function asksForSeveral(prompt: string, items: readonly string[]): boolean {
  if (items.length < 2) return false;
  if (COUNT.test(prompt) || /\band\b/i.test(prompt)) return true;
  if (items.every((item) => /^\p{Ll}/u.test(item))) return true;
  const words = prompt.toLowerCase().replace(/[^\p{L}\s]/gu, " ").split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (!/^(which|what|name|list|between)$/.test(words[i]!)) continue;
    for (const w of words.slice(i + 1, i + 4)) {
      if (STOP.test(w)) break;
      if (w.length > 3 && /s$/.test(w) && !/(ss|us|is|ys)$/.test(w)) return true;
    }
  }
  return false;
}

/** The plural noun the question counts in ("Which two gunfire ranges…" -> "ranges"), for the rule; "items" when it names none. */
export function itemNoun(prompt: string): string {
  const words = prompt.toLowerCase().replace(/[^\p{L}\s]/gu, " ").split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (!COUNT.test(words[i]!) && !/^(which|what)$/.test(words[i]!)) continue;
    for (const w of words.slice(i + 1, i + 4)) {
      if (STOP.test(w)) break;
      if (w.length > 3 && /s$/.test(w) && !/(ss|us|is|ys)$/.test(w)) return w;
    }
  }
  return "items";
}

export interface ListScore {
  credit: number;
  found: number;
  extras: number;
  items: number;
  /** Why the first item that matched nothing was wrong. */
  firstMiss?: ItemMatch;
}

/**
 * Pairs typed items with key items, exact matches first ("York, New York"
 * finds both), then looser ones; a typed item that pairs with nothing is a
 * wrong extra. An answer with far more items than the key cannot earn credit,
 * and is not compared item by item.
 */
export function scoreList(givenItems: readonly string[], keyItems: readonly string[], ctx: MatchContext): ListScore {
  const items = keyItems.length;
  if (givenItems.length > 2 * items + 5) return { credit: 0, found: 0, extras: givenItems.length, items };
  const matches = givenItems.map((item) => keyItems.map((key) => matchItem(item, key, ctx)));
  const pairedKey = new Set<number>();
  const pairedGiven = new Set<number>();
  const exact = (m: ItemMatch) => m.ok && (m.how === "same" || m.how === "restated");
  for (const accept of [exact, (m: ItemMatch) => m.ok]) {
    matches.forEach((row, g) => {
      if (pairedGiven.has(g)) return;
      const k = row.findIndex((m, i) => !pairedKey.has(i) && accept(m));
      if (k < 0) return;
      pairedKey.add(k);
      pairedGiven.add(g);
    });
  }
  const extras = givenItems.length - pairedGiven.size;
  const firstMiss = matches.find((_, g) => !pairedGiven.has(g))?.find((m) => !m.ok);
  return { credit: Math.max(0, (pairedKey.size - extras) / items), found: pairedKey.size, extras, items, ...(firstMiss ? { firstMiss } : {}) };
}

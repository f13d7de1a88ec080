// Answers that name several things ("Losvido and Lepelets"): the items may
// come in any order and with any separator; each one found earns its share,
// each wrong extra takes one share away, and the total never goes below 0.

import { type ItemMatch, type MatchContext, matchItem } from "./match";

const SEPARATORS = /\s*(?:[,;/&+]|\band\b|\bor\b|\bas well as\b|\s[-–—]\s|[–—])\s*/i;

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

export interface ListScore {
  credit: number;
  found: number;
  extras: number;
  items: number;
  /** Why the first item that matched nothing was wrong. */
  firstMiss?: ItemMatch;
}

/** Pairs each typed item with a key item not yet found; what pairs with none is a wrong extra. */
export function scoreList(givenItems: readonly string[], keyItems: readonly string[], ctx: MatchContext): ListScore {
  const found = new Set<number>();
  let extras = 0;
  let firstMiss: ItemMatch | undefined;
  for (const item of givenItems) {
    let hit = -1;
    let miss: ItemMatch | undefined;
    for (let k = 0; k < keyItems.length && hit < 0; k++) {
      if (found.has(k)) continue;
      const m = matchItem(item, keyItems[k]!, ctx);
      if (m.ok) hit = k;
      else miss ??= m;
    }
    if (hit >= 0) found.add(hit);
    else {
      extras++;
      firstMiss ??= miss;
    }
  }
  const credit = Math.max(0, (found.size - extras) / keyItems.length);
  return { credit, found: found.size, extras, items: keyItems.length, ...(firstMiss ? { firstMiss } : {}) };
}

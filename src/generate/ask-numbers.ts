// Numeric questions from counts and quantities ("how many residents …?"),
// and list questions from the names a count was read from.

import { draft, shortAnswerBody } from "./build";
import type { Context, Draft } from "./context";
import type { NumberFact } from "./facts";
import { inSpeech, questionInPlace } from "./prompts";

const whFor = (n: NumberFact) => (n.unit === "percent" ? "what percentage" : `how many ${n.unit}`);

const singular = (unit: string) => (/s$/.test(unit) && !/ss$/.test(unit) ? unit.slice(0, -1) : unit);

export function numberQuestions(ctx: Context): Draft[] {
  const out: Draft[] = [];
  for (const n of ctx.of("number")) {
    if (inSpeech(ctx, n.span.start, n.span.end)) continue;
    const sentence = ctx.ex.sentences[n.span.sentence]!;
    const the = /\b(?:the|all|some|those|these)\s+$/i.exec(ctx.ex.text.slice(sentence.start, n.span.start));
    const start = n.span.start - (the?.[0].length ?? 0);
    const prompt = questionInPlace(ctx, sentence, start, n.span.end, whFor(n));
    if (!prompt) continue;
    const units = n.unit === "percent" ? ["percent", "%", "per cent"] : [...new Set([n.unit, singular(n.unit), ...(n.scale ? [n.unit.split(" ")[0]!] : [])])];
    // "how many million dollars?" asks for 2.3, the number as the article writes it.
    const answers = [{ value: n.value, weight: 1 }];
    out.push(draft(ctx, { kind: "numeric", prompt, answers, units }, { facts: [n.id], topic: `${n.id}`, hardness: 0.45, from: sentence.index }));
    if (n.items && n.items.length <= 3) {
      const listPrompt = questionInPlace(ctx, sentence, start, n.span.end, `which ${n.items.length === 2 ? "two" : "three"} ${n.unit}`);
      if (listPrompt) out.push(draft(ctx, shortAnswerBody(listPrompt, listForms(n.items)), { facts: [n.id], topic: `list:${n.id}`, hardness: 0.6, from: sentence.index }));
    }
  }
  return out;
}

/** Every order of a short list, joined the ways people write lists. */
export function listForms(items: readonly string[]): string[] {
  const orders = items.length === 2 ? [items, [items[1]!, items[0]!]] : permutations(items);
  return orders.flatMap((o) => [`${o.slice(0, -1).join(", ")} and ${o[o.length - 1]}`, o.join(", ")]);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

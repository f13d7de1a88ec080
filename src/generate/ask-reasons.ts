// "Why" questions: the purpose or cause the article gives for something.
// Typed first: "Explain why the council closed the lido, according to the
// article." keeps the article's own word order (no inversion to get wrong),
// and the scorer reads the student's reason by its concepts. With enough other
// reasons in the article, also a multiple choice among them.

import { MIN_DISTRACTORS, draft, multipleChoiceBody, shortAnswerBody } from "./build";
import type { Context, Draft } from "./context";
import { pick } from "./context";
import type { ReasonFact } from "./facts";
import { inSpeech, lowerFirst, resolvePronoun } from "./prompts";

/** Words a reason needs beyond its marker to say something: "because of it" says nothing. */
const CONTENT = /\p{L}{4,}/gu;

/** The clause a why-question asks about, standing on its own, or undefined. */
function askedClause(ctx: Context, r: ReasonFact): string | undefined {
  const sentence = ctx.ex.sentences[r.span.sentence]!;
  const head = resolvePronoun(ctx, sentence, r.head.replace(/[,;:]$/, "").trim());
  if (!head || /^(?:he|she|it|they|this|that|these|those|there|which|who)\b/i.test(head)) return undefined;
  // "Solar panels on the roof are [intended to …]": a frame around the reason, not a clause of its own.
  if (/\b(?:is|are|was|were|be|been|being|will|would|has|have|had|not)$/i.test(head)) return undefined;
  // A head that is only a frame ("It was done", "The move came") leaves nothing to explain.
  if ((head.match(CONTENT) ?? []).length < 3) return undefined;
  return lowerFirst(ctx, sentence, head);
}

export function reasonQuestions(ctx: Context): Draft[] {
  const reasons = ctx.of("reason").filter((r) => !inSpeech(ctx, r.span.start, r.span.end));
  const out: Draft[] = [];
  for (const r of reasons) {
    const clause = askedClause(ctx, r);
    const because = r.reason.slice(r.marker.length);
    if (!clause || (because.match(CONTENT) ?? []).length < 2) continue;
    const meta = { facts: [r.id], topic: `reason:${r.id}`, hardness: 0.6, from: r.span.sentence };
    out.push(draft(ctx, shortAnswerBody(`Explain why ${clause}, according to the article.`, [r.reason]), meta));
    const others = reasons.filter((o) => o.span.sentence !== r.span.sentence && o.reason.toLowerCase() !== r.reason.toLowerCase());
    if (others.length < MIN_DISTRACTORS) continue;
    const wrong = pick(others, MIN_DISTRACTORS, ctx.random(`reasons:${r.id}`)).map((o) => o.reason);
    const mc = draft(ctx, multipleChoiceBody(ctx, `The article explains why ${clause}. Which reason does it give?`, r.reason, wrong), { ...meta, hardness: 0.5 });
    if (mc.question.kind === "multiple_choice" && mc.question.options.length >= MIN_DISTRACTORS + 1) out.push(mc);
  }
  return out;
}

// "Why" questions: the purpose or cause the article gives for something.
// Typed first: "Explain why the council closed the lido, according to the
// article." keeps the article's own word order (no inversion to get wrong),
// and the scorer reads the student's reason by its concepts. With enough other
// reasons in the article, also a multiple choice among them.

import { MIN_DISTRACTORS, draft, multipleChoiceBody, shortAnswerBody } from "./build";
import type { Context, Draft } from "./context";
import { pick } from "./context";
import type { ReasonFact } from "./facts";
import { inSpeech, lowerFirst, resolvePronoun, usable } from "./prompts";

/** Longer than this, the clause asked about is the whole story of a sentence, not one thing to explain. */
const MOST_HEAD_WORDS = 24;

/** Words a reason needs beyond its marker to say something: "because of it" says nothing. */
const CONTENT = /\p{L}{4,}/gu;

/** The clause a why-question asks about, standing on its own, or undefined. */
function askedClause(ctx: Context, r: ReasonFact): string | undefined {
  const sentence = ctx.ex.sentences[r.span.sentence]!;
  // A headline's "to cut 300 jobs" is the story's news, not a reason the article gives.
  if (!usable(ctx, sentence)) return undefined;
  // "Mr. Dalsgaard explained that the Commission chose a smaller cut [in order to …]": the reason is the Commission's.
  // "Scored" and "added a goal" are not speech: only "said" stands without "that".
  const reported = /^.{0,80}?\b(?:(?:said|says)\s+(?:that\s+)?|(?:explained|explains|stressed|noted|added|argued|insisted|confirmed|announced|reported|estimated|warned|believes|believed|told(?:\s+\S+){1,3}?)\s+that\s+)(.+)$/.exec(r.head);
  // "She said she had missed …" keeps its speaker: the reported clause alone would not say who.
  const clause = reported && !/^(?:he|she|it|they|we|i|you|this|that|there)\b/i.test(reported[1]!) ? reported[1]! : r.head;
  // "According to the report, the outbreak happened": the source is not part of what is explained.
  const bare = clause.replace(/^according to [^,]{1,60},\s*/i, "").replace(/^[\s,;:–—-]+/, "").replace(/[,;:]$/, "").trim();
  // "When the pandemic arrived, design work was halted": a clause led by a time or condition is not one to ask "why" of.
  if (/^(?:when|while|after|before|if|although|though|as|since|because|despite|following|during|once|until|unless)\b/i.test(bare) || bare.split(/\s+/).length > MOST_HEAD_WORDS) return undefined;
  const head = resolvePronoun(ctx, sentence, bare);
  if (!head || /^(?:he|she|it|they|this|that|these|those|there|which|who)\b/i.test(head)) return undefined;
  // "Solar panels on the roof are [intended to …]": a frame around the reason, not a clause of its own.
  if (/\b(?:is|are|was|were|be|been|being|will|would|has|have|had|not)$/i.test(head)) return undefined;
  // A head that is only a frame ("It was done", "The move came") leaves nothing to explain.
  if ((head.match(CONTENT) ?? []).length < 3) return undefined;
  // "The Republic of Kazakhstan …" after a dateline: a capital article does not open the question's clause.
  return lowerFirst(ctx, sentence, head).replace(/^(?:The|A|An)\s/, (w) => w.toLowerCase());
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

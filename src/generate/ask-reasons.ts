// "Why" questions: which purpose or cause the article gives for something,
// with the article's other reasons as the wrong options.

import { MIN_DISTRACTORS, draft, multipleChoiceBody } from "./build";
import type { Context, Draft } from "./context";
import { pick } from "./context";
import { inSpeech } from "./prompts";

export function reasonQuestions(ctx: Context): Draft[] {
  const reasons = ctx.of("reason").filter((r) => !inSpeech(ctx, r.span.start, r.span.end));
  if (reasons.length < MIN_DISTRACTORS + 1) return [];
  return reasons.map((r) => {
    const others = reasons.filter((o) => o.span.sentence !== r.span.sentence && o.reason.toLowerCase() !== r.reason.toLowerCase());
    const wrong = pick(others, MIN_DISTRACTORS, ctx.random(`reasons:${r.id}`)).map((o) => o.reason);
    const ask = r.relation === "purpose" ? "For what purpose" : "Why";
    const prompt = `${ask}, according to the article? “${r.head.replace(/[,;:]$/, "")} …”`;
    return draft(ctx, multipleChoiceBody(ctx, prompt, r.reason, wrong), { facts: [r.id], topic: `reason:${r.id}`, hardness: 0.5, from: r.span.sentence });
  }).filter((d) => d.question.kind === "multiple_choice" && d.question.options.length >= MIN_DISTRACTORS + 1);
}

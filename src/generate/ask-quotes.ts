// Quote attribution: "Who said ‘…’?", as multiple choice among the article's
// people when there are enough of them, otherwise typed.

import { entityForms } from "./answers";
import { MIN_DISTRACTORS, draft, multipleChoiceBody, shortAnswerBody } from "./build";
import type { Context, Draft } from "./context";
import { entityDistractors } from "./distractors";
import { containsWords } from "./fold";
import type { EntityFact } from "./facts";
import { sentenceAt } from "./sentences";

const MAX_WORDS = 24;

/** The quote as a stem shows it: its first sentence or first words, without a trailing comma. */
export function excerpt(quote: string): string {
  const firstSentence = /^.+?[.!?](?=\s|$)/.exec(quote)?.[0] ?? quote;
  const words = firstSentence.split(/\s+/);
  const cut = words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(" ").replace(/[,;:]$/, "")} …` : firstSentence;
  return cut.replace(/[,;:]$/, "");
}

export function quoteQuestions(ctx: Context): Draft[] {
  const out: Draft[] = [];
  for (const q of ctx.of("quote")) {
    const speaker = q.speakerId ? (ctx.byId(q.speakerId) as EntityFact | undefined) : undefined;
    if (!speaker || speaker.name !== q.speaker) continue; // a described speaker ("a senior NATO spokesperson") has no name to give
    const shown = excerpt(q.quote);
    const forms = entityForms(speaker, ctx.entities);
    if (forms.some((f) => shown.toLowerCase().includes(f.toLowerCase()))) continue;
    // The cited span runs from where the speaker was last named ("she said" names nobody) to the end of the quote.
    const to = sentenceAt(ctx.ex.sentences, q.span.end - 1)?.index ?? q.span.sentence;
    const named = speaker.mentions.filter((m) => m.sentence <= to).pop();
    const from = named ? Math.min(named.sentence, q.span.sentence) : q.span.sentence;
    const prompt = `Who said this, according to the article? “${shown}”`;
    const meta = { facts: [q.id, speaker.id], topic: `quote:${q.id}`, hardness: 0.5, from, to: Math.max(from, to), keyForms: forms };
    const sentence = ctx.ex.sentences[q.span.sentence]!;
    // Wrong options are others who speak in the article first (a school or a fund issues no statements), then people.
    const speakers = ctx.of("quote").map((o) => o.speakerId && ctx.byId(o.speakerId)).filter((e): e is EntityFact => !!e && e.id !== speaker.id);
    const wrong = [...new Set([...speakers.map((e) => e.name), ...entityDistractors(ctx, speaker, sentence, 6)])]
      .filter((w) => !containsWords(sentence.text, w) && ctx.entities.some((e) => e.name === w && (e.kind === "person" || (speaker.kind === "organisation" && speakers.includes(e)))))
      .slice(0, 3);
    if (wrong.length >= MIN_DISTRACTORS) out.push(draft(ctx, multipleChoiceBody(ctx, prompt, speaker.name, wrong), { ...meta, hardness: 0.3 }));
    else out.push(draft(ctx, shortAnswerBody(prompt, forms), meta));
  }
  return out;
}

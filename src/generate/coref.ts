// Who "he" or "she" is. News copy keeps its main character as the default
// referent and switches only when another person has just been the subject,
// so the rule is: a person named earlier in the same sentence, else a person
// who opens the sentence before, else the person the article names most.

import type { EntityFact } from "./facts";
import type { Sentence } from "./sentences";
import { sentenceAt } from "./sentences";

/** How many sentences back a subject is looked for before the main character is assumed. */
const LOOK_BACK = 4;

export function personReferredTo(sentences: readonly Sentence[], entities: readonly EntityFact[], offset: number): EntityFact | undefined {
  const people = entities.filter((e) => e.kind === "person");
  if (!people.length) return undefined;
  const here = sentenceAt(sentences, offset);
  if (!here) return undefined;
  const mentionsIn = (s: Sentence, until: number) =>
    people.flatMap((p) => p.mentions.filter((m) => m.start >= s.start && m.start < until).map((m) => ({ p, at: m.start })));
  const sameSentence = mentionsIn(here, offset).sort((a, b) => b.at - a.at)[0];
  if (sameSentence) return sameSentence.p;
  for (let i = here.index - 1; i >= Math.max(0, here.index - LOOK_BACK); i--) {
    const s = sentences[i]!;
    // The subject opens the sentence, perhaps after a title or a preposition: "Orlov, it turns out, …", "For Muñoz, …", "Dr. Zhang …".
    const opening = mentionsIn(s, s.end).find((m) => /^[‘“"']?(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u.test(s.text.slice(0, m.at - s.start)));
    if (opening) return opening.p;
  }
  return [...people].sort((a, b) => b.mentions.length - a.mentions.length || a.span.start - b.span.start)[0];
}

// Quotes and who said them: "‘…,’ Serdykov stated", "said Maria Ivanova, a …",
// "Okafor said: “…”", "he added", and a quote with no speech verb of its own
// that continues the speaker before it.

import type { EntityFact, QuoteFact } from "./facts";
import { personReferredTo } from "./coref";
import { SPEECH_VERBS } from "./lexicon";
import { type Sentence, sentenceAt } from "./sentences";
import { type Quoted, isSpeech } from "./tokens";

const VERB = `(?:${[...SPEECH_VERBS].filter((v) => v !== "according").join("|")})`;
const VERB_THEN_SPEAKER = new RegExp(`^[,.!?]?\\s*${VERB}\\s+((?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Col|Lt|Capt|St)\\.\\s|[^,.;“”"‘]|\\.(?=\\S))+?)(?=\\s*(?:[,;]|\\.(?:\\s|$)|$|\\s+(?:in|during|at|on|to|after|before|when|while)\\s))`);
// "…," Senator Halima Danjuma, who sponsored the bill, told reporters: an appositive may sit between name and verb.
const SPEAKER_THEN_VERB = new RegExp(`^[,.!?]?\\s*([^,;“”"‘]{1,60}?)(?:,([^;“”"‘]{1,100}?),)?\\s+${VERB}\\b`);
const SPEAKER_BEFORE = new RegExp(`([^,;.“”"’]{1,60}?)\\s+${VERB}(?:\\s+\\w+){0,3}\\s*[,:]?\\s*$`);
// The speaker phrase is within 60 characters of the verb: the regular expression, anchored at the end, reads only
// this much of the text before a quote (over a whole long sentence it tried every start, most of a generation's time).
const SPEAKER_REACH = 300;
const ACCORDING_TO = /\baccording to\s+([^,;]+)/i;
const PRONOUN = /^(?:he|she)$/i;
/** "they said": a group speaks, not one person; such a quote gets no speaker. */
const GROUP = /^(?:they|we)$/i;

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** Finds the person or organisation a phrase names ("General Serdykov" → Andrei Serdykov), longest name form first. */
function entityFinder(entities: readonly EntityFact[]): (phrase: string) => EntityFact | undefined {
  const forms = entities
    .filter((e) => e.kind === "person" || e.kind === "organisation")
    .flatMap((e) => [e.name, ...e.aliases].map((form) => ({ e, form: form.toLowerCase() })))
    .sort((a, b) => b.form.length - a.form.length);
  return (phrase) => {
    const words = phrase.toLowerCase();
    return forms.find(({ form }) => {
      for (let at = words.indexOf(form); at >= 0; at = words.indexOf(form, at + 1)) {
        if (!isLetter(words[at - 1]) && !isLetter(words[at + form.length])) return true;
      }
      return false;
    })?.e;
  };
}

export function findQuotes(text: string, sentences: readonly Sentence[], quoted: readonly Quoted[], entities: readonly EntityFact[]): QuoteFact[] {
  const facts: QuoteFact[] = [];
  const entityIn = entityFinder(entities);
  for (const q of quoted.filter(isSpeech)) {
    const first = sentenceAt(sentences, q.start);
    const last = sentenceAt(sentences, Math.max(q.start, q.end - 1));
    if (!first || !last) continue;
    const after = text.slice(q.close + 1, last.end);
    const before = text.slice(first.start, q.open);
    const thenVerb = VERB_THEN_SPEAKER.exec(after) ? null : SPEAKER_THEN_VERB.exec(after);
    const phrase =
      VERB_THEN_SPEAKER.exec(after)?.[1] ?? thenVerb?.[1] ?? SPEAKER_BEFORE.exec(before.slice(-SPEAKER_REACH))?.[1] ?? ACCORDING_TO.exec(before)?.[1];
    // "Kilbride's coach, Declan Shortt, said": the phrase describes, the appositive names. A person
    // named there speaks, not the club the description mentions.
    const named = thenVerb?.[2] ? entityIn(thenVerb[2]) : undefined;
    const fact: QuoteFact = {
      id: "",
      kind: "quote",
      text: text.slice(q.open, Math.min(text.length, q.close + 1)),
      span: { sentence: first.index, start: q.open, end: Math.min(text.length, q.close + 1) },
      quote: q.text,
      continuation: false,
    };
    const speaker = phrase?.trim();
    if (speaker && GROUP.test(speaker)) {
      // no speaker to name
    } else if (speaker) {
      const pronoun = PRONOUN.test(speaker);
      const inPhrase = entityIn(speaker);
      const entity = pronoun ? personReferredTo(sentences, entities, q.open, true, speaker) : named?.kind === "person" && inPhrase?.kind !== "person" ? named : inPhrase;
      if (entity) fact.speakerId = entity.id;
      if (pronoun && !entity) {
        facts.push(fact); // "she said" with no one it can safely mean: the quote stays, unattributed
        continue;
      }
      // "a senior NATO spokesperson" stays as written: the organisation did not speak, its spokesperson did.
      const described = /^(?:the|a|an)\s/i.test(speaker);
      fact.speaker = entity && !described ? entity.name : speaker.replace(/^(?:the|a|an)\s+/i, (m) => m.toLowerCase());
    } else {
      // No speech verb: a quote right after another one, within a sentence or two and with nobody else
      // named in between, continues it.
      const previous = facts[facts.length - 1];
      const previousEnd = previous ? (sentenceAt(sentences, previous.span.end - 1)?.end ?? previous.span.end) : 0;
      const between = text.slice(previousEnd, q.open);
      const someoneElse = entities.some((e) => e.kind === "person" && e.id !== previous?.speakerId && e.mentions.some((m) => m.start >= previousEnd && m.start < q.open));
      const reporter = reportedSpeaker(text, sentences, entities, first);
      if (previous?.speaker && !someoneElse && between.length < 400 && first.index - (sentenceAt(sentences, previous.span.end - 1)?.index ?? -9) <= 2) {
        fact.speaker = previous.speaker;
        if (previous.speakerId) fact.speakerId = previous.speakerId;
        fact.continuation = true;
      } else if (reporter) {
        fact.speaker = reporter.name;
        fact.speakerId = reporter.id;
      }
    }
    facts.push(fact);
  }
  return facts;
}

/**
 * "X, who met the flight, said the link would help. “Ghanaian companies …”":
 * a quote with no verb of its own, opening right after a sentence (or the
 * words before it) in which one person, and only one, is reported speaking.
 */
function reportedSpeaker(text: string, sentences: readonly Sentence[], entities: readonly EntityFact[], first: Sentence): EntityFact | undefined {
  const before = sentences[first.index - 1];
  if (!before || /[\n\r]\s*[\n\r]/.test(text.slice(before.end, first.start))) return undefined;
  const people = entities.filter((e) => e.kind === "person" && e.mentions.some((m) => m.start >= before.start && m.start < before.end));
  if (people.length !== 1) return undefined;
  const named = people[0]!.mentions.find((m) => m.start >= before.start && m.start < before.end)!;
  return new RegExp(`\\b${VERB}\\b`).test(text.slice(named.end, before.end)) ? people[0] : undefined;
}

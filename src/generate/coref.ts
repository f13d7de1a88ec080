// Who "he" or "she" is. News copy keeps its main character as the default
// referent and switches only when another person has just been the subject,
// so the rule is: a person named earlier in the same sentence, else a person
// who opens the sentence before, else the person the article names most.

import type { EntityFact } from "./facts";
import { COMMON_WORDS, FEMININE_NOUNS, MASCULINE_NOUNS } from "./lexicon";
import type { Sentence } from "./sentences";
import { sentenceAt } from "./sentences";

/** How many sentences back a speaker is looked for before the main character is assumed. */
const LOOK_BACK = 4;

const SPEECH_LATER = /\b(?:said|says|told|added|explained)\b/;
const SPEECH_AFTER_NAME = /^\s*(?:said|says|told|added|explained|noted|recalled|wrote|argued|insisted)\b/;

const TITLE_GENDER: Record<string, "he" | "she"> = { mr: "he", sir: "he", lord: "he", mrs: "she", ms: "she", miss: "she", dame: "she", lady: "she" };

/** "he" or "she" when a word is one of theirs. */
function pronounOf(word: string | undefined): "he" | "she" | undefined {
  const w = word?.trim().toLowerCase();
  return w === "he" || w === "him" || w === "his" ? "he" : w === "she" || w === "her" ? "she" : undefined;
}

/** "he" or "she" when the text at `offset` is one. */
function pronounAt(sentences: readonly Sentence[], offset: number): "he" | "she" | undefined {
  const s = sentenceAt(sentences, offset);
  return pronounOf(s ? /^\p{L}+/u.exec(s.text.slice(offset - s.start))?.[0] : undefined);
}

const genders = new WeakMap<EntityFact, "he" | "she" | undefined>();

/**
 * What the article says a person is: a title (Mr, Mrs), a noun beside the
 * name ("Dr Mair Pryce, his sister", "her son Tom"), or the pronoun that
 * follows the name in a sentence naming nobody else. Undefined when it says
 * nothing or both.
 */
export function genderOf(person: EntityFact, sentences: readonly Sentence[]): "he" | "she" | undefined {
  if (genders.has(person)) return genders.get(person);
  let he = 0;
  let she = 0;
  const title = person.title?.toLowerCase().replace(/\.$/, "");
  if (title && TITLE_GENDER[title]) (TITLE_GENDER[title] === "he" ? he++ : she++);
  for (const m of person.mentions) {
    const s = sentenceAt(sentences, m.start);
    if (!s) continue;
    const after = s.text.slice(m.end - s.start);
    const before = s.text.slice(0, m.start - s.start);
    const noun = /^,\s+(?:(?:his|her|their|the|a|an)\s+)?(?:\p{L}+\s+)?(\p{L}[\p{L}-]*)/u.exec(after)?.[1] ?? /\b(?:his|her|their)\s+(\p{L}[\p{L}-]*),?\s*$/iu.exec(before)?.[1];
    if (noun && FEMININE_NOUNS.has(noun.toLowerCase())) she += 2;
    if (noun && MASCULINE_NOUNS.has(noun.toLowerCase())) he += 2;
    // Only a subject pronoun points back at the name: "who appeared alongside her" is someone else.
    const rest = after.toLowerCase();
    if (/\bhe\b/.test(rest) && !/\bshe\b/.test(rest)) he++;
    if (/\bshe\b/.test(rest) && !/\bhe\b/.test(rest)) she++;
  }
  const gender = he > she ? "he" : she > he ? "she" : undefined;
  genders.set(person, gender);
  return gender;
}

/**
 * Who "he" or "she" at `offset` is. For a quote's "she said" (forSpeech) the
 * nearest person who opens a recent sentence is taken, looking a few
 * sentences back. In narrative a wrong guess would put a false fact in a
 * question, so only confident cases resolve: a person named earlier in the
 * same sentence, the only person in the sentence before who opens it without
 * merely reporting speech, or the article's main character when nobody else
 * was named just before.
 */
export function personReferredTo(sentences: readonly Sentence[], entities: readonly EntityFact[], offset: number, forSpeech = false, said?: string): EntityFact | undefined {
  const pronoun = said ? pronounOf(said) : pronounAt(sentences, offset);
  // "he" is never a person the article calls "his sister" or "she".
  const people = entities.filter((e) => e.kind === "person" && !(pronoun && genderOf(e, sentences) === (pronoun === "he" ? "she" : "he")));
  if (!people.length) return undefined;
  const here = sentenceAt(sentences, offset);
  if (!here) return undefined;
  const mentionsIn = (s: Sentence, until: number) =>
    people.flatMap((p) => p.mentions.filter((m) => m.start >= s.start && m.start < until).map((m) => ({ p, at: m.start, end: m.end })));
  const sameSentence = mentionsIn(here, offset).sort((a, b) => b.at - a.at)[0];
  if (sameSentence) return sameSentence.p;
  const opens = (s: Sentence, m: { at: number }) => /^[‘“"']?(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u.test(s.text.slice(0, m.at - s.start));
  const main = [...people].sort((a, b) => b.mentions.length - a.mentions.length || a.span.start - b.span.start)[0]!;
  if (!forSpeech) {
    const previous = sentences[here.index - 1];
    const named = previous ? mentionsIn(previous, previous.end) : [];
    const distinct = new Set(named.map((m) => m.p));
    if (distinct.size === 1 && opens(previous!, named[0]!) && !SPEECH_AFTER_NAME.test(previous!.text.slice(named[0]!.end - previous!.start))) return named[0]!.p;
    const before = sentences[here.index - 2];
    const recent = [...named, ...(before ? mentionsIn(before, before.end) : [])];
    return recent.every((m) => m.p === main) ? main : undefined;
  }
  const seen = new Set<EntityFact>();
  for (let i = here.index - 1; i >= Math.max(0, here.index - LOOK_BACK); i--) {
    const s = sentences[i]!;
    // The subject opens the sentence, perhaps after a title or a preposition: "Orlov, it turns out, …", "For Muñoz, …", "Dr. Zhang …".
    const named = mentionsIn(s, s.end);
    const opening = named.find((m) => opens(s, m));
    if (opening) return opening.p;
    // "The managing director, Sarah Lindqvist, said …": the person a speech verb follows speaks, wherever the name stands.
    // So does the only person in a sentence that reports speech after naming them ("Analyst Thomas Karangwa, of X, said").
    const onlyOne = new Set(named.map((m) => m.p)).size === 1;
    const speaking = named.filter((m) => {
      const after = s.text.slice(m.end - s.start);
      return SPEECH_AFTER_NAME.test(after.replace(/^,/, "")) || (onlyOne && SPEECH_LATER.test(after));
    });
    if (new Set(speaking.map((m) => m.p)).size === 1) return speaking[0]!.p;
    // A sentence opened by a name the extractor does not know ("Gareth, a local baker, …") may be who speaks: no guess.
    const first = /^[‘“"']?(\p{Lu}[\p{L}’'-]+)/u.exec(s.text)?.[1];
    if (first && !COMMON_WORDS.has(first.toLowerCase()) && /^[‘“"']?\S+,/u.test(s.text)) return undefined;
    for (const m of named) seen.add(m.p);
  }
  // Only the main character was named lately: it is them.
  return seen.size === 1 && seen.has(main) ? main : undefined;
}

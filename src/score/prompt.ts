// What the question says, as the scorer needs it: the words an answer may
// repeat without saying anything new ("Vitebsk region" when asked which
// region), and the ones it may not, since they are the choices the question
// offers ("Smith or Jones?") or numbers it mentions.

import { answerWords } from "./answer-text";
import { remember } from "./memo";
import { americanSpelling } from "./words";

export interface PromptContext {
  /** Folded words of the question (singular and plural, either spelling) that an answer may repeat or leave out. */
  promptWords: ReadonlySet<string>;
  /** Numbers the question mentions ("since 2009"), which an answer's date may repeat. */
  promptNumbers: ReadonlySet<string>;
  /** Whether the question asks for an age, so "years old" only restates it. */
  asksAge: boolean;
}

const LITTLE = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "it", "was", "is", "be"]);
const CHOICE = new Set(["or", "versus", "vs", "nor"]);

/** Words on either side of "or": the choices a question offers, two content words each way. */
function choicesIn(words: readonly string[]): Set<string> {
  const choices = new Set<string>();
  words.forEach((w, i) => {
    if (!CHOICE.has(w)) return;
    for (const step of [-1, 1]) {
      let taken = 0;
      for (let j = i + step; j >= 0 && j < words.length && taken < 2; j += step) {
        if (LITTLE.has(words[j]!)) continue;
        choices.add(words[j]!);
        taken++;
      }
    }
  });
  return choices;
}

const prompts = new Map<string, PromptContext>();

export function promptContext(prompt: string): PromptContext {
  return remember(prompts, prompt, 512, () => {
    const words = answerWords(prompt);
    const choices = choicesIn(words);
    const promptWords = new Set<string>();
    const promptNumbers = new Set<string>();
    for (const w of words) {
      if (/\d/.test(w)) promptNumbers.add(w);
      if (/\d/.test(w) || choices.has(w) || CHOICE.has(w)) continue;
      for (const form of [w, w.replace(/(es|s)$/, ""), w.replace(/s$/, ""), `${w}s`]) {
        promptWords.add(form);
        promptWords.add(americanSpelling(form));
      }
    }
    return { promptWords, promptNumbers, asksAge: /\bhow old\b|\bage[ds]?\b/i.test(prompt) };
  });
}

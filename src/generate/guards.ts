// Quality guards every generated question passes before a teacher sees it in
// a draft. A question that fails one is not thrown away silently: it is
// returned among the flagged questions with the reason codes below.

import type { Question } from "../schemas/question";
import { containsWords, fold } from "./fold";

export type FlagReason =
  | "unsupported-key" // the cited sentence does not contain the answer
  | "key-in-stem" // the question gives its own answer away
  | "duplicate-options" // two options read the same
  | "too-few-options" // fewer than three wrong options
  | "near-duplicate" // asks what an earlier question asks
  | "unresolved-reference" // leans on a sentence the student is not shown ("this risk", "disputed that account")
  | "invalid"; // the quiz schema refuses it (a builder bug: reported, never served)

/** The strings the cited text must contain for the key to be supported, as alternatives per part. */
export function keyParts(q: Question): string[][] {
  switch (q.kind) {
    case "short_answer":
      return [q.answers.filter((a) => a.weight === 1).map((a) => a.text)];
    case "multiple_choice":
      return [q.options.filter((o) => o.weight > 0).map((o) => o.text)];
    case "cloze":
      return q.gaps.map((g) => (g.answers ? g.answers.map((a) => a.text) : g.options!.filter((o) => o.weight > 0).map((o) => o.text)));
    case "matching":
      return q.pairs.flatMap((p) => [[p.left], [p.right]]);
    default:
      return [];
  }
}

function optionLists(q: Question): { text: string }[][] {
  if (q.kind === "multiple_choice") return [q.options];
  if (q.kind === "cloze") return q.gaps.flatMap((g) => (g.options ? [g.options] : []));
  return [];
}

function stemOf(q: Question): string {
  if (q.kind === "cloze") return q.text.replace(/\{\{\d+\}\}/g, " ");
  return q.prompt;
}

/**
 * Reasons a single question must not go to students as it is. `keyForms` are
 * other names the article uses for the key ("Ibáñez" for "Marta Ibáñez"):
 * the cited text may support the key under any of them.
 */
export function checkQuestion(q: Question, keyForms: readonly string[] = []): FlagReason[] {
  const reasons: FlagReason[] = [];
  const source = q.source?.text ?? "";
  const supported = (alternatives: string[]) => [...alternatives, ...(alternatives.length === 1 || q.kind !== "cloze" ? keyForms : [])].some((a) => containsWords(source, a));
  if (!keyParts(q).every(supported)) reasons.push("unsupported-key");
  if (q.kind === "true_false" && !q.answer && containsWords(source, q.prompt.replace(/^True or false:\s*/, "").replace(/\.$/, ""))) reasons.push("unsupported-key");
  const keys = q.kind === "short_answer" || q.kind === "multiple_choice" || q.kind === "cloze" ? keyParts(q).flat() : [];
  if (keys.some((k) => fold(k).length >= 3 && containsWords(stemOf(q), k))) reasons.push("key-in-stem");
  if (q.kind !== "ordering" && q.kind !== "matching" && leansOnContext(stemOf(q))) reasons.push("unresolved-reference");
  for (const options of optionLists(q)) {
    const folded = options.map((o) => fold(o.text));
    if (new Set(folded).size !== folded.length) reasons.push("duplicate-options");
    if (options.length < 4) reasons.push("too-few-options");
  }
  return reasons;
}

const TIME_NOUNS = "year|week|month|season|winter|summer|spring|autumn|weekend|morning|afternoon|evening|time|decade|century|term|quarter|round|stage";
// "at these locations", "this risk", "that this was a fair summary", "disputed that account", "made that request", "shortly afterwards".
const DEMONSTRATIVE = new RegExp(`\\b(?:this|these|those)\\s+(?!(?:${TIME_NOUNS})s?\\b|(?<=those\\s+)(?:who|whose|which|that|with)\\b)\\p{Ll}|\\bthis\\s+(?:was|is|had|has|would|will|meant|means)\\b`, "iu");
const POINTING_BACK = /\b(?:made|make|makes|disputed|rejected|denied|confirmed|questioned|accepted|challenged|welcomed|repeated|echoed|dismissed|supported|opposed|criticised|criticized|praised|backed)\s+that\s+(?!(?:the|a|an|he|she|it|they|we|you|i|this|there|his|her|their|its|no|any|all|some|every|each|more|most|only|such)\b)\p{Ll}|\b(?:shortly|soon|immediately)\s+afterwards?\b/iu;

/** A stem that points at something only the sentence before says. Quoted words are the speaker's and stay as they are. */
export function leansOnContext(stem: string): boolean {
  const own = stem.replace(/[“"][^”"]*[”"]/g, " ");
  return DEMONSTRATIVE.test(own) || POINTING_BACK.test(own);
}

const wordSets = new WeakMap<Question, Set<string>>();
function wordsOf(q: Question): Set<string> {
  let words = wordSets.get(q);
  if (!words) wordSets.set(q, (words = new Set(fold(stemOf(q)).split(" "))));
  return words;
}

/** Two prompts that share nearly all their words ask the same thing. */
export function nearDuplicate(a: Question, b: Question): boolean {
  if (a.kind !== b.kind) return false;
  const x = wordsOf(a);
  const y = wordsOf(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared) >= 0.8 && JSON.stringify(keyParts(a)) === JSON.stringify(keyParts(b));
}

// Set-level rules for choosing questions (QUESTION-RUBRIC.md judges the set):
// no question may give away another's answer in what it shows, and no two may
// ask for the same answer from the same sentence. Blind set 3 found a quarter
// of returned questions repeating a fact across kinds: a short answer, then a
// gap and a true statement of the same sentence holding the same name.

import type { Question } from "../schemas/question";
import { fold } from "./fold";
import { keyParts } from "./guards";

/** What a question asks the student to produce or pick: every accepted form of its key answers. */
export function answersOf(q: Question): string[] {
  if (q.kind === "numeric") return q.answers.flatMap((a) => (a.value !== undefined ? [String(a.value)] : []));
  return keyParts(q).flat();
}

/** Folded, with thousands separators gone: "4,212" and "4212" are one answer. */
const same = (text: string) => fold(text.replace(/(\d)[,\u00a0\u202f](?=\d{3}\b)/g, "$1")).replace(NUMBER_WORD, (w) => String(NUMBER_WORDS.indexOf(w) + 1));

/** "eight larger health units" states the 8 a numeric question asks. */
const NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split(" ");
const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS.join("|")})\\b`, "g");

/** Four words or more, most of them lower case: a clause ("because the mortar was weakened"), not a name ("Nguyễn Thị Thu Hằng"). */
const isStatement = (text: string) => {
  const words = text.split(/\s+/);
  return words.length >= 4 && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
};

/** What a question shows before it is answered, as facts: its stem, a statement, both sides of a matching, the items of an ordering. */
export function shownOf(q: Question): string {
  switch (q.kind) {
    case "cloze":
      return q.text.replace(/\{\{\d+\}\}/g, " ");
    case "matching":
      return q.pairs.map((p) => `${p.left} . ${p.right}`).join(" . ");
    case "ordering":
      return `${q.prompt} . ${q.items.join(" . ")}`;
    case "multiple_choice":
      // Options that are statements ("because the mortar was weakened") show what they say; a list of names shows no fact.
      return [q.prompt, ...q.options.map((o) => o.text).filter(isStatement)].join(" . ");
    default:
      return q.prompt;
  }
}

/** A number asked for is given away only by its own sentence; a name or phrase by any text that shows it. */
const telling = (answer: string, numeric: boolean) => (numeric ? fold(answer).length >= 1 : fold(answer).length >= 3);

/** True when `shown` states an answer of `asked`, or both ask for the same answer from one sentence. */
export function overlaps(a: Question, b: Question): boolean {
  const sameSentence = a.source?.sentence !== undefined && a.source.sentence === b.source?.sentence;
  const givesAway = (asked: Question, shown: Question) => {
    const numeric = asked.kind === "numeric";
    if (numeric && !(asked.source?.sentence === shown.source?.sentence)) return false;
    const text = ` ${same(shownOf(shown))} `;
    return answersOf(asked).some((k) => telling(k, numeric) && text.includes(` ${same(k)} `));
  };
  if (givesAway(a, b) || givesAway(b, a)) return true;
  if (!sameSentence) return false;
  // A statement restates its whole sentence, true or false: any other question on that sentence asks the same.
  if (a.kind === "true_false" || b.kind === "true_false") return true;
  const mine = answersOf(a).map(same);
  const theirs = answersOf(b).map(same);
  // "Zahran Street" asked beside the reason "road works on Zahran Street": one key inside the other asks the same fact.
  const inside = (part: string, whole: string) => part.length >= 3 && ` ${whole} `.includes(` ${part} `);
  return theirs.some((k) => mine.some((m) => k === m || inside(k, m) || inside(m, k)));
}

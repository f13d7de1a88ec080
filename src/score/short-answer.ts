import type { AcceptedAnswer, QuestionOf } from "../schemas/question";
import { foldText, normalizeAnswer, words } from "./normalize";
import { withinTypoTolerance } from "./typo";
import { type ScoreOptions, type Verdict, unanswered, verdict, weightedVerdict } from "./verdict";

type MatchKind = "exact" | "wildcard" | "typo";

/**
 * Glob match with '*' as the only special character, in linear passes (no
 * regular expression: a pattern like '*a*a*b' would backtrack for seconds on
 * a long answer). Greedy leftmost placement of each middle piece is exact for globs.
 */
export function globMatch(pieces: readonly string[], text: string): boolean {
  if (pieces.length === 1) return text === pieces[0];
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (first.length + last.length > text.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

const squash = (s: string) => s.trim().replace(/\s+/g, " ");

/**
 * '*' keeps its place: each literal piece is folded on its own. The pattern is
 * tried as written and with articles dropped from both sides, so "the * war"
 * accepts "cold war" as well as "the cold war". A piece that folding would
 * erase ("$*") is matched as typed instead, so it never turns into a catch-all.
 */
function wildcardMatches(pattern: string, given: string, caseSensitive: boolean): boolean {
  const pieces = pattern.split("*");
  const erased = pieces.some((p) => p.trim() && !foldText(p));
  if (caseSensitive) return globMatch(pieces.map(squash), squash(given));
  if (erased) return globMatch(pieces.map((p) => squash(p.toLowerCase())), squash(given.toLowerCase()));
  if (globMatch(pieces.map((p) => foldText(p)), foldText(given))) return true;
  const dropThe = (p: string) => foldText(p).split(" ").filter((w) => w && w !== "the").join(" ");
  return globMatch(pieces.map(dropThe), normalizeAnswer(given));
}

const isCatchAll = (a: AcceptedAnswer) => /^\s*\*+\s*$/.test(a.text);

function exactOrPattern(given: string, answer: AcceptedAnswer, caseSensitive: boolean): MatchKind | null {
  if (answer.text.includes("*")) return wildcardMatches(answer.text, given, caseSensitive) ? "wildcard" : null;
  if (caseSensitive) return given.trim().replace(/\s+/g, " ") === answer.text.trim().replace(/\s+/g, " ") ? "exact" : null;
  return normalizeAnswer(given) === normalizeAnswer(answer.text) ? "exact" : null;
}

function best(matches: { answer: AcceptedAnswer; how: MatchKind }[]) {
  // Highest weight wins; at equal weight an exact match beats a pattern, then the first listed (Moodle's order).
  return matches.reduce<(typeof matches)[number] | null>((top, m) => {
    if (!top || m.answer.weight > top.answer.weight) return m;
    if (m.answer.weight === top.answer.weight && m.how === "exact" && top.how !== "exact") return m;
    return top;
  }, null);
}

/**
 * In order of trust: an exact or pattern match with a listed answer (right or
 * wrong: a teacher's listed wrong answer is never overruled by a typo rule),
 * then a small typo of a listed answer, then a catch-all '*'.
 */
export function scoreShortAnswer(question: QuestionOf<"short_answer">, response: string, options: ScoreOptions): Verdict {
  if (!foldText(response)) return unanswered();
  const caseSensitive = question.caseSensitive ?? false;
  const specific = question.answers.filter((a) => !isCatchAll(a));
  let match = best(specific.flatMap((answer) => {
    const how = exactOrPattern(response, answer, caseSensitive);
    return how ? [{ answer, how }] : [];
  }));
  if (!match && options.typoTolerance && !caseSensitive) {
    const given = words(normalizeAnswer(response));
    match = best(specific.filter((a) => !a.text.includes("*") && withinTypoTolerance(given, words(normalizeAnswer(a.text)))).map((answer) => ({ answer, how: "typo" as const })));
  }
  const catchAll = question.answers.find(isCatchAll);
  if (!match && catchAll) match = { answer: catchAll, how: "wildcard" };
  if (!match) return verdict(0, "rejected: matches none of the accepted answers");
  const { answer, how } = match;
  if (isCatchAll(answer) && answer.weight <= 0) return verdict(0, "rejected: matches none of the accepted answers", answer.feedback);
  const what = how === "exact" ? `matches ‘${answer.text}’` : how === "wildcard" ? `matches the pattern ‘${answer.text}’` : `spelling variant of ‘${answer.text}’`;
  return weightedVerdict(answer.weight, what, answer.feedback);
}

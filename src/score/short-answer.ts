import type { AcceptedAnswer, QuestionOf } from "../schemas/question";
import { foldText, normalizeAnswer, words } from "./normalize";
import { withinTypoTolerance } from "./typo";
import { type ScoreOptions, type Verdict, unanswered, verdict, weightedVerdict } from "./verdict";

type MatchKind = "exact" | "wildcard" | "typo";

const escapeRegex = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

function patternRegex(pieces: string[]): RegExp {
  return new RegExp(`^${pieces.map(escapeRegex).join(".*")}$`, "u");
}

/**
 * '*' keeps its place: each literal piece is folded on its own. The pattern is
 * tried as written and with articles dropped from both sides, so "the * war"
 * accepts "cold war" as well as "the cold war".
 */
function wildcardMatches(pattern: string, given: string, caseSensitive: boolean): boolean {
  const pieces = pattern.split("*");
  if (caseSensitive) return patternRegex(pieces.map((p) => p.trim().replace(/\s+/g, " "))).test(given.trim().replace(/\s+/g, " "));
  if (patternRegex(pieces.map((p) => foldText(p))).test(foldText(given))) return true;
  const dropThe = (p: string) => foldText(p).split(" ").filter((w) => w && w !== "the").join(" ");
  return patternRegex(pieces.map(dropThe)).test(normalizeAnswer(given));
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

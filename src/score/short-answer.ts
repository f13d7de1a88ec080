import type { AcceptedAnswer, QuestionOf } from "../schemas/question";
import { foldText, normalizeAnswer, words } from "./normalize";
import { withinTypoTolerance } from "./typo";
import { type ScoreOptions, type Verdict, unanswered, verdict } from "./verdict";

interface Match {
  answer: AcceptedAnswer;
  how: "exact" | "wildcard" | "typo";
}

function wildcardRegex(pattern: string, caseSensitive: boolean): RegExp {
  // Each literal piece is normalised on its own so '*' keeps its place.
  const pieces = pattern.split("*").map((piece) => {
    const folded = caseSensitive ? piece.trim() : normalizeAnswer(piece);
    return folded.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  });
  const body = pieces.map((p, i) => (i === 0 ? p : `.*${p}`)).join("");
  return new RegExp(`^\\s*${body}\\s*$`, "u");
}

function matchOne(given: string, answer: AcceptedAnswer, caseSensitive: boolean, options: ScoreOptions): Match["how"] | null {
  if (answer.text.includes("*")) {
    const subject = caseSensitive ? given.trim() : normalizeAnswer(given);
    return wildcardRegex(answer.text, caseSensitive).test(subject) ? "wildcard" : null;
  }
  if (caseSensitive) {
    if (given.trim().replace(/\s+/g, " ") === answer.text.trim().replace(/\s+/g, " ")) return "exact";
    return null;
  }
  const g = normalizeAnswer(given);
  const k = normalizeAnswer(answer.text);
  if (g === k) return "exact";
  if (options.typoTolerance && withinTypoTolerance(words(g), words(k))) return "typo";
  return null;
}

const QUALITY = { exact: 2, wildcard: 1, typo: 0 } as const;

/**
 * The best-weighted accepted answer that matches wins; at equal weight an exact
 * match beats a pattern or a typo, then the first listed wins (Moodle's order).
 */
export function scoreShortAnswer(question: QuestionOf<"short_answer">, response: string, options: ScoreOptions): Verdict {
  if (!foldText(response)) return unanswered();
  let best: Match | null = null;
  for (const answer of question.answers) {
    const how = matchOne(response, answer, question.caseSensitive ?? false, options);
    if (!how) continue;
    const better = !best || answer.weight > best.answer.weight || (answer.weight === best.answer.weight && QUALITY[how] > QUALITY[best.how]);
    if (better) best = { answer, how };
  }
  if (!best) return verdict(0, "rejected: matches none of the accepted answers");
  const { answer, how } = best;
  const kind = how === "exact" ? "matches" : how === "wildcard" ? "matches the pattern" : "spelling variant of";
  if (answer.weight <= 0) return verdict(0, `rejected: ${kind} ‘${answer.text}’, which earns no credit`, answer.feedback);
  const prefix = answer.weight >= 1 ? "accepted" : "partial";
  const worth = answer.weight >= 1 ? "" : ` (worth ${Math.round(answer.weight * 100)}%)`;
  return verdict(answer.weight, `${prefix}: ${kind} ‘${answer.text}’${worth}`, answer.feedback);
}

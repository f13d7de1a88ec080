import type { QuestionOf } from "../schemas/question";
import { scoreChoice } from "./choice";
import { itemId } from "./item-id";
import { scoreShortAnswer } from "./short-answer";
import { type ScoreOptions, type Verdict, unanswered, verdict } from "./verdict";

function perItem(right: number, total: number, noun: string): Verdict {
  const credit = total ? right / total : 0;
  const prefix = right === total ? "accepted" : right > 0 ? "partial" : "rejected";
  return verdict(credit, `${prefix}: ${right} of ${total} ${noun}`);
}

/** Each gap is scored on its own (typed gaps like a short answer, choice gaps like a single choice); credit is the mean. */
/** A gap holds a word, a name or a short phrase: a longer answer is refused before the finer rules. */
const GAP_MOST_WORDS = 10;

export function scoreCloze(question: QuestionOf<"cloze">, response: string[], options: ScoreOptions): Verdict {
  if (response.every((r) => !r || !r.trim())) return unanswered();
  let credit = 0;
  let right = 0;
  const feedback: string[] = [];
  question.gaps.forEach((gap, i) => {
    const given = response[i] ?? "";
    if (!given.trim()) return;
    const v = gap.options
      ? scoreChoice({ ...question, kind: "multiple_choice", options: gap.options, multiple: false }, given)
      : scoreShortAnswer({ ...question, kind: "short_answer", answers: gap.answers! }, given, { ...options, mostWords: GAP_MOST_WORDS });
    credit += v.credit;
    if (v.status === "correct") right++;
    if (v.feedback) feedback.push(v.feedback);
  });
  const total = question.gaps.length;
  const base = perItem(right, total, `gap${total === 1 ? "" : "s"} right`);
  return verdict(credit / total, base.rule, feedback.join(" ") || undefined);
}

/** One point per left item matched to its right item. Two lefts with the same right text share one choice id. */
export function scoreMatching(question: QuestionOf<"matching">, response: Record<string, string>): Verdict {
  if (!Object.values(response).some(Boolean)) return unanswered();
  const right = question.pairs.filter((p) => response[itemId(p.left)] === itemId(p.right)).length;
  return perItem(right, question.pairs.length, "pairs matched");
}

/** One point per item in its right position. */
export function scoreOrdering(question: QuestionOf<"ordering">, response: string[]): Verdict {
  if (!response.length) return unanswered();
  const right = question.items.filter((item, i) => response[i] === itemId(item)).length;
  return perItem(right, question.items.length, "items in the right place");
}

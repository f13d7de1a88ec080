import type { ChoiceOption, QuestionOf } from "../schemas/question";
import { choiceId } from "./item-id";
import { type Verdict, pct, unanswered, verdict, quoted } from "./verdict";

/** Single answer unless the teacher says otherwise or no one option earns full credit. */
export function isMultipleResponse(question: QuestionOf<"multiple_choice">): boolean {
  return question.multiple ?? !question.options.some((o) => o.weight >= 1);
}

function optionFeedback(chosen: ChoiceOption[]): string | undefined {
  const parts = chosen.map((o) => o.feedback).filter((f): f is string => !!f);
  return parts.length ? parts.join(" ") : undefined;
}

export function scoreChoice(question: QuestionOf<"multiple_choice">, response: string | string[]): Verdict {
  const ids = [...new Set(Array.isArray(response) ? response : [response])];
  if (!ids.length) return unanswered();
  const chosen = ids.map((id) => question.options.find((o) => choiceId(o) === id)).filter((o): o is ChoiceOption => !!o);
  if (!chosen.length) return verdict(0, "rejected: not an option of this question");
  if (!isMultipleResponse(question)) {
    const option = chosen[0]!;
    if (chosen.length > 1) return verdict(0, "rejected: only one option may be chosen");
    if (option.weight >= 1) return verdict(1, `accepted: ${quoted(option.text)} is the right option`, option.feedback);
    if (option.weight > 0) return verdict(option.weight, `partial: ${quoted(option.text)} is worth ${pct(option.weight)}`, option.feedback);
    return verdict(0, `rejected: ${quoted(option.text)} is not the right option`, option.feedback);
  }
  // Moodle's multiple response: weights of the chosen options summed, then clamped to [0, 1].
  const sum = chosen.reduce((acc, o) => acc + o.weight, 0);
  const right = chosen.filter((o) => o.weight > 0).length;
  const wrong = chosen.length - right;
  const total = question.options.filter((o) => o.weight > 0).length;
  const rule = `${right} of ${total} right option${total === 1 ? "" : "s"} chosen${wrong ? `, ${wrong} wrong` : ""}`;
  const prefix = sum >= 1 - 1e-9 ? "accepted" : sum > 1e-9 ? "partial" : "rejected";
  return verdict(sum, `${prefix}: ${rule}`, optionFeedback(chosen));
}

export function scoreTrueFalse(question: QuestionOf<"true_false">, response: boolean): Verdict {
  const right = response === question.answer;
  return right
    ? verdict(1, `accepted: the statement is ${question.answer ? "true" : "false"}`, question.feedbackRight)
    : verdict(0, `rejected: the statement is ${question.answer ? "true" : "false"}`, question.feedbackWrong);
}

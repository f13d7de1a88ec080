import type { NumericAnswer, QuestionOf } from "../schemas/question";
import { parseQuantity } from "./numbers";
import { type Verdict, unanswered, verdict, weightedVerdict } from "./verdict";

function accepts(answer: NumericAnswer, value: number): boolean {
  // Tiny epsilon: 0.1 + 0.2 must equal 0.3 for a student.
  const eps = 1e-9 * Math.max(1, Math.abs(value));
  if (answer.min !== undefined && answer.max !== undefined) return value >= answer.min - eps && value <= answer.max + eps;
  const tolerance = answer.tolerance ?? 0;
  return Math.abs(value - (answer.value ?? NaN)) <= tolerance + eps;
}

export function describeNumericAnswer(answer: NumericAnswer): string {
  if (answer.min !== undefined && answer.max !== undefined) return `${answer.min} to ${answer.max}`;
  return answer.tolerance ? `${answer.value} ± ${answer.tolerance}` : `${answer.value}`;
}

export function scoreNumeric(question: QuestionOf<"numeric">, response: number | string): Verdict {
  if (typeof response === "string" && !response.trim()) return unanswered();
  const value = typeof response === "number" ? response : parseQuantity(response, question.units).value;
  if (value === null || !Number.isFinite(value)) return verdict(0, "rejected: not a number");
  let best: NumericAnswer | null = null;
  for (const answer of question.answers) {
    if (accepts(answer, value) && (!best || answer.weight > best.weight)) best = answer;
  }
  if (!best) return verdict(0, `rejected: ${value} is outside every accepted value`);
  return weightedVerdict(best.weight, `${value} is within ${describeNumericAnswer(best)}`, best.feedback);
}

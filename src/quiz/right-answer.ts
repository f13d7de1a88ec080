import type { Question } from "../schemas/question";
import type { ResponseValue } from "../score";
import { isMultipleResponse } from "../score/choice";
import { choiceId, itemId } from "../score/item-id";
import { describeNumericAnswer } from "../score/numeric";

/** The key in words, for the review a student sees after finishing (when allowed). */
export function describeRightAnswer(q: Question): string {
  switch (q.kind) {
    case "multiple_choice": {
      const best = Math.max(...q.options.map((o) => o.weight));
      const right = q.options.filter((o) => (isMultipleResponse(q) ? o.weight > 0 : o.weight === best));
      return right.map((o) => o.text).join("; ");
    }
    case "true_false":
      return q.answer ? "True" : "False";
    case "short_answer": {
      const best = [...q.answers].sort((a, b) => b.weight - a.weight)[0]!;
      return best.text;
    }
    case "numeric": {
      const best = [...q.answers].sort((a, b) => b.weight - a.weight)[0]!;
      return describeNumericAnswer(best) + (q.units?.[0] ? ` ${q.units[0]}` : "");
    }
    case "cloze":
      return q.gaps
        .map((g, i) => {
          const text = g.options
            ? [...g.options].sort((a, b) => b.weight - a.weight)[0]!.text
            : [...g.answers!].sort((a, b) => b.weight - a.weight)[0]!.text;
          return `${i + 1}: ${text}`;
        })
        .join("; ");
    case "matching":
      return q.pairs.map((p) => `${p.left} → ${p.right}`).join("; ");
    case "ordering":
      return q.items.map((item, i) => `${i + 1}. ${item}`).join(" ");
  }
}

/** A student's response in words, for teachers reading results (students send opaque ids). */
export function describeResponse(q: Question, value: ResponseValue): string {
  if (value === null) return "";
  const optionText = (options: { text: string }[], id: string) => options.find((o) => choiceId(o) === id)?.text ?? id;
  switch (q.kind) {
    case "multiple_choice":
      return (Array.isArray(value) ? value : [String(value)]).map((id) => optionText(q.options, id)).join("; ");
    case "cloze":
      return (value as string[]).map((v, i) => `${i + 1}: ${q.gaps[i]?.options ? optionText(q.gaps[i]!.options!, v) : v}`).join("; ");
    case "matching": {
      const rights = [...q.pairs.map((p) => p.right), ...(q.distractors ?? [])];
      return q.pairs.map((p) => `${p.left} → ${rights.find((r) => itemId(r) === (value as Record<string, string>)[itemId(p.left)]) ?? "—"}`).join("; ");
    }
    case "ordering":
      return (value as string[]).map((id, i) => `${i + 1}. ${q.items.find((item) => itemId(item) === id) ?? id}`).join(" ");
    default:
      return String(value);
  }
}

import type { Question } from "../schemas/question";
import { describeNumericAnswer } from "../score/numeric";

/** The key in words, for the review a student sees after finishing (when allowed). */
export function describeRightAnswer(q: Question): string {
  switch (q.kind) {
    case "multiple_choice": {
      const best = Math.max(...q.options.map((o) => o.weight));
      const right = q.options.filter((o) => (q.multiple ? o.weight > 0 : o.weight === best));
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

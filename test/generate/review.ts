import { fnv1a } from "../../src/score/item-id";
import type { Question } from "../../src/schemas/question";

// Human review of generated questions: each candidate is labelled "ok" (a
// teacher would put it before a class unchanged), "fix" (usable after an edit)
// or "drop". Labels are keyed by the question's content, so a question the
// generator changes needs labelling again (scripts/review-questions.mjs keeps
// the labels that still apply and adds the new questions unlabelled).

export interface ReviewEntry {
  key: string;
  id: string;
  kind: string;
  prompt: string;
  key_answer: string;
  source: string;
  verdict?: "ok" | "fix" | "drop";
  reason?: string;
}

/** What the question asks and accepts, without ids, explanations or metadata that do not change what a student sees. */
export function reviewKey(q: Question): string {
  const { id: _id, explanation: _e, facts: _f, difficulty: _d, source, points: _p, ...asked } = q as Question & Record<string, unknown>;
  return fnv1a(JSON.stringify({ ...asked, sentence: source?.sentence })).toString(36);
}

export function describeKey(q: Question): string {
  switch (q.kind) {
    case "short_answer":
      return q.answers.map((a) => a.text).join(" | ");
    case "multiple_choice":
      return q.options.map((o) => (o.weight > 0 ? `*${o.text}` : o.text)).join(" | ");
    case "true_false":
      return String(q.answer);
    case "numeric":
      return `${q.answers.map((a) => a.value).join(" or ")} ${q.units?.[0] ?? ""}`.trim();
    case "cloze":
      return `${q.text} => ${q.gaps.map((g) => (g.answers ?? g.options ?? []).map((a) => ("weight" in a && a.weight > 0 && g.options ? `*${a.text}` : a.text)).join(" / ")).join(" ; ")}`;
    case "matching":
      return q.pairs.map((p) => `${p.left} = ${p.right}`).join(" ; ");
    case "ordering":
      return q.items.join(" > ");
  }
}

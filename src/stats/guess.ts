import type { Question } from "../schemas/question";

/**
 * The fraction of a question's marks a blind guess earns on average (Moodle's
 * random guess score): one option at random, true or false, a random order or
 * pairing, each cloze gap. Typed answers cannot be guessed (0); a multiple-response question's
 * guess depends on how many options are ticked, so it has none (null).
 */
export function randomGuessScore(question: Question): number | null {
  switch (question.kind) {
    case "multiple_choice": {
      if (question.multiple) return null;
      const credits = question.options.map((o) => Math.min(1, Math.max(0, o.weight)));
      return credits.reduce((a, b) => a + b, 0) / credits.length;
    }
    case "true_false":
      return 0.5;
    case "matching": {
      const choices = new Set([...question.pairs.map((p) => p.right), ...(question.distractors ?? [])]).size;
      return choices ? 1 / choices : null;
    }
    case "ordering":
      return 1 / question.items.length;
    case "cloze": {
      // Each gap counts alike: a typed gap cannot be guessed, a choice gap is one option at random.
      const gaps = question.gaps.map((g) => (g.options ? g.options.reduce((a, o) => a + Math.min(1, Math.max(0, o.weight)), 0) / g.options.length : 0));
      return gaps.reduce((a, b) => a + b, 0) / gaps.length;
    }
    case "short_answer":
    case "numeric":
      return 0;
  }
}

import type { Question } from "../schemas/question";
import type { QuizSettings } from "../schemas/quiz";
import { isMultipleResponse } from "../score/choice";
import { choiceId, itemId } from "../score/item-id";
import { seededShuffle } from "./shuffle";

/**
 * A question as a student sees it: no answers, weights, tolerances, feedback
 * or explanation. Built by listing what to show (an allow-list), never by
 * deleting what to hide, so a new key field can never leak by default.
 */
/** The settings a student may see: everything but the join code, which they are told only is needed. */
export function studentSettings(settings: QuizSettings) {
  const { joinCode, ...shown } = settings;
  return { ...shown, joinCodeRequired: joinCode !== undefined };
}

export function toStudentQuestion(q: Question, seed: number, shuffleOptions: boolean) {
  const base = {
    id: q.id,
    prompt: q.prompt,
    points: q.points,
    ...(q.title ? { title: q.title } : {}),
    ...(q.format ? { format: q.format } : {}),
  };
  // Shuffles start from an order that says nothing about the key (sorted by id),
  // so knowing the seed, or undoing the shuffle, reveals nothing either.
  const shuffled = <T extends { id: string }>(items: T[], salt: string) =>
    seededShuffle([...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), seed, `${q.id}:${salt}`);
  const maybeShuffle = <T extends { id: string }>(items: T[], salt: string) => (shuffleOptions ? shuffled(items, salt) : items);
  switch (q.kind) {
    case "multiple_choice":
      return { ...base, kind: q.kind, multiple: isMultipleResponse(q), options: maybeShuffle(q.options.map((o) => ({ id: choiceId(o), text: o.text })), "options") };
    case "true_false":
    case "short_answer":
      return { ...base, kind: q.kind };
    case "numeric":
      return { ...base, kind: q.kind, ...(q.units?.length ? { units: q.units } : {}) };
    case "cloze":
      return {
        ...base,
        kind: q.kind,
        text: q.text,
        gaps: q.gaps.map((g, i) =>
          g.options
            ? { index: i + 1, type: "choice" as const, options: maybeShuffle(g.options.map((o) => ({ id: choiceId(o), text: o.text })), `gap${i}`) }
            : { index: i + 1, type: "text" as const },
        ),
      };
    case "matching": {
      const rights = [...new Set([...q.pairs.map((p) => p.right), ...(q.distractors ?? [])])];
      return {
        ...base,
        kind: q.kind,
        prompts: q.pairs.map((p) => ({ id: itemId(p.left), text: p.left })),
        choices: shuffled(rights.map((text) => ({ id: itemId(text), text })), "choices"),
      };
    }
    case "ordering":
      return { ...base, kind: q.kind, items: shuffled(q.items.map((text) => ({ id: itemId(text), text })), "items") };
  }
}

export type StudentQuestion = ReturnType<typeof toStudentQuestion>;

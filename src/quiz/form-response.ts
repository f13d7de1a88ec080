import { z } from "zod";
import type { ResponseValue } from "../score";

// The student pages post plain HTML forms. Each question's form says how its
// fields make one response (`shape`); the value is then checked against the
// real question by the same checkResponseShape as the JSON API, so a forged
// shape can only produce a response the API would also refuse or accept.

export const FORM_SHAPES = ["one", "many", "gaps", "pairs", "order"] as const;
export type FormShape = (typeof FORM_SHAPES)[number];

const field = z.union([z.string().max(2000, "an answer must be at most 2000 characters"), z.array(z.string().max(2000)).max(60, "too many values")]);

/** An answer form as posted: its shape, the answer fields, and an optional ordering move. */
export const AnswerFormSchema = z
  .object({
    // A closed question's form sends no shape (its fieldset is disabled), so this is also what time-up looks like.
    shape: z.enum(FORM_SHAPES, { message: "this question is closed, or the page is out of date: reload it" }),
    move: z.string().regex(/^[\w-]{1,40}:(up|down)$/, "move must be '<item id>:up' or ':down'").optional(),
  })
  .catchall(field);
export type AnswerForm = z.infer<typeof AnswerFormSchema>;

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const first = (value: string | string[] | undefined): string => list(value)[0] ?? "";

/** The response a form holds, or null when it holds no answer at all. */
export function responseFromForm(form: AnswerForm): ResponseValue {
  switch (form.shape) {
    case "one": {
      const text = first(form.answer).trim();
      return text === "" ? null : text;
    }
    case "many": {
      const ids = list(form.answer).filter(Boolean);
      return ids.length ? ids : null;
    }
    case "gaps": {
      const gaps: string[] = [];
      for (let i = 1; `gap${i}` in form; i++) gaps.push(first(form[`gap${i}`]).trim());
      return gaps.some(Boolean) ? gaps : null;
    }
    case "pairs": {
      const pairs = Object.fromEntries(
        Object.entries(form)
          .filter(([name, value]) => name.startsWith("match.") && first(value) !== "")
          .map(([name, value]) => [name.slice("match.".length), first(value)]),
      );
      return Object.keys(pairs).length ? pairs : null;
    }
    case "order": {
      const ids = list(form.order);
      return ids.length ? ids : null;
    }
  }
}

/** An ordering form after its move button: the item moved one place, or the order unchanged at an end. */
export function applyMove(order: string[], move: string): string[] {
  const [id, direction] = move.split(":") as [string, "up" | "down"];
  const from = order.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= order.length) return order;
  const moved = [...order];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}

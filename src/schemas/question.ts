import { z } from "zod";

// The question kinds and their answer keys, as an owner sees them. The wire
// format, the bundled content format and the TypeScript types all come from here.

const text = (max: number, what: string) =>
  z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);

/** A fraction of the question's points: 1 is full credit, negative values penalise (multiple response). */
const weight = z.number().min(-1, "weight must be between -1 and 1").max(1, "weight must be between -1 and 1");

export const QuestionIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "id may use letters, digits, '-', '_' and '.', starting with a letter or digit");

export const SourceSpanSchema = z
  .object({
    sentence: z.number().int().min(0).describe("0-based index of the sentence in the article"),
    start: z.number().int().min(0).describe("UTF-16 offset into article.text"),
    end: z.number().int().min(0),
    text: z.string().describe("exactly article.text.slice(start, end)"),
  })
  .refine((s) => s.end > s.start, { message: "source.end must be greater than source.start", path: ["end"] })
  .meta({ id: "SourceSpan" });

const base = {
  id: QuestionIdSchema,
  prompt: text(4000, "prompt"),
  points: z.number().positive("points must be greater than 0").max(100).default(1),
  title: z.string().max(255).optional().describe("a GIFT ::title::, kept verbatim after unescaping"),
  explanation: z.string().max(4000).optional().describe("shown after answering, when the review options allow"),
  feedback: z.string().max(4000).optional().describe("general feedback (GIFT ####), shown with the result"),
  format: z.enum(["plain", "html", "markdown", "moodle"]).optional().describe("text format of prompt and answers"),
  category: z.string().max(255).optional().describe("a GIFT $CATEGORY path"),
  source: SourceSpanSchema.optional(),
  difficulty: z.enum(["easy", "medium", "hard"]).optional().describe("generated questions: estimated from the kind of question and its sentence"),
  facts: z.array(z.string().max(64)).max(20).optional().describe("generated questions: ids of the article facts it was built from"),
};

export const ChoiceOptionSchema = z.object({
  id: z.string().min(1).max(32),
  text: text(1000, "option text"),
  weight,
  feedback: z.string().max(2000).optional(),
});

/** Students pick options by a hash of their text, so two options may not read the same. */
function distinctOptions(options: { id: string; text: string }[], path: (string | number)[], ctx: z.RefinementCtx) {
  const ids = new Set<string>();
  const texts = new Set<string>();
  options.forEach((o, i) => {
    if (ids.has(o.id)) ctx.addIssue({ code: "custom", path: [...path, i, "id"], message: `option id '${o.id}' is used twice` });
    if (texts.has(o.text.trim().toLowerCase())) ctx.addIssue({ code: "custom", path: [...path, i, "text"], message: `option text '${o.text}' appears twice` });
    ids.add(o.id);
    texts.add(o.text.trim().toLowerCase());
  });
}

export const MultipleChoiceSchema = z
  .object({
    ...base,
    kind: z.literal("multiple_choice"),
    options: z.array(ChoiceOptionSchema).min(2, "a multiple-choice question needs at least 2 options").max(26),
    multiple: z.boolean().optional().describe("several options may be chosen; defaults to true when no single option is worth full credit"),
  })
  .superRefine((q, ctx) => distinctOptions(q.options, ["options"], ctx))
  .meta({ id: "MultipleChoiceQuestion" });

export const TrueFalseSchema = z
  .object({
    ...base,
    kind: z.literal("true_false"),
    answer: z.boolean(),
    feedbackRight: z.string().max(2000).optional().describe("shown when the student answers correctly"),
    feedbackWrong: z.string().max(2000).optional().describe("shown when the student answers wrongly"),
  })
  .meta({ id: "TrueFalseQuestion" });

export const AcceptedAnswerSchema = z.object({
  text: text(500, "answer text").describe("'*' matches any run of characters"),
  weight: z.number().min(0, "a short-answer weight must be between 0 and 1").max(1, "a short-answer weight must be between 0 and 1").default(1),
  feedback: z.string().max(2000).optional(),
});

export const ShortAnswerSchema = z
  .object({
    ...base,
    kind: z.literal("short_answer"),
    answers: z.array(AcceptedAnswerSchema).min(1, "a short-answer question needs at least 1 accepted answer").max(100),
    caseSensitive: z.boolean().optional(),
  })
  .meta({ id: "ShortAnswerQuestion" });

export const NumericAnswerSchema = z
  .object({
    value: z.number().optional(),
    tolerance: z.number().min(0).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    weight: z.number().min(0).max(1).default(1),
    feedback: z.string().max(2000).optional(),
  })
  .refine((a) => a.value !== undefined || (a.min !== undefined && a.max !== undefined), {
    message: "a numeric answer needs a value (with optional tolerance) or both min and max",
  })
  .refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, { message: "min must not exceed max", path: ["min"] });

export const NumericSchema = z
  .object({
    ...base,
    kind: z.literal("numeric"),
    answers: z.array(NumericAnswerSchema).min(1, "a numeric question needs at least 1 answer").max(50),
    units: z.array(z.string().min(1).max(40)).max(20).optional().describe("unit words a student may add after the number"),
  })
  .meta({ id: "NumericQuestion" });

export const ClozeGapSchema = z
  .object({
    answers: z.array(AcceptedAnswerSchema).min(1).max(50).optional(),
    options: z.array(ChoiceOptionSchema).min(2).max(26).optional(),
  })
  .superRefine((g, ctx) => g.options && distinctOptions(g.options, ["options"], ctx))
  .refine((g) => (g.answers === undefined) !== (g.options === undefined), {
    message: "a gap has either accepted answers (typed) or options (chosen), not both",
  });

export const ClozeSchema = z
  .object({
    ...base,
    kind: z.literal("cloze"),
    text: text(4000, "cloze text").describe("the passage; {{1}}, {{2}} … mark the gaps in order"),
    gaps: z.array(ClozeGapSchema).min(1, "a cloze question needs at least 1 gap").max(20),
  })
  .superRefine((q, ctx) => {
    const found = [...q.text.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1]));
    const expected = q.gaps.map((_, i) => i + 1);
    if (found.length !== expected.length || found.some((n, i) => n !== expected[i])) {
      ctx.addIssue({
        code: "custom",
        path: ["text"],
        message: `the text must mark each of the ${q.gaps.length} gaps once, in order, as {{1}} … {{${q.gaps.length}}}`,
      });
    }
  })
  .meta({ id: "ClozeQuestion" });

export const MatchingSchema = z
  .object({
    ...base,
    kind: z.literal("matching"),
    pairs: z
      .array(z.object({ left: text(500, "left item"), right: text(500, "right item") }))
      .min(2, "a matching question needs at least 2 pairs")
      .max(30),
    distractors: z.array(text(500, "distractor")).max(20).optional().describe("extra right-hand choices that match nothing"),
  })
  .superRefine((q, ctx) => {
    const lefts = new Set(q.pairs.map((p) => p.left.toLowerCase()));
    if (lefts.size !== q.pairs.length) ctx.addIssue({ code: "custom", path: ["pairs"], message: "each left item must be different" });
  })
  .meta({ id: "MatchingQuestion" });

export const OrderingSchema = z
  .object({
    ...base,
    kind: z.literal("ordering"),
    items: z.array(text(500, "item")).min(2, "an ordering question needs at least 2 items").max(30).describe("in the right order"),
  })
  .superRefine((q, ctx) => {
    if (new Set(q.items.map((i) => i.toLowerCase())).size !== q.items.length) {
      ctx.addIssue({ code: "custom", path: ["items"], message: "each item must be different" });
    }
  })
  .meta({ id: "OrderingQuestion" });

export const QuestionSchema = z
  .discriminatedUnion("kind", [MultipleChoiceSchema, TrueFalseSchema, ShortAnswerSchema, NumericSchema, ClozeSchema, MatchingSchema, OrderingSchema])
  .meta({ id: "Question" });

export const QUESTION_KINDS = ["multiple_choice", "true_false", "short_answer", "numeric", "cloze", "matching", "ordering"] as const;

export type Question = z.infer<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionSchema>;
export type QuestionKind = Question["kind"];
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;
export type AcceptedAnswer = z.infer<typeof AcceptedAnswerSchema>;
export type NumericAnswer = z.infer<typeof NumericAnswerSchema>;
export type ClozeGap = z.infer<typeof ClozeGapSchema>;
export type SourceSpan = z.infer<typeof SourceSpanSchema>;

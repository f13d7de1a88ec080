import { z } from "zod";
import { generateQuestions } from "../generate";
import { type GenerateOptions, GenerateOptionsSchema } from "../schemas/generate";
import { type Question, QuestionSchema } from "../schemas/question";
import { ArticleSchema, QuizSettingsSchema } from "../schemas/quiz";

// A bundled question set is the generator's output plus a teacher's small,
// reviewed override file: which generated questions to leave out (with the
// reason), which to edit, which to add. `npm run generate` writes the set;
// a test fails if the committed set and this function disagree, so nobody
// hand-edits generated output.

export const OverridesSchema = z
  .object({
    title: z.string().min(1),
    article: ArticleSchema.omit({ text: true }).optional(),
    settings: QuizSettingsSchema.partial().optional(),
    generate: GenerateOptionsSchema.optional(),
    drop: z.record(z.string(), z.string().min(1, "say why the question is dropped")).optional().describe("question id → why it is left out"),
    edit: z.record(z.string(), z.object({ why: z.string().min(1) }).loose()).optional().describe("question id → fields to replace, and why"),
    add: z.array(z.unknown()).optional().describe("questions written by hand"),
  })
  .strict();
export type Overrides = z.infer<typeof OverridesSchema>;

export interface QuestionSet {
  title: string;
  article?: Omit<z.infer<typeof ArticleSchema>, "text">;
  settings?: Record<string, unknown>;
  questions: Question[];
}

export function buildQuestionSet(articleText: string, raw: unknown): QuestionSet {
  const overrides = OverridesSchema.parse(raw);
  const options: GenerateOptions = { ...overrides.generate, exclude: Object.keys(overrides.drop ?? {}) };
  const generated = generateQuestions(articleText, options);
  const known = new Set(generated.candidates.map((q) => q.id));
  for (const id of Object.keys(overrides.drop ?? {})) if (!known.has(id)) throw new Error(`overrides drop '${id}', which the generator no longer produces: remove or update that line`);
  const questions = generated.questions.map((q) => {
    const edit = overrides.edit?.[q.id];
    if (!edit) return q;
    const { why: _why, ...fields } = edit;
    return QuestionSchema.parse({ ...q, ...fields, id: q.id });
  });
  for (const id of Object.keys(overrides.edit ?? {})) {
    if (!questions.some((q) => q.id === id)) throw new Error(`overrides edit '${id}', which the generator no longer selects: remove or update that entry`);
  }
  questions.push(...(overrides.add ?? []).map((q) => QuestionSchema.parse(q)));
  return {
    title: overrides.title,
    ...(overrides.article ? { article: overrides.article } : {}),
    ...(overrides.settings ? { settings: overrides.settings } : {}),
    questions,
  };
}

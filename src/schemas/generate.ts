import { z } from "zod";
import { QUESTION_KINDS } from "./question";

// Options for generating questions from an article: the same schema serves the
// HTTP body, the override files of the bundled sets and the generator's types.

export const DEFAULT_QUESTION_COUNT = 20;

export const GenerateOptionsSchema = z
  .object({
    count: z.number().int().min(1).max(100).optional().describe(`questions in the draft quiz; default ${DEFAULT_QUESTION_COUNT}`),
    kinds: z.array(z.enum(QUESTION_KINDS)).min(1).max(QUESTION_KINDS.length).optional().describe("only these kinds of question"),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .optional()
      .describe("the same article and options always give the same questions; another seed picks other options and statements"),
  })
  .strict()
  .meta({ id: "GenerateOptions" });

export type GenerateOptions = z.infer<typeof GenerateOptionsSchema> & {
  /** Ids of questions a teacher has ruled out: never selected, so `count` is met from the rest. */
  exclude?: readonly string[];
};

import { fnv1a } from "../score/item-id";
import type { QuizContent } from "../schemas/quiz";

/** A short hash of a quiz's content as loaded: a bundled set records it so that changed content cannot keep its version number. */
export const contentHash = (content: QuizContent) => fnv1a(JSON.stringify(content)).toString(36);

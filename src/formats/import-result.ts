import { QuestionSchema, type Question, type QuestionInput } from "../schemas/question";
import { QUIZ_MAX_QUESTIONS } from "../schemas/quiz";

/**
 * What one import may cost: reading stops at a quiz's worth of questions, or
 * at twice that many blocks read (a file of broken questions is refused
 * early), and only the first problems are listed, with their count.
 */
const MAX_BLOCKS = 2 * QUIZ_MAX_QUESTIONS;
export const MAX_LISTED_ISSUES = 50;

export interface ImportIssue {
  /** 1-based line where the question's block starts. */
  line: number;
  message: string;
}

export interface ImportResult {
  questions: Question[];
  /** The first MAX_LISTED_ISSUES rejections; `rejectedCount` counts them all. */
  rejected: ImportIssue[];
  rejectedCount: number;
  warnings: ImportIssue[];
}

/** Thrown inside a format reader to reject the current block; never leaves the reader. */
export class BlockError extends Error {}

const MAX_SLUG = 48;

/** Option ids a, b, c … in order (the schema allows at most 26 options). */
export function optionId(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `o${index + 1}`;
}

export function slugify(title: string): string {
  const head = title.slice(0, 4 * MAX_SLUG);
  // Accents are folded only when there can be any: NFKD is slow, and most titles are plain ASCII.
  return (/^[\x20-\x7e]*$/.test(head) ? head : head.normalize("NFKD").replace(/\p{M}+/gu, ""))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
}

const COLLECTIONS: Record<string, string> = {
  options: "option",
  answers: "answer",
  pairs: "pair",
  gaps: "gap",
  distractors: "distractor",
};

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where: string[] = [];
  issue.path.forEach((part, i) => {
    if (typeof part === "number") return;
    const next = issue.path[i + 1];
    const name = String(part);
    if (typeof next === "number") where.push(`${COLLECTIONS[name] ?? name} ${next + 1}`);
    else if (!["text", "left", "right"].includes(name) && !issue.message.toLowerCase().startsWith(name)) where.push(name);
  });
  return where.length ? `${where.join(", ")}: ${issue.message}` : issue.message;
}

/** Gathers the questions, rejections and warnings of one import, keeping ids unique. */
export class ImportCollector {
  readonly result: ImportResult = { questions: [], rejected: [], rejectedCount: 0, warnings: [] };
  private blocks = 0;

  /** True once the file has given all an import may read; the reader then calls `stop` and returns. */
  get full(): boolean {
    return this.result.questions.length >= QUIZ_MAX_QUESTIONS || this.blocks >= MAX_BLOCKS;
  }

  /** Says where reading stopped and why, so the teacher knows to split the file. */
  stop(line: number): void {
    const why = this.result.questions.length >= QUIZ_MAX_QUESTIONS ? `a quiz holds at most ${QUIZ_MAX_QUESTIONS} questions` : `${MAX_BLOCKS} blocks were read and ${this.result.rejectedCount} of them are questions with problems`;
    this.warn(line, `reading stopped here: ${why}. Split the file and import the rest as another quiz.`);
  }
  private readonly usedIds = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  /** The slugified title, else `q<position>`; suffixed -2, -3 … when already taken. */
  idFor(title: string | undefined, position: number): string {
    const base = (title && slugify(title)) || `q${position}`;
    // Each base remembers its next suffix: a file of 9,000 questions with one title took seconds when every id counted up from 2.
    let n = this.nextSuffix.get(base) ?? 2;
    let id = base;
    while (this.usedIds.has(id)) id = `${base}-${n++}`;
    // The id just given may yet be rejected (and so stay free): the next call checks it again first.
    this.nextSuffix.set(base, Math.max(2, n - 1));
    return id;
  }

  /** Validates against the question schema; an invalid question is rejected with the schema's reasons. */
  accept(input: QuestionInput, line: number, warnings: string[] = []): void {
    const parsed = QuestionSchema.safeParse(dropUndefined(input));
    if (!parsed.success) {
      const reasons = parsed.error.issues.slice(0, 3).map(describeIssue);
      this.reject(line, [...new Set(reasons)].join("; "));
      return;
    }
    this.blocks++;
    this.usedIds.add(parsed.data.id);
    this.result.questions.push(parsed.data);
    for (const message of warnings) this.warn(line, message);
  }

  /** A block that holds no question (a category switch): it counts towards what one import may read. */
  skip(): void {
    this.blocks++;
  }

  reject(line: number, message: string): void {
    this.blocks++;
    if (++this.result.rejectedCount <= MAX_LISTED_ISSUES) this.result.rejected.push({ line, message });
  }

  warn(line: number, message: string): void {
    if (this.result.warnings.length < MAX_LISTED_ISSUES) this.result.warnings.push({ line, message });
  }
}

/** Leaves optional fields out rather than present-but-undefined, so results compare cleanly. */
function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropUndefined) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (inner !== undefined) out[key] = dropUndefined(inner);
  return out as T;
}

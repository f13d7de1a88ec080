export type ResultStatus = "correct" | "partial" | "incorrect" | "unanswered";

/** A scored response: `credit` is the fraction of the question's points earned (0 to 1). */
export interface Verdict {
  credit: number;
  status: ResultStatus;
  /** Which rule decided it, in words a student and teacher can read. */
  rule: string;
  /** Feedback the teacher wrote for the answer given, if any. */
  feedback?: string;
}

export interface ScoreOptions {
  typoTolerance: boolean;
  /** The quiz article's text: its acronyms and the short names it uses count as the same answer. */
  article?: string;
  /**
   * Answers of more words than this (or four times the longest key's words, if
   * more) are refused without the finer rules, whose cost grows with the
   * answer: no right answer is that long. 40 by default; a cloze gap uses 10.
   */
  mostWords?: number;
}

/**
 * A key or option quoted in a rule: ‘…’, with any quotation mark inside
 * written straight (O'Brien), so that a view hiding the key can find where
 * each quotation ends.
 */
export const quoted = (text: string) => `‘${text.replace(/[‘’]/g, "'")}’`;

export function statusFor(credit: number): ResultStatus {
  if (credit >= 1 - 1e-9) return "correct";
  if (credit > 1e-9) return "partial";
  return "incorrect";
}

export function verdict(credit: number, rule: string, feedback?: string): Verdict {
  const clamped = Math.min(1, Math.max(0, credit));
  return { credit: clamped, status: statusFor(clamped), rule, ...(feedback ? { feedback } : {}) };
}

export const unanswered = (): Verdict => ({ credit: 0, status: "unanswered", rule: "no answer given" });

/** Percent for rules: 0.5 -> "50%". */
export const pct = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;

/** "accepted: …", "partial: … (worth 50%)" or "rejected: …, which earns no credit", by the weight that matched. */
export function weightedVerdict(weight: number, what: string, feedback?: string): Verdict {
  if (weight <= 0) return verdict(0, `rejected: ${what}, which earns no credit`, feedback);
  if (weight >= 1) return verdict(1, `accepted: ${what}`, feedback);
  return verdict(weight, `partial: ${what} (worth ${pct(weight)})`, feedback);
}

// A student's grade over several finished attempts, by the quiz's grading
// method (Moodle's): the highest, the average, the first or the last, as a
// percentage so attempts on versions with different totals compare.

export type GradingMethod = "highest" | "average" | "first" | "last";

export interface GradedAttempt {
  startedAt: string;
  percent: number;
}

export function gradeOver(attempts: readonly GradedAttempt[], method: GradingMethod): number | null {
  if (!attempts.length) return null;
  const byStart = [...attempts].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const percents = byStart.map((a) => a.percent);
  const value =
    method === "first" ? percents[0]!
    : method === "last" ? percents[percents.length - 1]!
    : method === "average" ? percents.reduce((a, b) => a + b, 0) / percents.length
    : Math.max(...percents);
  return Math.round(value * 100) / 100;
}

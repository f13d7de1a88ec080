// Which of a student's attempts count towards statistics or a grade: Moodle's
// first, last, highest, or all of them (and the average, for grades).

export type AttemptChoice = "first" | "last" | "highest" | "all";

export interface Choosable {
  /** One student (the normalised name). */
  student: string;
  startedAt: string;
  score: number;
}

/** The attempts that count, one per student unless `all`; ties go to the earlier attempt. */
export function chooseAttempts<T extends Choosable>(attempts: readonly T[], choice: AttemptChoice): T[] {
  if (choice === "all") return [...attempts];
  const byStudent = new Map<string, T>();
  for (const a of [...attempts].sort((x, y) => x.startedAt.localeCompare(y.startedAt))) {
    const kept = byStudent.get(a.student);
    const better = !kept || choice === "last" || (choice === "highest" && a.score > kept.score);
    if (better) byStudent.set(a.student, a);
  }
  return [...byStudent.values()];
}

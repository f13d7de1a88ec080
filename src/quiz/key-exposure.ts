// Settings that let a student collect the answer key: checked when a teacher
// publishes, so the reply can say what to change before students see it.

import type { QuizSettings } from "../schemas/quiz";
import { afterView, duringView } from "./grading";

export interface SettingsWarning {
  code: "right_answer_with_retakes" | "marks_with_unlimited_retakes";
  message: string;
}

/** What in these settings gives the key away, in words a teacher can act on; empty when nothing does. */
export function keyExposureWarnings(settings: QuizSettings): SettingsWarning[] {
  const warnings: SettingsWarning[] = [];
  const retakes = settings.attemptsAllowed !== 1;
  const after = afterView(settings);
  const showsKey = after.rightAnswer || (settings.feedback !== "deferred" && duringView(settings).rightAnswer);
  if (retakes && showsKey) {
    warnings.push({
      code: "right_answer_with_retakes",
      message:
        "Students are shown the right answers and may take the quiz again, so a second attempt can copy the key. Allow one attempt (attemptsAllowed 1), or hide the right answer (review.rightAnswer false).",
    });
  }
  const keepsBest = (settings.grading ?? "highest") === "highest";
  if (settings.attemptsAllowed === 0 && keepsBest && (after.correctness || after.score)) {
    warnings.push({
      code: "marks_with_unlimited_retakes",
      message:
        "With unlimited attempts, the highest grade kept and each answer's marks shown, a student can find every answer by trying options attempt after attempt. Limit the attempts, or grade by first or average.",
    });
  }
  return warnings;
}

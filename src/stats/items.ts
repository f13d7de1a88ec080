// Moodle's quiz statistics (REFERENCE.md) over a mark matrix: one row per
// attempt, one column per question. Pure: the service builds the matrix from
// stored marks. Every figure that cannot be computed (one attempt, no spread,
// a question nobody answered) is null, never NaN.

import { covariance, kurtosis, mean, median, sd, skewness, sum, variance } from "./moments";

export interface MarkMatrix {
  /** marks[a][q]: the mark attempt a earned on question q (0 when unanswered). */
  marks: readonly (readonly number[])[];
  /** maxMarks[q]: the most question q can earn. */
  maxMarks: readonly number[];
  /** randomGuess[q]: the expected fraction of the marks for a blind guess (null when a guess cannot score). */
  randomGuess?: readonly (number | null)[];
}

export interface QuestionStats {
  /** Mean mark as a percentage of the question's maximum. */
  facility: number | null;
  /** SD of the mark as a percentage of the question's maximum. */
  sd: number | null;
  randomGuessScore: number | null;
  discriminationIndex: number | null;
  discriminativeEfficiency: number | null;
  effectiveWeight: number | null;
  /** Why a teacher should look at this question; empty when nothing stands out. */
  review: string[];
}

export interface QuizStats {
  attempts: number;
  /** Mean, median and SD of the total, as percentages of the maximum. */
  mean: number | null;
  median: number | null;
  sd: number | null;
  skewness: number | null;
  kurtosis: number | null;
  cronbachAlpha: number | null;
  errorRatio: number | null;
  /** The standard error of a total, as a percentage of the maximum. */
  standardError: number | null;
}

const pct = (x: number | null, of: number) => (x === null || of <= 0 ? null : (100 * x) / of);
const round = (x: number | null, digits = 2) => (x === null || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const column = (marks: MarkMatrix["marks"], q: number) => marks.map((row) => row[q] ?? 0);

/** 100 · cov(x, o) / covmax, covmax being the covariance of x and o each sorted ascending. */
function discriminativeEfficiency(x: readonly number[], o: readonly number[]): number | null {
  const cov = covariance(x, o);
  const max = covariance([...x].sort((a, b) => a - b), [...o].sort((a, b) => a - b));
  return cov === null || max === null || max <= 1e-12 ? null : (100 * cov) / max;
}

export function itemAnalysis(matrix: MarkMatrix): { quiz: QuizStats; questions: QuestionStats[] } {
  const { marks, maxMarks } = matrix;
  const s = marks.length;
  const totals = marks.map((row) => sum(row));
  const totalMax = sum(maxMarks);
  const varT = variance(totals);
  const covXT = maxMarks.map((_, q) => covariance(column(marks, q), totals));
  const weightSum = sum(covXT.map((c) => (c !== null && c > 0 ? Math.sqrt(c) : 0)));

  const questions = maxMarks.map((max, q): QuestionStats => {
    const x = column(marks, q);
    const o = totals.map((t, a) => t - x[a]!);
    const varX = variance(x);
    const varO = variance(o);
    const cov = covariance(x, o);
    const discrimination = cov !== null && varX !== null && varO !== null && varX > 1e-12 && varO > 1e-12 ? (100 * cov) / Math.sqrt(varX * varO) : null;
    const efficiency = discriminativeEfficiency(x, o);
    const c = covXT[q] ?? null;
    const effectiveWeight = c !== null && c >= 0 && weightSum > 0 ? (100 * Math.sqrt(c)) / weightSum : null;
    const facility = pct(mean(x), max);
    const review: string[] = [];
    if (s < 2) review.push("too few attempts to judge");
    else {
      if (facility !== null && facility < 30) review.push(`hard: facility ${round(facility, 0)}% is below 30%`);
      if (facility !== null && facility > 80) review.push(`easy: facility ${round(facility, 0)}% is above 80%`);
      if (discrimination !== null && discrimination < 0) review.push("negative discrimination: stronger students did worse on it");
      if (efficiency !== null && efficiency < 15) review.push(`discriminative efficiency ${round(efficiency, 0)}% is below 15%`);
      if (varX !== null && varX <= 1e-12) review.push("everyone earned the same mark, so it tells students apart not at all");
      if (c !== null && c < 0) review.push("negative covariance with the total: no effective weight");
    }
    return {
      facility: round(facility),
      sd: round(pct(sd(x), max)),
      randomGuessScore: round(pct(matrix.randomGuess?.[q] ?? null, 1)),
      discriminationIndex: round(discrimination),
      discriminativeEfficiency: round(efficiency),
      effectiveWeight: round(effectiveWeight),
      review,
    };
  });

  const p = maxMarks.length;
  const itemVariances = maxMarks.map((_, q) => variance(column(marks, q)));
  const alpha = p > 1 && varT !== null && varT > 1e-12 && itemVariances.every((v) => v !== null) ? 100 * (p / (p - 1)) * (1 - sum(itemVariances as number[]) / varT) : null;
  // Alpha can round a hair past 100 when every question measures the same thing.
  const errorRatio = alpha !== null ? 100 * Math.sqrt(Math.max(0, 1 - alpha / 100)) : null;
  const sdT = sd(totals);
  return {
    quiz: {
      attempts: s,
      mean: round(pct(mean(totals), totalMax)),
      median: round(pct(median(totals), totalMax)),
      sd: round(pct(sdT, totalMax)),
      skewness: round(skewness(totals), 4),
      kurtosis: round(kurtosis(totals), 4),
      cronbachAlpha: round(alpha),
      errorRatio: round(errorRatio),
      standardError: round(errorRatio !== null && sdT !== null ? pct((errorRatio / 100) * sdT, totalMax) : null),
    },
    questions,
  };
}

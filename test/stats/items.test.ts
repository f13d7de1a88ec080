import { describe, expect, it } from "vitest";
import { itemAnalysis } from "../../src/stats/items";

// Golden tests for Moodle's quiz statistics. The expected figures come from an
// independent calculation written here with power sums (Σx, Σx², Σxy …)
// rather than the deviations src/stats uses, so a slip in either shows.

const MAX = [1, 1, 2, 1, 3, 1, 2];
// 25 attempts × 7 questions, with partial marks (0.5, 1.5, 0.33 …) and one question (index 5) nobody got right.
const MARKS: number[][] = [
  [1, 1, 2, 1, 3, 0, 2], [1, 0, 1.5, 1, 2.5, 0, 2], [0, 1, 2, 0.5, 3, 0, 1], [1, 1, 1, 1, 1.5, 0, 2], [0, 0, 0.5, 0, 0, 0, 0],
  [1, 1, 2, 1, 2, 0, 1.5], [0.5, 0, 1, 0, 1, 0, 1], [1, 1, 2, 1, 3, 0, 2], [0, 1, 0, 0.33, 0.5, 0, 0], [1, 0, 1.5, 1, 2, 0, 2],
  [1, 1, 2, 0.67, 2.5, 0, 1], [0, 0, 1, 0, 1, 0, 0.5], [1, 1, 1.5, 1, 3, 0, 2], [0.5, 1, 2, 1, 2, 0, 1.5], [0, 0, 0, 0, 0.5, 0, 0],
  [1, 1, 2, 1, 1, 0, 2], [1, 0, 0.5, 0, 1.5, 0, 1], [0, 1, 1, 1, 2, 0, 0.5], [1, 1, 2, 1, 2.5, 0, 2], [0.5, 0, 1, 0.5, 1, 0, 1],
  [1, 1, 1.5, 1, 3, 0, 1.5], [0, 0, 0.5, 0, 0, 0, 0.5], [1, 1, 2, 1, 2, 0, 2], [1, 0, 1, 0.33, 1.5, 0, 1], [0, 1, 2, 1, 3, 0, 1.5],
];

const S = (xs: number[], f: (x: number, i: number) => number = (x) => x) => xs.reduce((acc, x, i) => acc + f(x, i), 0);
/** Sample covariance from power sums: (Σxy − ΣxΣy/s) / (s − 1). */
const cov = (x: number[], y: number[]) => (S(x, (v, i) => v * y[i]!) - (S(x) * S(y)) / x.length) / (x.length - 1);
function kStats(x: number[]) {
  const n = x.length;
  const [s1, s2, s3, s4] = [1, 2, 3, 4].map((p) => S(x, (v) => v ** p)) as [number, number, number, number];
  const k2 = (n * s2 - s1 * s1) / (n * (n - 1));
  const k3 = (2 * s1 ** 3 - 3 * n * s1 * s2 + n * n * s3) / (n * (n - 1) * (n - 2));
  const k4 = (-6 * s1 ** 4 + 12 * n * s1 ** 2 * s2 - 3 * n * (n - 1) * s2 ** 2 - 4 * n * (n + 1) * s1 * s3 + n * n * (n + 1) * s4) / (n * (n - 1) * (n - 2) * (n - 3));
  return { skew: k3 / k2 ** 1.5, kurt: k4 / k2 ** 2 };
}

describe("item statistics on a 25 × 7 mark matrix", () => {
  const stats = itemAnalysis({ marks: MARKS, maxMarks: MAX, randomGuess: [0.25, 0.5, null, 0.25, null, 0.25, 0] });
  const totals = MARKS.map((row) => S(row));
  const totalMax = S(MAX);
  const col = (q: number) => MARKS.map((row) => row[q]!);
  const close = (actual: number | null, expected: number) => expect(actual).toBeCloseTo(expected, 1);

  it("matches the independent figures for every question", () => {
    const sqrtCovs = MAX.map((_, q) => Math.max(0, cov(col(q), totals)));
    const weightSum = S(sqrtCovs.map(Math.sqrt));
    MAX.forEach((max, q) => {
      const x = col(q);
      const o = totals.map((t, a) => t - x[a]!);
      const got = stats.questions[q]!;
      close(got.facility, (100 * S(x)) / x.length / max);
      close(got.sd, (100 * Math.sqrt(cov(x, x))) / max);
      if (cov(x, x) === 0) {
        expect(got.discriminationIndex).toBeNull();
        expect(got.discriminativeEfficiency).toBeNull();
        return;
      }
      close(got.discriminationIndex, (100 * cov(x, o)) / Math.sqrt(cov(x, x) * cov(o, o)));
      const sortedX = [...x].sort((a, b) => a - b);
      const sortedO = [...o].sort((a, b) => a - b);
      close(got.discriminativeEfficiency, (100 * cov(x, o)) / cov(sortedX, sortedO));
      close(got.effectiveWeight, (100 * Math.sqrt(sqrtCovs[q]!)) / weightSum);
    });
    expect(stats.questions.map((q) => q.randomGuessScore)).toEqual([25, 50, null, 25, null, 25, 0]);
  });

  it("matches the independent figures for the quiz", () => {
    const p = MAX.length;
    const alpha = 100 * (p / (p - 1)) * (1 - S(MAX.map((_, q) => cov(col(q), col(q)))) / cov(totals, totals));
    const sdT = Math.sqrt(cov(totals, totals));
    const { skew, kurt } = kStats(totals);
    const sorted = [...totals].sort((a, b) => a - b);
    expect(stats.quiz.attempts).toBe(25);
    close(stats.quiz.mean, (100 * S(totals)) / 25 / totalMax);
    close(stats.quiz.median, (100 * sorted[12]!) / totalMax);
    close(stats.quiz.sd, (100 * sdT) / totalMax);
    expect(stats.quiz.skewness).toBeCloseTo(skew, 3);
    expect(stats.quiz.kurtosis).toBeCloseTo(kurt, 3);
    close(stats.quiz.cronbachAlpha, alpha);
    close(stats.quiz.errorRatio, 100 * Math.sqrt(1 - alpha / 100));
    close(stats.quiz.standardError, (100 * Math.sqrt(1 - alpha / 100) * sdT) / totalMax);
  });

  it("flags the questions a teacher should look at, with the reason", () => {
    expect(stats.questions[5]!.review).toEqual(expect.arrayContaining([expect.stringMatching(/^hard: facility 0%/), expect.stringMatching(/same mark/)]));
    expect(stats.questions[0]!.review).toEqual([]);
  });
});

describe("item statistics at the edges", () => {
  const noNaN = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? "BAD" : v)).includes("BAD");

  it("one attempt: no spread to measure, nulls and a reason, never NaN", () => {
    const stats = itemAnalysis({ marks: [[1, 0.5]], maxMarks: [1, 1] });
    expect(noNaN(stats)).toBe(false);
    expect(stats.quiz).toMatchObject({ attempts: 1, mean: 75, median: 75, sd: null, skewness: null, kurtosis: null, cronbachAlpha: null });
    expect(stats.questions[0]).toMatchObject({ facility: 100, discriminationIndex: null, review: ["too few attempts to judge"] });
  });

  it("everyone with the same score, and a question nobody answered", () => {
    const stats = itemAnalysis({ marks: [[1, 0], [1, 0], [1, 0], [1, 0]], maxMarks: [1, 1] });
    expect(noNaN(stats)).toBe(false);
    expect(stats.quiz).toMatchObject({ mean: 50, sd: 0, skewness: null, kurtosis: null, cronbachAlpha: null });
    expect(stats.questions[1]).toMatchObject({ facility: 0, discriminationIndex: null, discriminativeEfficiency: null });
  });

  it("questions that all measure the same thing: alpha of 100%, an error ratio of 0, not null", () => {
    const stats = itemAnalysis({ marks: [[1, 1, 1], [0, 0, 0], [1, 1, 1], [0.3, 0.3, 0.3]], maxMarks: [1, 1, 1] });
    expect(stats.quiz.cronbachAlpha).toBe(100);
    expect(stats.quiz.errorRatio).toBe(0);
    expect(stats.quiz.standardError).toBe(0);
  });

  it("no attempts at all", () => {
    const stats = itemAnalysis({ marks: [], maxMarks: [1, 2] });
    expect(noNaN(stats)).toBe(false);
    expect(stats.quiz).toMatchObject({ attempts: 0, mean: null, median: null });
  });
});

// The only percentages Moodle's question bank accepts as answer grades (and their negatives).
const MOODLE_PERCENTS = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0,
];
// Moodle writes these with five decimals, so anything closer than this is the same grade.
const EPSILON = 1e-4;

export function nearestMoodlePercent(percent: number): number {
  let best = 0;
  for (const allowed of MOODLE_PERCENTS) {
    if (Math.abs(Math.abs(percent) - allowed) < Math.abs(Math.abs(percent) - best)) best = allowed;
  }
  return percent < 0 ? -best : best;
}

export function isMoodlePercent(percent: number): boolean {
  return Math.abs(nearestMoodlePercent(percent) - percent) < EPSILON;
}

/** A weight (fraction) as a GIFT percentage, without float noise such as 7.000000000000001. */
export function formatPercent(weight: number): string {
  return String(Number((weight * 100).toFixed(8)) + 0);
}

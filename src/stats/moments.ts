// Sample statistics as Moodle's quiz statistics report uses them: variances
// and covariances divide by s − 1; skewness and kurtosis use the unbiased
// k-statistics. Each returns null where the figure is undefined (too few
// values, or no spread), never NaN or Infinity.

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
export const mean = (xs: readonly number[]) => (xs.length ? sum(xs) / xs.length : null);

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sample covariance (divides by s − 1); null below two values. */
export function covariance(xs: readonly number[], ys: readonly number[]): number | null {
  const s = xs.length;
  if (s < 2 || ys.length !== s) return null;
  const mx = sum(xs) / s;
  const my = sum(ys) / s;
  let acc = 0;
  for (let i = 0; i < s; i++) acc += (xs[i]! - mx) * (ys[i]! - my);
  return acc / (s - 1);
}

export const variance = (xs: readonly number[]) => covariance(xs, xs);

export function sd(xs: readonly number[]): number | null {
  const v = variance(xs);
  return v === null ? null : Math.sqrt(Math.max(0, v));
}

/** Central moment m_r = Σ(x − mean)^r / s. */
function moment(xs: readonly number[], r: number): number {
  const m = sum(xs) / xs.length;
  return sum(xs.map((x) => (x - m) ** r)) / xs.length;
}

/** s, m2 and the unbiased k2, or null with fewer than `least` values or no spread. */
function spread(xs: readonly number[], least: number) {
  const s = xs.length;
  if (s < least) return null;
  const m2 = moment(xs, 2);
  return m2 <= 1e-12 ? null : { s, m2, k2: (s * m2) / (s - 1) };
}

/** k3 / k2^1.5, from the unbiased k-statistics; null below 3 values or with no spread. */
export function skewness(xs: readonly number[]): number | null {
  const d = spread(xs, 3);
  if (!d) return null;
  const { s, k2 } = d;
  const k3 = (s * s * moment(xs, 3)) / ((s - 1) * (s - 2));
  return k3 / k2 ** 1.5;
}

/** k4 / k2², from the unbiased k-statistics; null below 4 values or with no spread. */
export function kurtosis(xs: readonly number[]): number | null {
  const d = spread(xs, 4);
  if (!d) return null;
  const { s, m2, k2 } = d;
  const k4 = (s * s * ((s + 1) * moment(xs, 4) - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3));
  return k4 / (k2 * k2);
}

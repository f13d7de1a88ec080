// A small timing loop for benchmarks inside workerd: warm up, then time
// batches of runs (workerd's clock ticks in whole milliseconds, so one run of
// a fast function would read as 0 or 1) and report the median and 95th
// percentile per run. Numbers are printed, never asserted.

export interface Timing {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export function time(name: string, fn: () => unknown, samples = 40, minBatchMs = 20): Timing {
  for (let i = 0; i < 5; i++) fn();
  // Size a batch so that it lasts at least minBatchMs.
  let batch = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t0 >= minBatchMs || batch >= 1 << 16) break;
    batch *= 2;
  }
  const perRun: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    perRun.push((performance.now() - t0) / batch);
  }
  perRun.sort((a, b) => a - b);
  const at = (q: number) => perRun[Math.min(perRun.length - 1, Math.floor(q * perRun.length))]!;
  return { name, runs: samples * batch, medianMs: at(0.5), p95Ms: at(0.95) };
}

export function report(title: string, rows: Timing[]): void {
  const lines = rows.map((r) => `${r.name.padEnd(48)} median ${r.medianMs.toFixed(3).padStart(8)} ms   p95 ${r.p95Ms.toFixed(3).padStart(8)} ms   (${r.runs} runs)`);
  console.log(`\n${title}\n${lines.join("\n")}`);
}

/** As `time`, for work that returns a promise (a request through the app): batches run one after another. */
export async function timeAsync(name: string, fn: () => Promise<unknown>, samples = 30, minBatchMs = 20): Promise<Timing> {
  for (let i = 0; i < 5; i++) await fn();
  let batch = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) await fn();
    if (performance.now() - t0 >= minBatchMs || batch >= 1 << 14) break;
    batch *= 2;
  }
  const perRun: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) await fn();
    perRun.push((performance.now() - t0) / batch);
  }
  perRun.sort((a, b) => a - b);
  const at = (q: number) => perRun[Math.min(perRun.length - 1, Math.floor(q * perRun.length))]!;
  return { name, runs: samples * batch, medianMs: at(0.5), p95Ms: at(0.95) };
}

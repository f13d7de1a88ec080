import { fnv1a } from "../score/item-id";

/** mulberry32: a tiny seeded PRNG, so an attempt's option order is the same on every request. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates with a seed per (attempt, question, list). */
export function seededShuffle<T>(items: readonly T[], seed: number, salt: string): T[] {
  const out = [...items];
  const next = prng(fnv1a(salt, seed >>> 0));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

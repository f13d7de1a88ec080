// Text folded for comparison: no accents, no case, words separated by single
// spaces. Distractor and guard checks fold the same strings many times over,
// so results are remembered (bounded, and a pure function of the input).

const cache = new Map<string, string>();
const LIMIT = 20_000;

export function fold(text: string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}

/** Whether `needle` appears in `haystack` as whole words. */
export const containsWords = (haystack: string, needle: string) => {
  const n = fold(needle);
  return n.length > 0 && ` ${fold(haystack)} `.includes(` ${n} `);
};

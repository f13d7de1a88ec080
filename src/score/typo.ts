// Small misspellings, scaled to word length the way H5P and the OU pattern-match
// plugin do: none for short words, one edit from 5 letters, two from 9.

export function allowedEdits(word: string): number {
  if (/\d/.test(word)) return 0; // "16" is not a typo of "6"
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * A small misspelling of `target`: within `budget` edits (its length's
 * allowance by default), never a first letter changed, since names that
 * differ there are usually other names (Minsk, Pinsk).
 */
export function nearSpelling(given: string, target: string, budget = allowedEdits(target)): boolean {
  return budget > 0 && given[0] === target[0] && editDistance(given, target, budget) <= budget;
}

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}

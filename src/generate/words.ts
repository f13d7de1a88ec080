// Small word helpers shared by the question builders.

export const capital = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** 6 → "6th", 22 → "22nd". */
export const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;

/** Distinct strings, case ignored, first spelling kept. */
export function uniqueForms(forms: readonly string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const k = f.toLowerCase();
    if (!f.trim() || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const NUMBER_NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** 2 → "two" (up to twenty), in the case of the word it replaces; undefined beyond. */
export function numberName(n: number, like: string): string | undefined {
  const name = Number.isInteger(n) ? NUMBER_NAMES[n] : undefined;
  if (!name) return undefined;
  return /^\p{Lu}/u.test(like) ? capital(name) : name;
}

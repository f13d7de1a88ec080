// Reads a number a student typed: "1,500", "1 500", "3.5", "-2", "½" is not
// supported, number words up to the thousands ("two", "twenty-one", "three hundred").

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

export function parseNumberWords(text: string): number | null {
  const tokens = text.toLowerCase().replace(/-/g, " ").split(/\s+/).filter((t) => t && t !== "and");
  if (!tokens.length) return null;
  let total = 0;
  let current = 0;
  for (const t of tokens) {
    if (t in SMALL) {
      // Only "twenty one" style pairs add up: "one two" or "five five" is not a number.
      const tensThenUnit = current % 100 >= 20 && current % 10 === 0 && SMALL[t]! < 10;
      if (current % 100 !== 0 && !tensThenUnit) return null;
      current += SMALL[t]!;
    }
    else if (t === "hundred") current = (current || 1) * 100;
    else if (t in SCALES) {
      total += (current || 1) * SCALES[t]!;
      current = 0;
    } else return null;
  }
  return total + current;
}

export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/[\u2212\u2013]/g, "-");
  if (!s) return null;
  const digits = s.replace(/(\d)[,\s\u00a0\u202f'](?=\d{3}(\D|$))/g, "$1");
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(digits)) return Number(digits);
  return parseNumberWords(s);
}

/** Splits a trailing unit off ("25 km" -> 25, "km") when the unit is one the question accepts. */
export function parseQuantity(text: string, units: readonly string[] = []): { value: number | null; unit: string | null } {
  const trimmed = text.trim();
  // "12 day" for "days": singular forms of the listed units count too.
  const forms = units.flatMap((u) => (u.length > 3 && /s$/i.test(u) ? [u, u.slice(0, -1)] : [u]));
  for (const unit of forms.sort((a, b) => b.length - a.length)) {
    const lower = trimmed.toLowerCase();
    if (lower.endsWith(unit.toLowerCase())) {
      const value = parseNumber(trimmed.slice(0, trimmed.length - unit.length));
      if (value !== null) return { value, unit };
    }
  }
  return { value: parseNumber(trimmed), unit: null };
}

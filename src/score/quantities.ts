// Quantities as a teacher reads them: the same amount in another currency
// notation (€, EUR, euros), a duration written as a clock or in units
// (4:51:09, 4h 51min 9s), and the little qualifiers that say roughly or at
// most. Pure word lists and parsers; the matching itself is in match.ts.

/** Currency words and codes, each to one family: a different family is a different amount. */
const CURRENCY_FAMILY: Readonly<Record<string, string>> = {
  dollars: "usd", dollar: "usd", usd: "usd", bucks: "usd",
  euros: "eur", euro: "eur", eur: "eur",
  pounds: "gbp", pound: "gbp", gbp: "gbp", sterling: "gbp", quid: "gbp",
  yen: "jpy", jpy: "jpy", yuan: "cny", renminbi: "cny", rmb: "cny", cny: "cny",
  won: "krw", krw: "krw", rupees: "inr", rupee: "inr", inr: "inr",
  roubles: "rub", rubles: "rub", rouble: "rub", ruble: "rub", rub: "rub",
  kroner: "krone", krone: "krone", kronor: "krone", krona: "krone", kr: "krone", nok: "krone", sek: "krone", dkk: "krone",
  francs: "chf", franc: "chf", chf: "chf", zloty: "pln", zlotys: "pln", pln: "pln", lira: "try", liras: "try",
  tenge: "kzt", kzt: "kzt", somoni: "tjs", som: "som", manat: "azn", azn: "azn", lari: "gel", gel: "gel", dirhams: "aed", dirham: "aed",
  reais: "brl", real: "brl", brl: "brl", pesos: "peso", peso: "peso", rand: "zar", dong: "vnd", vnd: "vnd", baht: "thb",
};

export const currencyOf = (word: string): string | undefined => CURRENCY_FAMILY[word];

/** Words that only say "roughly": an answer may add or drop them. */
export const APPROXIMATELY = new Set(["about", "around", "approximately", "approx", "roughly", "some", "nearly", "almost", "circa", "ca", "just", "over", "under", "up", "to", "at", "least", "more", "less", "than", "fewer", "upto"]);
/** Of those, the ones that set a bound: an answer may give the bound the key gives, or none, but not another. */
const BOUNDS: Readonly<Record<string, string>> = { over: "above", more: "above", least: "above", under: "below", less: "below", fewer: "below", up: "below", upto: "below" };

/** The words of a run that set a bound ("up to", "at least", "more than", "over"). */
export const boundWords = (words: readonly string[]) => words.filter((w) => BOUNDS[w] !== undefined || w === "at");

/** The bound a run of words sets ("up to" is below, "at least" above), or null. */
export function boundOf(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "up" && words[i + 1] !== "to") continue;
    if (w === "least" && words[i - 1] !== "at") continue;
    if (BOUNDS[w]) return BOUNDS[w]!;
  }
  return null;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
};

/**
 * A duration in seconds, read from the folded words of a key or an answer:
 * numbers each followed by a time unit ("4 hours 51 minutes 9 seconds",
 * "4h 51min 9s"), or a clock ("4:51:09", "4.51.09", "0:14", read from the raw
 * text). Words other than numbers, units, "and" and `extra` make it no duration.
 */
export function durationSeconds(raw: string, words: readonly string[], extra: (w: string) => boolean): number | null {
  const clock = raw.match(/(?<![\d.:])(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?![\d.:])/);
  if (clock) {
    const [h, m, s] = clock[3] !== undefined ? [clock[1], clock[2], clock[3]] : ["0", clock[1], clock[2]];
    const rest = raw.replace(clock[0], " ").toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
    // "4.51" alone is a decimal unless a unit or a colon says it is a clock.
    if (clock[3] === undefined && raw.includes(".") && !raw.includes(":")) return null;
    if (rest.every((w) => extra(w) || UNIT_SECONDS[w] !== undefined || w === "and")) return Number(h) * 3600 + Number(m) * 60 + Number(s);
  }
  let total = 0;
  let units = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const value = /^\d+(\.\d+)?$/.test(w) ? Number(w) : null;
    if (value !== null) {
      const unit = UNIT_SECONDS[words[i + 1] ?? ""];
      if (unit === undefined) return null;
      total += value * unit;
      units++;
      i++;
    } else if (w !== "and" && !extra(w)) return null;
  }
  return units ? Math.round(total * 1000) / 1000 : null;
}

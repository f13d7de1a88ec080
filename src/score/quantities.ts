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
  tenge: "kzt", kzt: "kzt", somoni: "tjs", som: "som", manat: "azn", azn: "azn", lari: "gel", gel: "gel", dirhams: "aed", dirham: "aed", dinars: "dinar", dinar: "dinar", jod: "dinar",
  reais: "brl", real: "brl", brl: "brl", pesos: "peso", peso: "peso", rand: "zar", dong: "vnd", vnd: "vnd", baht: "thb",
};

export const currencyOf = (word: string): string | undefined => CURRENCY_FAMILY[word];

/** Words that only say "roughly": an answer may add or drop them. */
export const APPROXIMATELY = new Set(["about", "around", "approximately", "approx", "roughly", "some", "nearly", "almost", "circa", "ca", "just", "estimated", "over", "under", "up", "to", "at", "least", "more", "less", "than", "fewer", "upto"]);
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

type Dimension = "length" | "mass" | "span" | "speed" | "volume" | "flow";
/** Units by dimension, in a base unit each (metres, grams, days, cubic metres). "m" is metres here: a duration's minutes are read above. */
const MEASURE_UNITS: Readonly<Record<string, [Exclude<Dimension, "speed" | "flow">, number]>> = {
  mm: ["length", 0.001], millimetre: ["length", 0.001], millimetres: ["length", 0.001], millimeter: ["length", 0.001], millimeters: ["length", 0.001],
  cm: ["length", 0.01], centimetre: ["length", 0.01], centimetres: ["length", 0.01], centimeter: ["length", 0.01], centimeters: ["length", 0.01],
  m: ["length", 1], metre: ["length", 1], metres: ["length", 1], meter: ["length", 1], meters: ["length", 1], mtrs: ["length", 1],
  km: ["length", 1000], kms: ["length", 1000], klm: ["length", 1000], kilometre: ["length", 1000], kilometres: ["length", 1000], kilometer: ["length", 1000], kilometers: ["length", 1000],
  mg: ["mass", 0.001], milligram: ["mass", 0.001], milligrams: ["mass", 0.001],
  g: ["mass", 1], gr: ["mass", 1], grs: ["mass", 1], gram: ["mass", 1], grams: ["mass", 1], gramme: ["mass", 1], grammes: ["mass", 1],
  kg: ["mass", 1000], kgs: ["mass", 1000], kilo: ["mass", 1000], kilos: ["mass", 1000], kilogram: ["mass", 1000], kilograms: ["mass", 1000], kilogramme: ["mass", 1000], kilogrammes: ["mass", 1000],
  tonne: ["mass", 1e6], tonnes: ["mass", 1e6], ton: ["mass", 1e6], tons: ["mass", 1e6], t: ["mass", 1e6],
  day: ["span", 1], days: ["span", 1], week: ["span", 7], weeks: ["span", 7], wk: ["span", 7], wks: ["span", 7],
  month: ["span", 30.4375], months: ["span", 30.4375], mth: ["span", 30.4375], mths: ["span", 30.4375], mo: ["span", 30.4375], mos: ["span", 30.4375],
  year: ["span", 365.25], years: ["span", 365.25], yr: ["span", 365.25], yrs: ["span", 365.25],
  // "m³" folds to "m3".
  m3: ["volume", 1], cm3: ["volume", 1e-6], km3: ["volume", 1e9],
  l: ["volume", 0.001], litre: ["volume", 0.001], litres: ["volume", 0.001], liter: ["volume", 0.001], liters: ["volume", 0.001], ltr: ["volume", 0.001],
  ml: ["volume", 1e-6], millilitre: ["volume", 1e-6], millilitres: ["volume", 1e-6], milliliter: ["volume", 1e-6], milliliters: ["volume", 1e-6],
};
/** Time units a speed or a flow is "per": "km/s", "kilometres a second", "cubic metres per second". */
const PER_TIME: Readonly<Record<string, number>> = { s: 1, sec: 1, second: 1, min: 60, minute: 60, h: 3600, hr: 3600, hour: 3600 };

export interface Measure {
  dimension: Dimension;
  /** In metres, grams, days, or metres per second. */
  value: number;
}

/**
 * A length, mass, calendar span or speed read from folded words: one or more
 * numbers each with a unit of one dimension ("2 years and 4 months", "0.312
 * kg", "17.2 km s", "17200 metres per second"). Words other than those and
 * `extra` make it no measure.
 */
export function measureOf(words: readonly string[], extra: (w: string) => boolean): Measure | null {
  let dimension: Dimension | undefined;
  let value = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\d+(\.\d+)?$/.test(w)) {
      if (w === "and" || extra(w)) continue;
      return null;
    }
    // "420 cubic metres": a length unit cubed.
    const cubic = words[i + 1] === "cubic" && MEASURE_UNITS[words[i + 2] ?? ""]?.[0] === "length";
    const unit = cubic ? (["volume", MEASURE_UNITS[words[i + 2]!]![1] ** 3] as const) : MEASURE_UNITS[words[i + 1] ?? ""];
    if (!unit) return null;
    i += cubic ? 2 : 1;
    const [kind, scale] = unit;
    let amount = Number(w) * scale;
    let per = i + 1;
    if (["per", "a", "an"].includes(words[per] ?? "")) per++;
    if ((kind === "length" || kind === "volume") && PER_TIME[words[per] ?? ""] !== undefined) {
      amount /= PER_TIME[words[per]!]!;
      i = per;
      const rate = kind === "length" ? "speed" : "flow";
      if (dimension && dimension !== rate) return null;
      dimension = rate;
    } else {
      if (dimension && dimension !== kind) return null;
      dimension = kind;
    }
    value += amount;
  }
  return dimension ? { dimension, value } : null;
}

/** Equal up to rounding: 28 months is 2 years and 4 months, 0.312 kg is 312 g. */
export const sameMeasure = (a: Measure, b: Measure) => a.dimension === b.dimension && Math.abs(a.value - b.value) <= 1e-6 * Math.max(Math.abs(a.value), Math.abs(b.value));

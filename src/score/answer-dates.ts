// Dates in typed answers, compared as dates with their granularity: "6
// September", "Sept. 6th", "September 6", "the 6th of September" and
// "2025-09-06" are one date; "September 16" and "late August" are others.

import { nearSpelling } from "./typo";

export type MonthPart = "early" | "mid" | "late";

export interface AnswerDate {
  day?: number;
  month: number;
  year?: number;
  part?: MonthPart;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const SHORT_MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
/** Weekday names and their short forms. */
export const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]);
/** A weekday or a month, spelled as the article spells it: capitalised without naming a candidate, and never a slip for another one. */
export const isCalendarWord = (word: string) => WEEKDAYS.has(word) || MONTHS.includes(word) || SHORT_MONTHS[word] !== undefined;
const PARTS: Record<string, MonthPart> = { early: "early", beginning: "early", start: "early", mid: "mid", middle: "mid", late: "late", end: "late" };

/** A month name, its abbreviation, or a small typo of the full name. */
export function monthOf(word: string): number | null {
  const exact = MONTHS.indexOf(word);
  if (exact >= 0) return exact + 1;
  if (SHORT_MONTHS[word]) return SHORT_MONTHS[word]!;
  // "Agust", and "Mach" for March: a slip that points at one month only ("Jule" could be June or July).
  if (word.length < 4) return null;
  const near = MONTHS.filter((m) => m.length >= 5 && nearSpelling(word, m));
  return near.length === 1 ? MONTHS.indexOf(near[0]!) + 1 : null;
}

const ORDINAL_DAYS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
  "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

/** A day of the month: "6", "6th", or "sixth" (ordinal words up to the twentieth; "thirtieth" too). */
const dayOf = (word: string | undefined) => {
  if (!word) return null;
  const spelled = ORDINAL_DAYS.indexOf(word);
  if (spelled >= 0) return spelled + 1;
  if (word === "thirtieth") return 30;
  const m = word.match(/^(\d{1,2})(st|nd|rd|th)?$/);
  const day = m ? Number(m[1]) : NaN;
  return day >= 1 && day <= 31 ? day : null;
};
const yearOf = (word: string | undefined) => (word && /^\d{4}$/.test(word) && +word >= 1000 && +word <= 2200 ? +word : null);

export interface FoundDate {
  date: AnswerDate;
  /** The words before and after the date. */
  rest: string[];
  /** A numeric date that reads two ways (6/9/2025). */
  ambiguous?: boolean;
}

/** Numeric dates: ISO year-month-day, or day and month in either order when only one reading is possible. */
function numericDate(words: readonly string[], at: number): { date: AnswerDate; length: number; ambiguous?: boolean } | null {
  const [a, b, c] = [words[at], words[at + 1], words[at + 2]].map((w) => (w && /^\d{1,4}$/.test(w) ? Number(w) : NaN)) as [number, number, number];
  if (yearOf(words[at]) && b >= 1 && b <= 12 && c >= 1 && c <= 31) return { date: { year: a, month: b, day: c }, length: 3 };
  if (!yearOf(words[at + 2]) || !(a >= 1 && a <= 31 && b >= 1 && b <= 31)) return null;
  if (a > 12 && b <= 12) return { date: { day: a, month: b, year: c }, length: 3 };
  if (b > 12 && a <= 12) return { date: { month: a, day: b, year: c }, length: 3 };
  if (a === b) return { date: { day: a, month: b, year: c }, length: 3 };
  return { date: { month: a, day: b, year: c }, length: 3, ambiguous: true };
}

/** A written date: [part] [the] day [of] month [year], or [part] month [the] day [year], or [part] month [year]. */
function writtenDate(words: readonly string[], at: number): { date: AnswerDate; length: number; ambiguous?: boolean } | null {
  let i = at;
  let part: MonthPart | undefined;
  if (PARTS[words[i] ?? ""]) {
    part = PARTS[words[i]!];
    i++;
    if (words[i] === "of") i++;
  }
  if (words[i] === "the") i++;
  let day = dayOf(words[i]);
  let month: number | null = null;
  if (day !== null) {
    let j = i + 1;
    if (words[j] === "of") j++;
    month = monthOf(words[j] ?? "");
    if (month === null) return null;
    i = j + 1;
  } else {
    month = monthOf(words[i] ?? "");
    if (month === null) return null;
    i++;
    if (words[i] === "the" && dayOf(words[i + 1]) !== null) i++;
    day = dayOf(words[i]);
    if (day !== null && yearOf(words[i]) === null) i++;
    else day = null;
  }
  const year = yearOf(words[i]);
  if (year !== null) i++;
  if (part && day !== null) return null; // "early 6 September" is not a date a reader writes
  return { date: { month, ...(day !== null ? { day } : {}), ...(year !== null ? { year } : {}), ...(part ? { part } : {}) }, length: i - at };
}

/** The first date in the words, with the words around it. */
export function findDate(words: readonly string[]): FoundDate | null {
  for (let at = 0; at < words.length; at++) {
    const found = writtenDate(words, at) ?? numericDate(words, at);
    if (found) return { date: found.date, rest: [...words.slice(0, at), ...words.slice(at + found.length)], ...(found.ambiguous ? { ambiguous: true } : {}) };
  }
  return null;
}

/** Words between the two ends of a span: "1 July to 30 September", "July 1 - September 30" (the dash is gone by now). */
const SPAN_JOINERS = new Set(["to", "until", "till", "til", "through", "thru", "and"]);

export interface FoundSpan {
  from: AnswerDate;
  to: AnswerDate;
  rest: string[];
}

/**
 * The first span of two dates in the words: "1 July to 30 September 2025",
 * "between 2025-07-01 and 2025-09-30", "26–28 September", "Sept 26 to 28",
 * "Friday 26 to Sunday 28 September" (weekdays only say more of the same
 * days). A month or year written once is both ends'.
 */
export function findDateSpan(read: readonly string[]): FoundSpan | null {
  const words = read.filter((w) => !WEEKDAYS.has(w));
  for (let at = 0; at < words.length; at++) {
    const first = writtenDate(words, at) ?? numericDate(words, at) ?? bareDay(words, at);
    if (!first || first.ambiguous) continue;
    let next = at + first.length;
    if (SPAN_JOINERS.has(words[next] ?? "")) next++;
    // "Sept 26 to 28": the second end's month is the first's.
    const second = writtenDate(words, next) ?? numericDate(words, next) ?? (first.date.month ? bareDay(words, next, true) : null);
    if (!second || second.ambiguous) continue;
    const to = { ...second.date, month: second.date.month || first.date.month, ...(second.date.year === undefined && first.date.year !== undefined && !second.date.month ? { year: first.date.year } : {}) };
    const from = { ...first.date, month: first.date.month || to.month, ...(first.date.year === undefined && to.year !== undefined ? { year: to.year } : {}) };
    return { from, to, rest: [...words.slice(0, at), ...words.slice(next + second.length)] };
  }
  return null;
}

/** "26" in "26–28 September" or "28" in "Sept 26 to 28": a day whose month the span's other end gives (month 0 until then). */
function bareDay(words: readonly string[], at: number, last = false): { date: AnswerDate; length: number; ambiguous?: boolean } | null {
  const day = /^\d{1,2}(st|nd|rd|th)?$/.test(words[at] ?? "") ? dayOf(words[at]) : null;
  if (day === null || monthOf(words[at + 1] ?? "") !== null) return null;
  return last || SPAN_JOINERS.has(words[at + 1] ?? "") || dayOf(words[at + 1]) !== null ? { date: { day, month: 0 }, length: 1 } : null;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A span from the first of a month to the last of one: "1 July to 30 September" is "July to September". */
export const coversWholeMonths = (span: FoundSpan) =>
  span.from.day === 1 && span.to.day !== undefined && span.to.day >= DAYS_IN_MONTH[span.to.month - 1]! - (span.to.month === 2 ? 1 : 0);

/**
 * A day and month typed as two numbers with no year ("19.07", "19/7"), for a
 * key that names its month: only a reading with one possible order counts.
 */
export function dayMonthDate(read: readonly string[]): FoundDate | null {
  // "23.03" was read as one decimal number.
  const words = read.flatMap((w) => (/^\d{1,2}\.\d{1,2}$/.test(w) ? w.split(".").map((n) => String(Number(n))) : [w]));
  for (let at = 0; at + 1 < words.length; at++) {
    const [a, b] = [words[at], words[at + 1]].map((w) => (w && /^\d{1,2}$/.test(w) ? Number(w) : NaN)) as [number, number];
    if (!(a >= 1 && a <= 31 && b >= 1 && b <= 31)) continue;
    const rest = [...words.slice(0, at), ...words.slice(at + 2)];
    if (a > 12 && b <= 12) return { date: { day: a, month: b }, rest };
    if (b > 12 && a <= 12) return { date: { month: a, day: b }, rest };
    return { date: { day: a, month: b }, rest, ambiguous: a !== b };
  }
  return null;
}

export type DateComparison = "same" | "different" | "less specific" | "ambiguous";

/**
 * A student's date against the key's. The day, month and part of the month the
 * key gives must all be there and agree; a year the key leaves out is fine only
 * when `knownYear` says it is the article's.
 */
export function compareDates(given: FoundDate, key: AnswerDate, knownYear: (year: number) => boolean): DateComparison {
  if (given.ambiguous) return "ambiguous";
  const g = given.date;
  if (g.month !== key.month) return "different";
  if (key.day !== undefined && g.day !== undefined && g.day !== key.day) return "different";
  if (key.part && g.part && g.part !== key.part) return "different";
  if (key.year !== undefined && g.year !== undefined && g.year !== key.year) return "different";
  if (key.day === undefined && g.day !== undefined) return "different";
  if (key.year === undefined && g.year !== undefined && !knownYear(g.year)) return "different";
  if ((key.day !== undefined && g.day === undefined) || (key.part && !g.part)) return "less specific";
  return "same";
}

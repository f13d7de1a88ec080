// Times of day written the ways people write them: "2.15am", "2:15 am",
// "02:15", "0215 hours", "quarter past two in the morning", "nine forty-seven
// pm", "21.47". Read only when the key is a time, so "9.47" elsewhere stays
// a decimal number.

import { remember } from "./memo";
import { parseNumberWords } from "./numbers";

export interface TimeOfDay {
  /** Minutes after midnight, as far as the text says. */
  minutes: number;
  /** False for "2:15" or "9.47": a clock reading that may be morning or evening. */
  halfKnown: boolean;
  /** The text around the time, lower case, for "is there anything else" checks. */
  rest: string;
}

const MERIDIEM = String.raw`(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])`;
const DIGITAL = new RegExp(String.raw`(?<![\d.,:])(\d{1,2})\s?[:.h]\s?(\d{2})(?![\d.,:])\s*(?:${MERIDIEM})?`);
const HOUR_ONLY = new RegExp(String.raw`(?<![\d.,:])(\d{1,2})\s*${MERIDIEM}`);
const MILITARY = /(?<![\d.,:])([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs|hr|h)\b/;
const DAY_PARTS: [RegExp, "am" | "pm" | "night"][] = [
  [/\b(?:in the )?morning\b/, "am"], [/\b(?:in the )?(?:afternoon|evening)\b/, "pm"], [/\b(?:at )?night\b/, "night"],
];
const SPOKEN_MINUTES: Record<string, number> = { quarter: 15, half: 30 };

/** "quarter past two", "ten to four", "two fifteen", "nine forty-seven", "two o'clock". */
function spokenTime(s: string): { hour: number; minute: number; at: number; length: number } | null {
  const relative = /\b(quarter|half|[a-z]+(?:[- ][a-z]+)?)\s+(past|to|after)\s+([a-z]+)\b/.exec(s);
  if (relative) {
    const minute = SPOKEN_MINUTES[relative[1]!] ?? parseNumberWords(relative[1]!);
    const hour = parseNumberWords(relative[3]!);
    if (minute !== null && hour !== null && minute > 0 && minute < 60 && hour >= 1 && hour <= 12) {
      return relative[2] === "to"
        ? { hour: hour === 1 ? 12 : hour - 1, minute: 60 - minute, at: relative.index, length: relative[0].length }
        : { hour, minute, at: relative.index, length: relative[0].length };
    }
  }
  const clock = /\b([a-z]+)\s+(o'?clock|oh [a-z]+|[a-z]+(?:-[a-z]+| (?!a\.?\s?m|p\.?\s?m|in\b|at\b)[a-z]+)?)(?=\s*(?:a\.?\s?m|p\.?\s?m|in the|at night|$|[,;]))/.exec(s);
  if (!clock) return null;
  const hour = parseNumberWords(clock[1]!);
  const tail = clock[2]!;
  const minute = /^o'?clock$/.test(tail) ? 0 : tail.startsWith("oh ") ? parseNumberWords(tail.slice(3)) : parseNumberWords(tail);
  if (hour === null || minute === null || hour < 1 || hour > 12 || minute < 0 || minute > 59) return null;
  if (tail.startsWith("oh ") && minute > 9) return null;
  return { hour, minute, at: clock.index, length: clock[0].length };
}

const times = new Map<string, TimeOfDay | null>();

/** The time of day a text names, or null when it names none; short texts (keys, most answers) are memoised, as a key is read for every student. */
export function timeOfDay(text: string): TimeOfDay | null {
  return text.length > 200 ? readTime(text) : remember(times, text, 4096, () => readTime(text));
}

function readTime(text: string): TimeOfDay | null {
  const s = text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
  let hour: number;
  let minute: number;
  let meridiem: string | undefined;
  let found: { at: number; length: number };
  const digital = DIGITAL.exec(s) ?? MILITARY.exec(s);
  const hourOnly = digital ? null : HOUR_ONLY.exec(s);
  const spoken = digital || hourOnly ? null : spokenTime(s);
  if (digital) {
    [hour, minute, meridiem] = [Number(digital[1]), Number(digital[2]), digital[3]];
    found = { at: digital.index, length: digital[0].length };
    // A leading zero or a four-digit reading is a 24-hour clock: "02:15" is a quarter past two at night.
    if (!meridiem && (digital[1]!.length === 2 || digital === MILITARY.exec(s)) && hour < 12 && /^0/.test(digital[1]!)) meridiem = "am";
  } else if (hourOnly) {
    [hour, minute, meridiem] = [Number(hourOnly[1]), 0, hourOnly[2]];
    found = { at: hourOnly.index, length: hourOnly[0].length };
  } else if (spoken) {
    ({ hour, minute } = spoken);
    const after = new RegExp(String.raw`^\s*${MERIDIEM}`).exec(s.slice(spoken.at + spoken.length));
    meridiem = after?.[1];
    found = { at: spoken.at, length: spoken.length + (after?.[0].length ?? 0) };
  } else {
    const named = /\b(noon|midday|midnight)\b/.exec(s);
    if (!named) return null;
    [hour, minute, meridiem] = [named[1] === "midnight" ? 0 : 12, 0, named[1] === "midnight" ? "am" : "pm"];
    found = { at: named.index, length: named[0].length };
  }
  if (hour > 23 || minute > 59) return null;
  let rest = `${s.slice(0, found.at)} ${s.slice(found.at + found.length)}`;
  let half = meridiem?.startsWith("a") ? "am" : meridiem?.startsWith("p") ? "pm" : undefined;
  if (!half) {
    for (const [pattern, part] of DAY_PARTS) {
      if (!pattern.test(rest)) continue;
      rest = rest.replace(pattern, " ");
      // "two at night" is early morning; "ten at night" is evening.
      half = part === "night" ? (hour >= 6 && hour < 12 ? "pm" : "am") : part;
      break;
    }
  }
  if (half && hour > 12) return null;
  if (half === "pm" && hour < 12) hour += 12;
  if (half === "am" && hour === 12) hour = 0;
  const halfKnown = half !== undefined || hour > 12 || hour === 0;
  return { minutes: hour * 60 + minute, halfKnown, rest: rest.replace(/\s+/g, " ").trim() };
}

/** Same time of day: exactly, or on the same clock face when the answer does not say morning or evening. */
export function sameTimeOfDay(given: TimeOfDay, key: TimeOfDay): boolean {
  if (given.halfKnown || !key.halfKnown) return given.minutes === key.minutes;
  return given.minutes % 720 === key.minutes % 720;
}

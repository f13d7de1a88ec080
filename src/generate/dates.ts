// Dates and periods: "until September 6th", "early August", "14 July 1789",
// "in the spring of 1911", "last Tuesday", "in 2019".

import type { DateFact } from "./facts";
import { MONTHS, MONTH_ABBREVIATIONS } from "./lexicon";
import { type Sentence, sentenceAt } from "./sentences";

const MONTH = `(?:${MONTHS.join("|")}|(?:${Object.keys(MONTH_ABBREVIATIONS).join("|")})\\.?)`;
const DAY = `\\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = `(?:1[0-9]{3}|20[0-9]{2})`;
const QUALIFIER = `(?:(?:early|mid|late)[\\s-])`;
const RELATION = `(?:(?:until|till|since|by|before|after|from|on|in|during|through|as of)\\s+)`;
const SEASON = `(?:spring|summer|autumn|fall|winter)`;
const WEEKDAY = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;

const DATE = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:" + [
    `${RELATION}?(?:the\\s+)?${QUALIFIER}?${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\w–—-])`, // September 6th, 2025
    `${RELATION}?(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?(?![\\w–—-])`, // 6 September 2025
    `${RELATION}?${QUALIFIER}?${MONTH}(?:,?\\s+${YEAR})?(?![\\w–—-])`, // early August, March 2020
    `${RELATION}?(?:the\\s+)?${QUALIFIER}?${SEASON}\\s+of\\s+${YEAR}`, // the spring of 1911
    `${RELATION}?(?:last|next|this|on)\\s+${WEEKDAY}`, // last Tuesday
    `${RELATION}(?:the\\s+)?(?:${QUALIFIER})?${YEAR}s?(?![\\w–—-])`, // in 2019, since the 1990s
  ].join("|") + ")",
  "giu",
);

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  const full = MONTHS.indexOf(w as (typeof MONTHS)[number]);
  return full >= 0 ? full + 1 : MONTH_ABBREVIATIONS[w];
}

export function findDates(text: string, sentences: readonly Sentence[]): DateFact[] {
  const facts: DateFact[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    let start = m.index;
    let value = m[0];
    // "May" and "March" are also words: a bare month needs a qualifier, a relation word or a year.
    const bareMonth = new RegExp(`^${MONTH}$`, "i").test(value.trim());
    if (bareMonth && !/^[A-Z]/.test(value)) continue;
    if (/^(?:may|march)$/i.test(value.trim())) continue;
    const relation = /^(until|till|since|by|before|after|from|on|in|during|through|as of)\s+/i.exec(value);
    // "in" and "on" only mark where a date sits; "until" and "since" change what it means.
    if (relation && /^(in|on|during|from)$/i.test(relation[1]!)) {
      start += relation[0].length;
      value = value.slice(relation[0].length);
    }
    if (!/\d|[A-Z]/.test(value) && !/\b(?:last|next|this)\b/i.test(value)) continue;
    const sentence = sentenceAt(sentences, start);
    if (!sentence) continue;
    const fact: DateFact = { id: "", kind: "date", text: value, span: { sentence: sentence.index, start, end: start + value.length } };
    const rel = /^(until|till|since|by|before|after|as of|through)\s+/i.exec(value);
    if (rel) fact.relation = rel[1]!.toLowerCase();
    const qualifier = /\b(early|mid|late)\b/i.exec(value);
    if (qualifier) fact.qualifier = qualifier[1]!.toLowerCase() as DateFact["qualifier"];
    const year = new RegExp(`\\b(${YEAR})s?\\b`).exec(value);
    if (year) fact.year = Number(year[1]);
    const month = new RegExp(`\\b(${MONTH})(?=\\s|,|$)`, "i").exec(value);
    if (month) fact.month = monthNumber(month[1]!);
    const day = new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`).exec(value.replace(new RegExp(YEAR, "g"), ""));
    if (day && fact.month) fact.day = Number(day[1]);
    facts.push(fact);
  }
  return facts;
}

/** Sort key for a timeline: unknown parts sort as their period's middle. */
export function dateOrder(d: DateFact): number | undefined {
  // A decade ("the 1990s") or a season has no place on a timeline of days.
  if ((d.year === undefined && d.month === undefined) || isDecade(d) || /spring|summer|autumn|fall|winter/i.test(d.text)) return undefined;
  const qualifierDay = d.qualifier === "early" ? 5 : d.qualifier === "late" ? 25 : 15;
  return (d.year ?? 0) * 10000 + (d.month ?? 6) * 100 + (d.day ?? qualifierDay);
}

export const isDecade = (d: DateFact) => /\d0s\b/.test(d.text);

// Counts and quantities (never a clock time's "22:00"): "1,200 residents", "4.5 million euros", "42 percent",
// "three goals", and counts a list implies ("the ‘Losvido’ and ‘Lepelets’
// gunfire ranges" are two ranges).

import { parseNumberWords } from "../score/numbers";
import type { DateFact, NumberFact } from "./facts";
import { COMMON_WORDS } from "./lexicon";
import type { NameMention } from "./names";
import { type Sentence, sentenceAt } from "./sentences";

const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen";
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\p{N}.,:-])(?:(?:US|A|C|HK|NZ|S)?([$€£¥])\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)` +
    `(?:\\s+(million|billion|trillion|thousand|hundred))?(?![\\p{L}\\p{N}-]|[.,:]\\d)` +
    `(?:\\s*(%|percent|per cent))?` +
    `((?:\\s+(?:[a-z][a-z-]*)){0,3})`,
  "giu",
);
const CURRENCY: Record<string, string> = { $: "dollars", "€": "euros", "£": "pounds", "¥": "yen" };
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, hundred: 100 };
// Words after a number that are not what it counts.
const NOT_UNITS = new Set([...COMMON_WORDS, "percent", "per", "cent", "times", "am", "pm", "were", "was", "are", "is", "had", "have", "has", "will", "would"]);

/** The counted noun after a number: "residents", "gunfire ranges", "red panda cubs"; plural nouns only, up to three words. */
function unitFrom(following: string): string {
  const words = following.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const w of words) {
    if (NOT_UNITS.has(w.toLowerCase())) break;
    kept.push(w);
    if (/s$/.test(w) && !/ss$/.test(w)) return kept.join(" ");
  }
  return kept.length === 1 ? kept[0]! : "";
}

export function findNumbers(text: string, sentences: readonly Sentence[], dates: readonly DateFact[], names: readonly NameMention[]): NumberFact[] {
  const facts: NumberFact[] = [];
  const inside = (at: number, spans: readonly { start: number; end: number }[]) => spans.some((s) => at >= s.start && at < s.end);
  const dateSpans = dates.map((d) => d.span);
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const [, currency, digits, scale, percent, following = ""] = m;
    const start = m.index;
    const digitsAt = start + m[0].indexOf(digits!);
    if (inside(digitsAt, dateSpans) || inside(digitsAt, names)) continue;
    const isWord = /^[a-z]/i.test(digits!);
    let value = isWord ? (digits!.toLowerCase() === "dozen" ? 12 : parseNumberWords(digits!)) : Number(digits!.replace(/,/g, ""));
    if (value === null || !Number.isFinite(value)) continue;
    // A bare year ("in 2019") is a date, not a count; "one of them" counts nothing.
    if (!isWord && !currency && !scale && !percent && /^(1[5-9]\d\d|20\d\d)$/.test(digits!) && !unitFrom(following)) continue;
    // "$2.3 million" stays 2.3 (million dollars): the number as written is what a student types.
    let unit = percent ? "percent" : unitFrom(following);
    if (currency) unit = CURRENCY[currency]!;
    else if (!percent && /^(euros?|dollars?|pounds?|yen|rubles?|roubles?|yuan)$/i.test(unit)) unit = unit.toLowerCase();
    if (!unit) continue;
    if (isWord && digits!.toLowerCase() === "one" && !/s$/.test(unit)) continue;
    const unitEnd = percent || currency ? 0 : following.indexOf(unit) + unit.length;
    const end = start + m[0].length - (following.length - Math.max(0, unitEnd));
    const sentence = sentenceAt(sentences, start);
    if (!sentence) continue;
    const written = text.slice(start, end).trim();
    const scaled = scale ? { unit: `${scale.toLowerCase()} ${unit}`, scale: SCALE[scale.toLowerCase()]! } : { unit };
    facts.push({ id: "", kind: "number", text: written, span: { sentence: sentence.index, start, end: start + written.length }, value, ...scaled });
    QUANTITY.lastIndex = Math.max(QUANTITY.lastIndex, end);
  }
  facts.push(...listCounts(text, names));
  return facts.sort((a, b) => a.span.start - b.span.start);
}

/** "the ‘Losvido’ and ‘Lepelets’ gunfire ranges": names listed before a plural noun count it. */
function listCounts(text: string, names: readonly NameMention[]): NumberFact[] {
  const facts: NumberFact[] = [];
  for (let i = 0; i < names.length; i++) {
    if (names[i]!.type === "unknown") continue;
    const run = [names[i]!];
    let j = i;
    while (j + 1 < names.length && names[j + 1]!.sentence === names[i]!.sentence && names[j + 1]!.type === names[i]!.type) {
      const gap = text.slice(names[j]!.end, names[j + 1]!.start);
      if (!/^[’'”"]?\s*(?:,\s*(?:and\s+)?|\s+and\s+)[‘'“"]?$/.test(gap)) break;
      run.push(names[++j]!);
    }
    if (run.length < 2) continue;
    const last = run[run.length - 1]!;
    const after = /^[’'”"]?\s+((?:[a-z]+\s+)?[a-z]+s)\b/.exec(text.slice(last.end));
    i = j;
    if (!after || NOT_UNITS.has(after[1]!.split(" ")[0]!)) continue;
    const first = run[0]!;
    const start = text.lastIndexOf(" ", first.start) + 1;
    const end = last.end + after[0].length;
    facts.push({
      id: "",
      kind: "number",
      text: text.slice(start, end),
      span: { sentence: first.sentence, start, end },
      value: run.length,
      unit: after[1]!,
      items: run.map((n) => n.name),
    });
  }
  return facts;
}

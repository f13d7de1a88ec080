import { BlockError } from "./import-result";
import { cleanText, findUnescaped, quote, splitAtMarkers, unescapeGift, type MarkedPiece } from "./gift-lexer";

export type Warn = (message: string) => void;

/** One answer of an answer block: its marker, optional %weight%, text (still escaped) and #feedback. */
export interface GiftItem {
  marker: string;
  index: number;
  weight?: number;
  raw: string;
  feedback?: string;
}

const WEIGHT = /^\s*%\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%/;
const WEIGHT_LIKE = /^\s*%[^%\s]{0,20}%/;

export function parseItem(piece: MarkedPiece, index: number): GiftItem {
  let raw = piece.raw;
  let weight: number | undefined;
  const match = WEIGHT.exec(raw);
  if (match) {
    weight = Number(match[1]) + 0; // "+ 0" turns -0 into 0
    raw = raw.slice(match[0].length);
  } else {
    const bad = WEIGHT_LIKE.exec(raw);
    if (bad) throw new BlockError(`answer ${index + 1} has the weight ${quote(bad[0])}, which is not a number: write it like %50% or %-25%`);
  }
  const hash = findUnescaped(raw, "#");
  if (hash < 0) return { marker: piece.marker, index, weight, raw };
  return { marker: piece.marker, index, weight, raw: raw.slice(0, hash), feedback: cleanText(raw.slice(hash + 1)) };
}

/** Splits an answer block into answers; text before the first marker is an error. */
export function readItems(body: string, markers: string, hint: string): GiftItem[] {
  const { lead, pieces } = splitAtMarkers(body, markers);
  if (lead.trim() !== "") {
    throw new BlockError(`${quote(unescapeGift(lead))} comes before the first answer: ${hint}`);
  }
  return pieces.map(parseItem);
}

export function itemText(item: GiftItem): string {
  return unescapeGift(item.raw).trim();
}

/** A percentage limited to [min, max] as a fraction, with a warning when it had to be moved. */
export function clampWeight(item: GiftItem, fallback: number, min: number, max: number, warn: Warn): number {
  const percent = item.weight ?? fallback;
  if (percent >= min && percent <= max) return toFraction(percent);
  const clamped = Math.min(max, Math.max(min, percent));
  warn(`answer ${item.index + 1} (${quote(itemText(item))}) has the weight ${percent}%, outside ${min}% to ${max}%; it was read as ${clamped}%`);
  return toFraction(clamped);
}

/** Rounded to 15 digits so that %33.33333% gives 0.3333333, not 0.33333329999999994. */
function toFraction(percent: number): number {
  return Number((percent / 100).toPrecision(15)) + 0;
}

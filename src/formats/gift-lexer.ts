// Low-level GIFT text handling: lines, blank-line separated blocks, and
// escape-aware searching. Every search skips a backslash together with the
// character after it, so `\{`, `\~`, `\\` … are never taken for syntax.

/** The lines of a question (or category switch) with comment lines left out. */
export interface GiftBlock {
  /** 1-based source line of each kept line. */
  lineNumbers: number[];
  lines: string[];
}

/** Splits a file into lines, dropping a byte-order mark and accepting CRLF, LF or CR endings. */
export function splitLines(source: unknown): string[] {
  let text = "";
  try {
    text = typeof source === "string" ? source : String(source ?? "");
  } catch {
    // Callers without type checking may pass anything; an unprintable value reads as an empty file.
  }
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
}

const COMMENT = /^\s*\/\//;

/** Blank lines separate questions; `//` comment lines are dropped wherever they are. Lazy, so a reader that stops early reads no further. */
export function* splitGiftBlocks(lines: string[]): Generator<GiftBlock> {
  let current: GiftBlock | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") {
      if (current) yield current;
      current = undefined;
      continue;
    }
    if (COMMENT.test(line)) continue;
    current ??= { lineNumbers: [], lines: [] };
    current.lines.push(line);
    current.lineNumbers.push(i + 1);
  }
  if (current) yield current;
}

/** The source line of a character offset into `block.lines.join("\n")`. */
export function lineOfOffset(block: GiftBlock, offset: number): number {
  let index = 0;
  let end = block.lines[0]?.length ?? 0;
  while (offset > end && index < block.lines.length - 1) {
    index++;
    end += 1 + (block.lines[index]?.length ?? 0);
  }
  return block.lineNumbers[index] ?? block.lineNumbers[0] ?? 1;
}

/** Index of the first unescaped `needle` at or after `from`, or -1. `from` must not point into an escape. */
export function findUnescaped(text: string, needle: string, from = 0): number {
  // indexOf finds each candidate natively; a candidate is escaped when an odd run of
  // backslashes (counted from `from`, where escaping starts) comes right before it.
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    let slashes = 0;
    while (at - slashes - 1 >= from && text.charCodeAt(at - slashes - 1) === 92) slashes++;
    if (slashes % 2 === 0) return at;
  }
  return -1;
}

export interface MarkedPiece {
  marker: string;
  raw: string;
}

/** Cuts `text` before every unescaped character of `markers`; `lead` is what comes before the first one. */
export function splitAtMarkers(text: string, markers: string): { lead: string; pieces: MarkedPiece[] } {
  const pieces: MarkedPiece[] = [];
  let lead: string | undefined;
  let start = 0;
  let marker = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\") {
      i++;
      continue;
    }
    if (!markers.includes(ch)) continue;
    if (lead === undefined) lead = text.slice(0, i);
    else pieces.push({ marker, raw: text.slice(start, i) });
    marker = ch;
    start = i + 1;
  }
  if (lead === undefined) return { lead: text, pieces };
  pieces.push({ marker, raw: text.slice(start) });
  return { lead, pieces };
}

/**
 * Start of the general-feedback marker `####`, or -1. The last one wins, so a
 * run of five or more hashes leaves the extra ones to the answer before it.
 */
export function findGeneralFeedback(text: string): number {
  let found = -1;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") {
      run = 0;
      i++;
      continue;
    }
    run = text[i] === "#" ? run + 1 : 0;
    if (run >= 4) found = i - 3;
  }
  return found;
}

/** Resolves GIFT escapes; a backslash before any other character is kept as written (LaTeX, paths). */
export function unescapeGift(raw: string): string {
  // Most text has no backslash at all: skip the regular expression then (a large share of an import's time).
  if (raw.indexOf("\\") < 0) return raw;
  return raw.replace(/\\([~=#{}:\\n])/g, (_, ch: string) => (ch === "n" ? "\n" : ch));
}

/** Unescaped and trimmed; undefined when nothing is left. */
export function cleanText(raw: string): string | undefined {
  const text = unescapeGift(raw).trim();
  return text === "" ? undefined : text;
}

/** The inverse of unescapeGift: safe to place anywhere in a GIFT file, on one line. */
export function escapeGift(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\\~=#{}:]/g, "\\$&")
    .replace(/\n/g, "\\n");
}

/** A short quote of source text for messages. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}

// Options, ordering items and matching choices are shown to students under ids
// derived from their text, so that an id never reveals which option is right
// (imported options are numbered a, b, c… with the right one usually first),
// a position or a pairing. The text is public anyway, so its hash tells nothing.

/** FNV-1a, 32-bit: small, fast, stable across runtimes. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function itemId(text: string): string {
  return `i${fnv1a(text.trim().toLowerCase()).toString(36)}`;
}

/** The id a student sends for a choice option. */
export const choiceId = (option: { text: string }) => itemId(option.text);

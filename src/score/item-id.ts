// Ordering items and matching choices are shown to students under ids derived
// from their text, so that an id never reveals a position or a pairing.

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

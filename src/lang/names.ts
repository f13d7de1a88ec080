// People's names as students type them: one key per person for the attempt
// limit and the grade, whatever invisible characters, look-alike letters,
// accents, case or spacing a name is typed with.

import { stripAccents } from "./letters";

/**
 * Letters of other scripts that look like a Latin one (a subset of Unicode's
 * confusables, UTS #39, for the scripts students' keyboards offer: Cyrillic,
 * Greek, Armenian, and Latin's own small capitals). "Аna" with a Cyrillic А
 * and "Ana" are one student.
 */
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Cyrillic
    А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X", Ѕ: "S", І: "I", Ј: "J", Ԛ: "Q", Ԝ: "W", Ӏ: "l",
    а: "a", е: "e", о: "o", р: "p", с: "c", у: "y", х: "x", ѕ: "s", і: "i", ј: "j", ԁ: "d", ԛ: "q", ԝ: "w", һ: "h", ӏ: "l", ѵ: "v", ү: "y",
    // Greek
    Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
    ο: "o", ν: "v", ι: "i", κ: "k", ρ: "p", υ: "u", χ: "x", α: "a", ϲ: "c", ϳ: "j",
    // Armenian
    օ: "o", ս: "u", հ: "h", ո: "n", ց: "g", զ: "q",
    // Latin letters that read as others
    ɑ: "a", ɡ: "g", ʟ: "L", ɪ: "I", ʏ: "Y", ᴏ: "o", ᴜ: "u", ᴠ: "v", ᴡ: "w", ᴢ: "z", ſ: "s",
  }),
);

// Format and other default-ignorable characters draw nothing: zero-width spaces and joiners, bidi controls, soft hyphens, variation selectors.
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
// Joiners are part of how some scripts write a name (the ZWNJ of Persian names); every other format or control character is refused.
const REFUSED = /[\p{Cc}\p{Cs}\p{Co}]|(?![\u200c\u200d])[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** Why a typed name cannot be used, or null when it can. */
export function nameProblem(name: string): string | null {
  if (REFUSED.test(name)) return "name contains invisible or control characters: type it again with ordinary letters";
  if (nameKey(name) === "") return "name must contain letters or digits";
  return null;
}

/**
 * The key two typings of one name share: NFKC (full-width and styled letters
 * become plain ones), invisible characters dropped, look-alike letters read as
 * the Latin ones, then without case, accents or extra spaces: "Ana  Ruiz",
 * "ana ruiz", "Аna Ruiz" (Cyrillic А) and "Søren"/"Soren" are one student each.
 */
export function nameKey(name: string): string {
  let mapped = "";
  for (const c of name.normalize("NFKC").replace(INVISIBLE, "")) mapped += LOOK_ALIKES.get(c) ?? c;
  return stripAccents(mapped).toLowerCase().replace(/[\s\p{Z}]+/gu, " ").trim();
}

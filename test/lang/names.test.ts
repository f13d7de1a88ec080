import { describe, expect, it } from "vitest";
import { nameKey, nameProblem } from "../../src/lang/names";

describe("nameKey: one key per student, however the name is typed", () => {
  it.each([
    ["Ana  Ruiz", "ana ruiz"],
    ["ÁNA RUÍZ", "ana ruiz"],
    ["Søren Kierkegaard", "soren kierkegaard"],
    ["Łukasz Żak", "lukasz zak"],
    ["Đorđe Ðokić", "dorde dokic"],
    ["Weiß", "weiss"],
    ["Ana\u200bRuiz", "anaruiz"], // zero-width space draws nothing
    ["A\u00adna Ruiz", "ana ruiz"], // soft hyphen
    ["\u202eAna Ruiz", "ana ruiz"], // right-to-left override
    ["Ana\ufe0f Ruiz", "ana ruiz"], // variation selector
    ["Ａｎａ Ｒｕｉｚ", "ana ruiz"], // full-width (NFKC)
    ["𝐀𝐧𝐚 Ruiz", "ana ruiz"], // mathematical bold (NFKC)
    ["\u0410na Ruiz", "ana ruiz"], // Cyrillic А
    ["Ana Ru\u0456z", "ana ruiz"], // Cyrillic і
    ["\u0391na R\u03c5iz", "ana ruiz"], // Greek Α and υ
    ["Ana\u00a0Ruiz", "ana ruiz"], // no-break space
    ["Ana\u2003Ruiz", "ana ruiz"], // em space
  ])("%j folds to %j", (typed, key) => {
    expect(nameKey(typed)).toBe(key);
  });

  it("keeps different names apart", () => {
    expect(nameKey("Ana Ruiz")).not.toBe(nameKey("Ana Ruis"));
    expect(nameKey("Anna")).not.toBe(nameKey("Ana"));
  });
});

describe("nameProblem: names a teacher could not read are refused", () => {
  it.each(["\u202eAna", "Ana\u200b", "A\u0000na", "Ana\u2066Ruiz", "Ana\ufeff"])("refuses %j", (typed) => {
    expect(nameProblem(typed)).toMatch(/invisible or control characters/);
  });
  it("accepts the joiners some scripts write names with, and ordinary names", () => {
    expect(nameProblem("\u0645\u0647\u200c\u0633\u0627")).toBeNull(); // Persian with ZWNJ
    expect(nameProblem("Ana Ruiz")).toBeNull();
    expect(nameProblem("Сергей Иванов")).toBeNull();
  });
  it("refuses a name with no letter or digit", () => {
    expect(nameProblem("\u200c")).toMatch(/letters or digits/);
  });
});

import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/generate/sentences";

describe("splitSentences", () => {
  it("splits on full stops followed by a capital or an opening quote", () => {
    const text = "The drills start today. ‘We are ready,’ he said. Then they left!";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["The drills start today.", "‘We are ready,’ he said.", "Then they left!"]);
  });

  it("keeps abbreviations, initials and decimals inside a sentence", () => {
    const text = "Gen. A. Serdykov met Dr. Ivanova at 3.5 p.m. on Sept. 6. It rained.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Gen. A. Serdykov met Dr. Ivanova at 3.5 p.m. on Sept. 6.", "It rained."]);
  });

  it("gives offsets that slice back to each sentence, and ends a sentence at a line break", () => {
    const text = "  First line without stop\nSecond one. Third.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["First line without stop", "Second one.", "Third."]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });
});

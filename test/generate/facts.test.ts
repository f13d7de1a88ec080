import { describe, expect, it } from "vitest";
import seed from "../../questions/interaction-2025/article.txt";
import { extractFacts } from "../../src/generate/extract";
import type { AcronymFact, EntityFact, Fact, QuoteFact } from "../../src/generate/facts";

const entity = (facts: Fact[], name: string) => facts.find((f): f is EntityFact => "name" in f && (f as EntityFact).name === name);
const quoteStarting = (facts: Fact[], start: string) => facts.find((f): f is QuoteFact => f.kind === "quote" && f.quote.startsWith(start));

describe("facts from the bundled article", () => {
  const { facts, text, sentences } = extractFacts(seed);

  it("pins every fact to the exact text and sentence it came from", () => {
    for (const f of facts) {
      expect(f.span.end, f.id).toBeGreaterThan(f.span.start);
      const sentence = sentences[f.span.sentence]!;
      expect(f.span.start >= sentence.start && f.span.start < sentence.end, `${f.id} starts in its sentence`).toBe(true);
      expect(text.slice(f.span.start, f.span.end), f.id).toBe(f.text);
    }
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it("reads people with the roles their appositives and titles give", () => {
    expect(entity(facts, "Andrei Serdykov")).toMatchObject({ kind: "person", title: "General", role: "head of the Unified Staff of the CSTO", aliases: ["Serdykov"] });
    expect(entity(facts, "Maria Ivanova")).toMatchObject({ kind: "person", role: "military affairs expert at the Moscow-based Center for Strategic Studies" });
    expect(entity(facts, "Alexander Lukashenko")).toMatchObject({ kind: "person", role: "Belarusian President" });
  });

  it("pairs acronyms with their expansions and flags one whose initials do not match", () => {
    const acronyms = facts.filter((f): f is AcronymFact => f.kind === "acronym");
    expect(acronyms.find((a) => a.acronym === "CSTO")).toMatchObject({ expansion: "Collective Security Treaty Organization", initialsMatch: true });
    expect(acronyms.find((a) => a.acronym === "CSOR")).toMatchObject({ expansion: "Collective Forces Operational Response", initialsMatch: false });
    expect(entity(facts, "Collective Security Treaty Organization")?.aliases).toContain("CSTO");
  });

  it("knows which place holds which, from the text and from the gazetteer", () => {
    expect(entity(facts, "Vitebsk")).toMatchObject({ kind: "place", placeNoun: "region", within: "Belarus" });
    expect(entity(facts, "Moscow")).toMatchObject({ kind: "place", within: "Russia" });
  });

  it("reads dates, quoted names and counts implied by a list", () => {
    expect(facts.find((f) => f.kind === "date" && f.text === "until September 6th")).toMatchObject({ relation: "until", month: 9, day: 6 });
    expect(facts.find((f) => f.kind === "date" && f.text === "early August")).toMatchObject({ qualifier: "early", month: 8 });
    for (const name of ["Interaction-2025", "West-2025", "Losvido", "Lepelets"]) expect(entity(facts, name), name).toMatchObject({ kind: "event", quoted: true });
    expect(facts.find((f) => f.kind === "number")).toMatchObject({ value: 2, unit: "gunfire ranges", items: ["Losvido", "Lepelets"] });
  });

  it("attributes quotes, including a continuation with no speech verb and a surname-only mention", () => {
    expect(quoteStarting(facts, "This exercise is a critical")).toMatchObject({ speaker: "Andrei Serdykov", continuation: false });
    expect(quoteStarting(facts, "It will test the interoperability")).toMatchObject({ speaker: "Andrei Serdykov", continuation: true });
    expect(quoteStarting(facts, "We are doing this")).toMatchObject({ speaker: "Alexander Lukashenko" });
    expect(quoteStarting(facts, "These exercises are a clear")).toMatchObject({ speaker: "Maria Ivanova" });
    // Spoken by a spokesperson, not by the organisation: kept as the article words it.
    expect(quoteStarting(facts, "Any large-scale military")).toMatchObject({ speaker: "a senior NATO spokesperson" });
  });

  it("reads purposes ('designated for', 'to avoid')", () => {
    const reasons = facts.filter((f) => f.kind === "reason").map((f) => (f as { reason: string }).reason);
    expect(reasons).toContain("designated for live-fire training and tactical maneuvers");
    expect(reasons.some((r) => r.startsWith("to avoid Western accusations"))).toBe(true);
  });
});

describe("facts from other kinds of writing", () => {
  it("reads a role before the name, a surname later, and who 'she' is in a quote", () => {
    const text =
      "The head of the regional water board, Dr. Helen Okafor, said the reservoir was full. Okafor added that rationing would end in May.\n" +
      "“We were lucky this year,” she said. “Next year we may not be.”";
    const { facts } = extractFacts(text);
    expect(entity(facts, "Helen Okafor")).toMatchObject({ role: "head of the regional water board", aliases: ["Okafor"] });
    expect(quoteStarting(facts, "We were lucky")?.speaker).toBe("Helen Okafor");
    expect(quoteStarting(facts, "Next year")).toMatchObject({ speaker: "Helen Okafor", continuation: true });
  });

  it("keeps family-name-first names whole and links the family name alone", () => {
    const { facts } = extractFacts("The award went to Professor Zhang Yiming of Tsinghua University in Beijing. Zhang said the prize belonged to his students.");
    expect(entity(facts, "Zhang Yiming")).toMatchObject({ kind: "person", aliases: ["Zhang"] });
    expect(entity(facts, "Tsinghua University")?.kind).toBe("organisation");
    expect(entity(facts, "Beijing")).toMatchObject({ kind: "place", within: "China" });
  });

  it("reads quantities with their units and scales, and no years as counts", () => {
    const { facts } = extractFacts("About 1,200 residents were told to boil water in 2024. The repair will cost $2.3 million, and 42 percent of homes are affected. Three crews began work.");
    const numbers = facts.filter((f) => f.kind === "number").map((f) => [(f as { value: number }).value, (f as { unit: string }).unit]);
    expect(numbers).toEqual([[1200, "residents"], [2.3, "million dollars"], [42, "percent"], [3, "crews"]]);
  });

  it("does not take a capitalised sentence opener or an adjective of origin for a name", () => {
    const { facts } = extractFacts("Officers wrote reports. Separately, Patagonian farmers met in Coyhaique, the regional capital.");
    const names = facts.filter((f) => "name" in f).map((f) => (f as EntityFact).name);
    expect(names).toEqual(["Coyhaique"]);
  });
});

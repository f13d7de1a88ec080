import { describe, expect, it } from "vitest";
import { scoreShortAnswer } from "../../src/score/short-answer";
import { ask, expectCredits } from "./expect-credit";
import type { QuestionOf } from "../../src/schemas/question";

// Classes blind set 5 found (test/fixtures/scoring-blind-5) and the why and
// how answers of sets 3 and 4. The article and the examples are invented
// here, not the sets' cases.

const ARTICLE = `Harbour museum loses its clock after alarm fault

Thieves climbed through a skylight at the Velsen Harbour Museum on Sunday night and took a brass clock, director Mariam al-Hashimi said.
The alarm had been switched off for a software upgrade, because the museum is closed on Mondays. Her brother, Yusuf al-Hashimi, is the night guard.
Aigerim Tsereteli, the curator, said the clock was made in Riga. Her sister Dana Tsereteli found the broken glass. The Tsereteli sisters have worked there since 2019.
The museum had raised €14,500 for a new roof, without help from the council, and the repairs will start before the summer.`;

const expectCredit = (q: QuestionOf<"short_answer">, cases: Record<string, number>) => expectCredits(q, cases, ARTICLE);

describe("why and how answers, scored by the reason they state", () => {
  it("gives full credit for the reason in other words, and names what is missing for part of it", () => {
    const q = ask("Why did the alarm not go off?", "It had been switched off for a software upgrade");
    expectCredit(q, { "they switched it off to upgrade the software": 1, "switched off for an upgrade": 1, "the software was being upgraded": 1, "it was broken": 0, "a power cut": 0 });
    const both = ask("Why was the work done on Sunday night? Give both reasons.", "the alarm was switched off for an upgrade, and the museum is closed on Mondays");
    expect(scoreShortAnswer(both, "the alarm was off for the upgrade", { typoTolerance: true, article: ARTICLE }).rule).toMatch(/part of the reason.*missing/);
  });

  it("gives half for one of two reasons, and takes half off for a reason the key does not give", () => {
    const q = ask("Why was the roof work special? Give both reasons.", "the museum raised €14,500 itself and got no help from the council");
    expectCredit(q, { "they raised 14,500 euros and the council didn't help": 1, "the museum raised the money": 0.5 });
  });

  it("gives nothing for the opposite, another name, another day, or another word the article never uses", () => {
    expectCredit(ask("Why did the guard miss the thieves?", "he was recovering from knee surgery"), { "knee surgery": 1, "he had an operation on his knee": 1, "he was recovering from heart surgery": 0 });
    expectCredit(ask("Why was the upgrade done on Sunday night?", "Because the museum is closed on Mondays"), {
      "because the museum is closed on Mondays": 1, "the museum shuts on mondays": 1, "because the museum is closed on Sundays": 0, "because the museum is open on Mondays": 0,
    });
    expectCredit(ask("Why will the repairs start soon?", "to finish before the summer"), { "to finish after the summer": 0 });
  });

  it("reads a how question about a method the same way, and a preposition alone is no method", () => {
    expectCredit(ask("How did the thieves get into the building?", "Through a skylight"), { "through a skylight": 1, "via the skylight": 1, "through a window": 0, "through the front door": 0 });
  });
});

describe("names and numbers blind set 5 found", () => {
  it("joins zh and j, ts and c, al- and el-, and lets the particle go", () => {
    expectCredit(ask("Who is the director?", "Mariam al-Hashimi"), { "Mariam el-Hashimi": 1, "Mariam Hashimi": 1, "Yusuf al-Hashimi": 0 });
    expectCredit(ask("Who is the curator?", "Aigerim Tsereteli"), { "Aigerim Cereteli": 1, "Aigerim": 0, "Tsereteli": 0 });
    expectCredit(ask("Who is the night guard?", "Zhanibek Kulov"), { "Janibek Kulov": 1 });
  });

  it("reads k as thousand, and never lends a slip where the key's romanization drops a letter", () => {
    expectCredit(ask("How much did the museum raise?", "€14,500"), { "€14.5k": 1, "14.5k euros": 1, "€145k": 0 });
    expectCredit(ask("Which country did the clock come from?", "Latvia"), { "Latvia": 1, "Latva": 1 });
    expectCredit(ask("Which two countries?", "Turkey and Armenia"), { "Turkey and Armen": 0, "Turkey and Armenia": 1, "Armenia and Turkey": 1 });
  });
});

describe("a slash", () => {
  it("joins two items of a list, except before a time unit, where it says 'per'", () => {
    expectCredit(ask("Which two countries?", "Turkey and Armenia"), { "Turkey/Armenia": 1 });
    expectCredit(ask("How fast did it enter the atmosphere?", "17.2 km/s"), { "17.2 km per second": 1 });
  });
});

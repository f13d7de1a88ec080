import { describe, it } from "vitest";
import { ask, expectCredits } from "./expect-credit";
import type { QuestionOf } from "../../src/schemas/question";

// The classes blind set 6 found (test/fixtures/scoring-blind-6): a detail that
// is true of someone else in the article, a figure the article pairs with
// another unit, an initial that tells two people with one surname apart, a
// hedge word with no "I", and the article's own conversion of a sum. The
// article and the examples are invented here, not the set's cases.

const ARTICLE = `Flood barrier at Kessel opens after three years

The new barrier on the river Aun at Kessel was opened on Friday by the regional engineer, Mara Tulen, who said it would protect 4,000 homes.

It cost 12 million florins (about 5 million euros) and took three years to build.

The town's mayor, Piet Tulen, who is not related to the engineer, said the old wall had failed twice in a decade.

Work on a second barrier at Drost, downstream, will begin in May and last two years.`;

const expectCredit = (q: QuestionOf<"short_answer">, cases: Record<string, number>) => expectCredits(q, cases, ARTICLE);

describe("details, initials, hedges and conversions", () => {
  it("credits a detail only where the article says it of the answer", () => {
    expectCredit(ask("Who opened the barrier?", "Mara Tulen"), { "Mara Tulen, the regional engineer": 1, "Mara Tulen, who said it would protect 4,000 homes": 1 });
    expectCredit(ask("How long did the barrier at Kessel take to build?", "three years"), { "three years, at a cost of 12 million florins": 1 });
  });

  it("gives nothing when a figure of the detail stands by another unit than the article gives it", () => {
    expectCredit(ask("How much did the barrier cost?", "12 million florins"), { "12 million florins, about 5 million euros": 1, "12 million florins, about 12 million euros": 0 });
  });

  it("credits an initial and the surname when the initial fits only one of the people who share it", () => {
    expectCredit(ask("Who opened the barrier?", "Mara Tulen"), { "M. Tulen": 1, "M Tulen": 1, "P. Tulen": 0 });
  });

  it("reads a lone hedge word around one answer as a hedge, but not a hedge between two", () => {
    expectCredit(ask("Where will the second barrier be built?", "Drost"), { "probably Drost": 1, "maybe Drost?": 1, "maybe Drost or Kessel": 0 });
  });

  it("credits the article's own conversion of a sum when the question names no currency", () => {
    expectCredit(ask("How much did the barrier cost?", "12 million florins"), { "about 5 million euros": 1, "5 million euros": 1, "5 million florins": 0 });
    expectCredit(ask("How many florins did the barrier cost?", "12 million florins"), { "5 million euros": 0 });
  });
});

const PEOPLE = `Two Tulens at the opening of the Kessel barrier

The engineer, Mara Tulen, cut the ribbon at the barrier's east gate on Friday. "It has taken three years," she said.

The mayor, Piet Tulen, is not related to her. He said the old wall had failed twice because its concrete was poured in winter.

A ferry from Kvibisi carried the guests.`;

describe("titles, spellings and reasons against the article", () => {
  const expectIn = (q: QuestionOf<"short_answer">, cases: Record<string, number>) => expectCredits(q, cases, PEOPLE);

  it("reads a gendered title by the article's pronouns when two people share a surname", () => {
    expectIn(ask("Who cut the ribbon?", "Mara Tulen"), { "Ms Tulen": 1, "Mr Tulen": 0, "Mara Tulen": 1 });
  });

  it("lets a romanization that also drops letters from a short name spend a slip", () => {
    expectIn(ask("Where did the ferry come from?", "Kvibisi"), { Kvibisi: 1, Kvibisy: 1, Kvibsy: 0 });
  });

  it("marks down a reason that names another member of a closed set or another number than the article's sentence", () => {
    expectIn(ask("Why did the old wall fail, according to the mayor?", "because its concrete was poured in winter"), {
      "the concrete was poured in winter": 1,
      "the concrete was poured in summer": 0,
    });
    expectIn(ask("Why did Mara Tulen say the barrier was a long job?", "It has taken three years"), { "it took three years": 1, "it took four years": 0 });
  });
});

describe("the article's conversion of a sum, and only that", () => {
  it("does not read a sum's recipients as its conversion", () => {
    const article = "The fund gave 5,000 euros to 12 charities and 3,000 euros (about 3,300 dollars) to the school.";
    expectCredits(ask("How much did the fund give the school?", "3,000 euros"), { "about 3,300 dollars": 1 }, article);
    expectCredits(ask("How much did the fund give the charities?", "5,000 euros"), { "12 charities": 0 }, article);
  });
});

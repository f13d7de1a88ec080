import { describe, expect, it } from "vitest";
import { ask, expectCredits } from "./expect-credit";
import type { QuestionOf } from "../../src/schemas/question";

// The classes blind set 4 found (test/fixtures/scoring-blind-4): a right
// answer with correct detail from the article, times of day written every
// way, and the same measure in other units. The article and the examples are
// invented here, not the set's cases.

const ARTICLE = `Night guard catches tyre thieves at Millbrook depot

Security guard Tomas Brenner, 41, of Hollin Lane, saw two men at the Millbrook bus depot at 2.15am on 9 March and called the police.
The men, cousins Ivo Marsh and Pavel Marsh, had taken 14 wheels weighing 312 kg in total. Officers arrived at 21:47 the next evening to collect the footage.
The depot is in Northgate, a suburb of Leeds. Ivo Marsh, 29, was jailed for 28 months; the court fined the depot's contractor 4,000 euros a month until it mends the fence.`;

const expectCredit = (q: QuestionOf<"short_answer">, cases: Record<string, number>) => expectCredits(q, cases, ARTICLE);

describe("a right answer with more said about it", () => {
  it("keeps full credit when every added word comes from the article", () => {
    expectCredit(ask("Who called the police?", "Tomas Brenner"), {
      "Tomas Brenner, 41, of Hollin Lane": 1, "Brenner, the security guard": 1, "a security guard, Tomas Brenner": 1, "tomas brenner the security guard": 1,
      "Tomas Brenner, 52": 0, "Tomas Brenner from Manchester": 0,
    });
    expectCredit(ask("Where is the depot?", "Northgate"), { "Northgate, a suburb of Leeds": 1, "Northgate in Leeds": 1 });
  });

  it("gives nothing when the extra could be a second answer, a hedge or a change to the amount", () => {
    expectCredit(ask("Who was jailed?", "Ivo Marsh"), { "Ivo Marsh, Pavel Marsh": 0, "Ivo Marsh or Pavel": 0, "Ivo Marsh and his cousin Pavel": 0, "Ivo Marsh, 29": 1 });
    expectCredit(ask("Where is the depot?", "Northgate"), { "Northgate, Leeds, Millbrook": 0, "Northgate, not Leeds": 0 });
    expectCredit(ask("How heavy were the wheels?", "312 kg"), { "312 kg, 14 wheels": 1, "312, 14": 0, "312 kg a month": 0 });
  });
});

describe("times of day", () => {
  it("reads a 12-hour, 24-hour, dotted or spoken time as the same time", () => {
    expectCredit(ask("At what time did the guard see the men?", "2.15am"), {
      "2:15 am": 1, "02:15": 1, "0215 hours": 1, "two fifteen am": 1, "quarter past two in the morning": 1, "2.15 a.m.": 1, "2:15": 1,
      "2.15am on 9 March": 1, "about 2.15am": 1, "2.15pm": 0, "14:15": 0, "2.50am": 0, "quarter past two in the afternoon": 0, "3.15am": 0,
    });
    expectCredit(ask("At what time did officers arrive?", "21:47"), {
      "21.47": 1, "9:47 pm": 1, "9.47pm": 1, "9:47 in the evening": 1, "nine forty-seven pm": 1, "21:47 local time": 1, "9:47": 1,
      "9:47 am": 0, "21:37": 0, "9:47 in the morning": 0,
    });
  });

  it("leaves a decimal alone when the question does not ask for a time", () => {
    expectCredit(ask("How many tonnes were moved?", "2.15"), { "2.15 tonnes": 1, "2:15": 0 });
  });
});

describe("a measure in other units", () => {
  it("converts within length, mass, calendar spans and speed, and never across them", () => {
    expectCredit(ask("How heavy were the wheels?", "312 kg"), { "312,000 grams": 1, "0.312 tonnes": 1, "312 kilos": 1, "312 g": 0, "3.12 kg": 0, "312 km": 0 });
    expectCredit(ask("How long was Ivo Marsh jailed for?", "28 months"), { "2 years and 4 months": 1, "28 mths": 1, "2 years": 0, "28 weeks": 0 });
    expectCredit(ask("How fast did it enter the atmosphere?", "17.2 km/s"), { "17,200 metres per second": 1, "17.2 kilometres a second": 1, "17.2 km per hour": 0 });
    expectCredit(ask("How far did it travel?", "2.5 km"), { "2500 metres": 1, "2500 m": 1, "250 m": 0 });
  });
});

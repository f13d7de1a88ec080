import { describe, it } from "vitest";
import { ask, expectCredits } from "./expect-credit";
import type { QuestionOf } from "../../src/schemas/question";

// Classes blind scoring set 10 found (test/fixtures/scoring-blind-10). The
// article and the examples are invented here, not the set's cases.

const ARTICLE = `Lakeside fair crowns a new onion champion

The Brennock Lakeside Fair ran from Friday, 12 to Sunday, 14 September, and drew about 3,100 visitors.
Ines Harrow won the heaviest onion class with a bulb of 8.6 kg. Her father, Tomas Harrow, came second. "She learned from the best," he said.
Governor Ruth Mallory of the Brennock Growers' Guild presented the prizes. The fair's new solar array has a capacity of 120 kilowatts and cost US$1.2 million.
Lorries over 7.5 tonnes are banned from the fair road. The fair was first held in 1962. The guild said entry fees would not rise next year, and it wants to cut its reliance on diesel generators.`;

const expectCredit = (q: QuestionOf<"short_answer">, cases: Record<string, number>) => expectCredits(q, cases, ARTICLE);

describe("replies, years and spans as students write them", () => {
  it("reads any way of saying no as the key's no, and never a yes", () => {
    const q = ask("Did the guild say entry fees would rise?", "No");
    expectCredit(q, { nope: 1, Nah: 1, "not at all": 1, "No – it said they would not rise": 1, yes: 0, yeah: 0, maybe: 0 });
  });

  it("reads a year said as two numbers", () => {
    const q = ask("In what year was the fair first held?", "1962");
    expectCredit(q, { "nineteen sixty-two": 1, "in nineteen sixty two": 1, "nineteen sixty-three": 0, "sixty-two": 0 });
  });

  it("reads a span of days with a month written once, and weekdays beside them", () => {
    const q = ask("Between which dates did the fair run?", "12 to 14 September");
    expectCredit(q, {
      "12-14 September": 1,
      "Sept 12 to 14": 1,
      "September 12th to 14th": 1,
      "Friday 12 to Sunday 14 September": 1,
      "12th–14th Sept": 1,
      "12 to 15 September": 0,
      "14 September": 0,
    });
  });

  it("reads power in watts however it is written", () => {
    const q = ask("What is the capacity of the solar array?", "120 kilowatts");
    expectCredit(q, { "120 kW": 1, "120kw": 1, "0.12 MW": 0, "120 MW": 0, "210 kW": 0 });
  });
});

describe("people named through someone else", () => {
  it("gives nothing for the key's relative, and takes the surname of a titled key", () => {
    const q = ask("Who won the heaviest onion class?", "Ines Harrow");
    expectCredit(q, { "Ines Harrow's father": 0, "Ines Harrow": 1, "Tomas Harrow": 0 });
    const speaker = ask("Who said “She learned from the best”?", "Tomas Harrow");
    expectCredit(speaker, { "Tomas Harrow, Ines's father": 1 });
    const governor = ask("Who presented the prizes?", "Governor Ruth Mallory");
    expectCredit(governor, { Mallory: 1, "Governor Mallory": 1, "Ruth Mallory": 1, "Mr Mallory": 0 });
  });

  it("gives nothing for a reason that names another fuel, or says more where the key says cut", () => {
    const q = ask("What does the guild want to cut its reliance on?", "diesel generators");
    const why = ask("Why does the guild want the solar array?", "to cut its reliance on diesel generators");
    expectCredit(why, { "to cut reliance on diesel": 1, "to cut its reliance on coal": 0, "to use more diesel generators": 0 });
    expectCredit(q, { "diesel generators": 1 });
  });

  it("reads 'what is X meant to do?' as asking a purpose, whose generic verbs ('let') say nothing alone", () => {
    const q = ask("What is the new fish pass meant to do?", "let migrating salmon swim past the weir");
    expectCredit(q, { "allow migrating salmon to get past the weir": 1, "so salmon can swim past the weir": 1, "let boats pass the weir": 0 });
  });

  it("reads a dollar amount with its country's letters, an estimate and 'metric' as the same quantity", () => {
    const cost = ask("How much did the array cost in US dollars?", "US$1.2 million");
    expectCredit(cost, { "USD 1.2 million": 1, "1.2 million US dollars": 1, "1.2 million euros": 0, "USD 2.1 million": 0 });
    const crowd = ask("About how many visitors did the fair draw?", "3,100");
    expectCredit(crowd, { "an estimated 3,100 visitors": 1, "an estimated 1,300": 0 });
    const limit = ask("What weight limit applies on the fair road?", "7.5 tonnes");
    expectCredit(limit, { "7.5 metric tonnes": 1, "5.7 metric tonnes": 0 });
  });
});

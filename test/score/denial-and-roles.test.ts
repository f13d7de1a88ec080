import { describe, it } from "vitest";
import { ask, expectCredits } from "./expect-credit";
import type { QuestionOf } from "../../src/schemas/question";

// Classes blind scoring set 8 found (test/fixtures/scoring-blind-8). The
// article and the examples are invented here, not the set's cases.

const ARTICLE = `Ferry co-operative wins river licence

The Tarn Valley Ferry Co-operative (TVFC) will run the crossing at Millford from 2 May, the Inland Waterways Board (IWB) said on Friday.
The boats will sail only in daylight, because the IWB licence granted for the first season does not cover night crossings. The crossing takes 9 minutes.
Dr Helen Marsh, a river engineer who advised the board, said the old landing stage could not simply be repaired. The timber piles have been weakened by decades of floodwater, she said, so new steel piles will be driven in.
Harriet Sloane, the deputy mayor of Millford, welcomed the decision. Councillor Daniel Okoro, the council's member for transport, said the council was happy to help without taking a share, because the co-operative had shown it could run the ferry on its own.
The ferry's skipper, Daniel Ferris, has worked on the river for 20 years. He will be joined by two new crew members.`;

const expectCredit = (q: QuestionOf<"short_answer">, cases: Record<string, number>) => expectCredits(q, cases, ARTICLE);

describe("reasons that deny something, in the student's own words", () => {
  it("reads a denial said in the passive, or with the acronym spelled out, as the key's denial", () => {
    const q = ask("Why will the boats sail only in daylight?", "Because the IWB licence for the first season does not cover night crossings");
    expectCredit(q, {
      "night crossings are not covered by the IWB licence": 1,
      "the Inland Waterways Board licence does not cover crossings at night": 1,
      "because the licence does not cover night crossings": 1,
      "because the IWB licence covers night crossings": 0,
      "because the TVFC licence does not cover night crossings": 0,
    });
  });

  it("asks for a reason after 'According to X,' and reads 'not … until' as a condition, not a denial", () => {
    const q = ask("According to Dr Marsh, why can the landing stage not simply be repaired?", "The timber piles have been weakened by decades of floodwater");
    expectCredit(q, {
      "the piles were weakened by floodwater": 1,
      "because the timber piles have been weakened by decades of flood water": 1,
      "the timber piles were weakened by rain": 0,
      "the timber piles are still strong": 0,
    });
    const until = ask("Why do the new piles matter to the skipper?", "She can only sail once the new piles are in");
    expectCredit(until, { "she can't sail until the new piles are in": 1, "she can sail before the new piles are in": 0 });
  });

  it("joins a short prefix's hyphen, and a number typed in digits that the article never states is no detail", () => {
    const q = ask("Why did the council help without taking a share?", "Because the co-operative had shown it could run the ferry on its own");
    expectCredit(q, {
      "because the cooperative showed it could run the ferry on its own": 1,
      "the co-operative showed it could run the ferry on its own, and the crossing takes 9 minutes": 1,
      "the co-operative showed it could run the ferry on its own, and the crossing takes 5 minutes": 0,
    });
  });
});

describe("names with their titles and roles", () => {
  it("takes a role the article qualifies only with its qualifier", () => {
    expectCredit(ask("Who welcomed the decision?", "Harriet Sloane"), {
      "Harriet Sloane, the deputy mayor of Millford": 1,
      "Harriet Sloane, the mayor of Millford": 0,
    });
  });

  it("accepts a courtesy title that fits the person for the article's own title", () => {
    expectCredit(ask("Which river engineer advised the board?", "Dr Helen Marsh"), { "Ms Marsh": 1, "Dr Marsh": 1, "Mr Marsh": 0 });
  });

  it("accepts a councillor's surname, with or without the title, when only a given name is shared", () => {
    expectCredit(ask("Which councillor is the council's member for transport?", "Daniel Okoro"), {
      "Okoro": 1,
      "Councillor Okoro": 1,
      "Cllr Okoro": 1,
      "Daniel": 0,
      "Daniel Ferris": 0,
    });
  });
});

const DETAILS = `Harbour wall repairs approved

The repairs will cost £2.4 million, of which £900,000 comes from the Coastal Resilience Fund. The wall was breached on 4 March by a storm surge. Engineers inspected it at 6:15 a.m. on Friday, 7 March.
Aled Rhys was paid £1,200 and Owen Rhys £800 for the survey.`;

describe("details beside a number or a date", () => {
  it("reads a decimal sum whole, so its sentence's details count", () => {
    expectCredits(ask("How much will the repairs cost?", "£2.4 million"), { "£2.4 million, of which £900,000 comes from the Coastal Resilience Fund": 1, "£2.4 million, of which £700,000 comes from the Coastal Resilience Fund": 0 }, DETAILS);
  });

  it("takes no other doer after 'by', no time from another date's sentence, and no sum said of another person", () => {
    expectCredits(ask("On which date was the wall breached?", "4 March"), { "4 March, by a storm surge": 1, "4 March, by engineers": 0, "4 March at 6:15 a.m.": 0 }, DETAILS);
    expectCredits(ask("Who carried out the survey?", "Aled Rhys"), { "Aled Rhys (£1,200)": 1, "Aled Rhys (£800)": 0 }, DETAILS);
  });
});

describe("dates written with their weekday", () => {
  it("takes the date without the weekday, with a short one, or misspelt, and never with another weekday", () => {
    expectCredits(ask("When are the next figures due?", "Friday, 16 January 2026"), {
      "16 January 2026": 1, "Fri 16 Jan 2026": 1, "16/01/2026": 1, "16 Janury 2026": 1, "Thursday 16 January 2026": 0, "17 January 2026": 0,
    }, DETAILS);
    expectCredits(ask("On what date was the wall breached?", "4 March"), { "4 Mach": 1, "4 May": 0 }, DETAILS);
  });
});


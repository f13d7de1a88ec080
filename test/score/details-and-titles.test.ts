import { describe, it } from "vitest";
import { ask, expectCredits } from "./expect-credit";
import type { QuestionOf } from "../../src/schemas/question";

// More classes blind scoring set 9 found (test/fixtures/scoring-blind-9). The
// article and the examples are invented here, not the set's cases.

const ARTICLE = `Harbour festival draws record crowd

The Pelham Harbour Festival drew 18,500 visitors over the weekend, the Coastal Events Authority (CEA) said on Monday. Norway was the largest source of foreign visitors with 2,100 and Denmark second with 1,450.
Kerstin Lund, director of the Coastal Events Authority, said 96 volunteers had helped at the gates. Its budget, she said, was 1.8 million kroner, about US$170,000.
Ms Lund is not related to the café owner. Anders Lund, who runs the harbour café, said trade had doubled.
Dr Piet Haas, Chief Medical Officer for the Pelham district, said first aid teams treated 14 people. "It was a calm weekend," Dr Haas said.
Greta Haas, a nurse who is not related to Dr Haas, ran the first aid tent.`;

const expectCredit = (q: QuestionOf<"short_answer">, cases: Record<string, number>) => expectCredits(q, cases, ARTICLE);

describe("a number with what a teacher reads as the same count", () => {
  it("takes 'people' for any head count asked 'how many', and nothing else", () => {
    const q = ask("How many volunteers helped at the gates?", "96");
    expectCredit(q, { "about 96 people": 1, "96 persons": 1, "96 volunteers": 1, "96 days": 0, "69 people": 0 });
  });

  it("lets a detail's number carry the question's noun, and reads the article's 'US$170,000' in a '$0.17m'", () => {
    const second = ask("Which country was the second-largest source of visitors?", "Denmark");
    expectCredit(second, { "Denmark, with 1,450 visitors": 1, "Denmark, with 1,450 volunteers": 0 });
    const budget = ask("What was the festival's budget, in kroner?", "1.8 million kroner");
    expectCredit(budget, { "1.8 million kroner (about $170,000)": 1, "1.8 million kroner (about $0.17m)": 1, "1.8 million kroner (about $0.2m)": 0 });
  });
});

describe("details said of the key's own person", () => {
  it("does not take a role's capitalised words or an acronym's expansion for another person", () => {
    const doctor = ask("Who is the Chief Medical Officer quoted?", "Dr Piet Haas");
    expectCredit(doctor, { "Piet Haas, Chief Medical Officer for the Pelham district": 1, "Piet Haas, who runs the harbour café": 0 });
    const director = ask("Who directs the Coastal Events Authority?", "Kerstin Lund");
    expectCredit(director, { "Kerstin Lund, director of the CEA": 1, "Kerstin Lund, director of the Coastal Events Authority": 1 });
  });

  it("reads the article's own 'Ms Lund' as the full name nearest before it, whoever else shares the surname", () => {
    const q = ask("Who is the director of the Coastal Events Authority?", "Kerstin Lund");
    expectCredit(q, { "Ms Lund": 1, "Mr Lund": 0, Lund: 0 });
    const cafe = ask("Who runs the harbour café?", "Anders Lund");
    expectCredit(cafe, { "Ms Lund": 0, "Anders Lund": 1 });
    // "not related to Dr Haas" sets the title against the name in its own sentence; the key's own title may go.
    const doctor = ask("Who said it was a calm weekend?", "Dr Piet Haas");
    expectCredit(doctor, { "Dr Haas": 1, "Piet Haas": 1, Haas: 0, "Greta Haas": 0 });
    const nurse = ask("Who ran the first aid tent?", "Greta Haas");
    expectCredit(nurse, { "Dr Haas": 0, "Greta Haas": 1 });
  });
});

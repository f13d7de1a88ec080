import { describe, it } from "vitest";
import { ask, expectCredits } from "./expect-credit";
import type { QuestionOf } from "../../src/schemas/question";

// The classes blind set 7 found (test/fixtures/scoring-blind-7): a detail the
// article says of another person, an acronym whose name has "the" inside it
// or is written in lower case, a question that asks for two reasons, and a
// reason that names a storm the article never mentions. The
// article and the examples are invented here, not the set's cases.

const ARTICLE = `Two sisters fined over illegal quarry near Vell

Ana Brisk, 51, and her younger sister Ines Brisk, 47, both of Vell, were fined on Monday for digging a quarry without a permit.

The Trust for the Care of Rural Land (TCRL) said the pit had destroyed a meadow. The county's environment officer (EO), Tomas Wren, said the site would take ten years to recover.

The judge, Hana Kole, said she would not send them to prison for two reasons: they had no previous convictions, and they had already paid to refill the pit.

The sisters said they dug the pit because Storm Elna had washed away their farm track.`;

const expectCredit = (q: QuestionOf<"short_answer">, cases: Record<string, number>) => expectCredits(q, cases, ARTICLE);

describe("details said of someone else, acronyms, two reasons", () => {
  it("gives nothing for a detail the article says of another person, and credits one it says of the answer", () => {
    expectCredit(ask("Who is the younger sister?", "Ines Brisk"), { "Ines Brisk, 47": 1, "Ines Brisk, 51": 0, "Ines Brisk of Vell": 1 });
    expectCredit(ask("Who was the judge?", "Hana Kole"), { "Hana Kole, the environment officer": 0 });
  });

  it("takes an acronym for a name with 'the' inside it, and for one written in lower case", () => {
    expectCredit(ask("Which charity spoke about the meadow?", "Trust for the Care of Rural Land"), { TCRL: 1, "the TCRL": 1, TCRC: 0 });
    expectCredit(ask("What is Tomas Wren's job?", "environment officer"), { EO: 1, "the county's environment officer": 1 });
  });

  it("scores 'what two reasons' by the reasons given, in any words and order", () => {
    const q = ask("What two reasons did the judge give for not sending them to prison?", "they had no previous convictions, and they had already paid to refill the pit");
    expectCredit(q, { "they had paid to refill the pit and had no previous convictions": 1, "no previous convictions": 0.5, "they were old": 0 });
  });

  it("gives nothing for a reason that puts a name the article never uses where the key has one", () => {
    const q = ask("Why did the sisters dig the pit?", "because Storm Elna had washed away their farm track");
    expectCredit(q, { "because Storm Elna washed away the track": 1, "because Storm Orla washed away the track": 0 });
  });
});

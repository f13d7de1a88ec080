import { describe, it } from "vitest";
import { ask, expectCredits } from "./expect-credit";
import type { QuestionOf } from "../../src/schemas/question";

// Classes blind scoring set 9 found (test/fixtures/scoring-blind-9). The
// article and the examples are invented here, not the set's cases.

const ARTICLE = `Reservoir deal sets summer releases

The two river boards agreed on Wednesday that the Lower Bellan reservoir will release at least 85 cubic metres per second between 1 June and 31 August, after a shortage in 2024 left farms dry.
The first release is due on Monday, 1 June, and the boards' 64th joint meeting will review it on Thursday, 10 September.
Each board will pay 1.2 million euros towards new gauges.
Water will be piped from Lake Orrin to Dunmere by the new Orrin Valley Canal, so that the Lake Orrin Trust can keep the lake's level steady.
Engineers will travel on flight KL 1024 from Dunmere to Bellan.`;

const expectCredit = (q: QuestionOf<"short_answer">, cases: Record<string, number>) => expectCredits(q, cases, ARTICLE);

describe("a span of dates, in any notation", () => {
  it("needs both ends, and reads months alone as the whole months a span from the 1st to the last day covers", () => {
    const q = ask("What period do the summer releases cover?", "1 June to 31 August");
    expectCredit(q, {
      "June 1 - August 31": 1,
      "2026-06-01 to 2026-08-31": 0, // a year the article does not state
      "from 1 Jun through 31 Aug": 1,
      "June to August": 1,
      "between the first of June and the thirty-first of August": 0, // "thirty-first" is past the day words read
      "1 June to 31 July": 0,
      "31 August": 0,
      "the summer": 0,
    });
    const mid = ask("When will the trial run?", "10 June to 20 August");
    expectCredit(mid, { "June to August": 0, "June 10 - August 20": 1 });
  });
});

describe("numbers said another way", () => {
  it("reads compound ordinal words and 'number N' as the ordinal", () => {
    const q = ask("Which joint meeting of the boards will review the release?", "the 64th meeting");
    expectCredit(q, { "the sixty-fourth": 1, "sixty fourth meeting": 1, "meeting number 64": 1, "the sixty-fifth": 0, "the 60th": 0, "number 46": 0 });
  });

  it("reads a flow in cubic metres a second however it is written, and 'at least' for a minimum", () => {
    const q = ask("What minimum flow will the reservoir release?", "85 cubic metres per second");
    expectCredit(q, {
      "85 m3/s": 1,
      "85 m³/s": 1,
      "eighty-five cubic metres a second": 1,
      "at least 85 m3 per second": 1,
      "85,000 litres per second": 1,
      "85 cubic metres per minute": 0,
      "85 m3": 0,
      "at most 85 m3/s": 0,
      "58 m3/s": 0,
    });
  });
});

describe("a year the key leaves out", () => {
  it("counts the year the key's weekday fixes next to a year the article states, and no other", () => {
    const q = ask("When is the first release due?", "Monday, 1 June");
    // The article states only 2024; "01/06" reads two ways. 1 June 2026 is a Monday; 1 June 2025 a Sunday; 1 June 2020 a Monday, but four years off.
    expectCredit(q, { "1 June 2026": 1, "2026-06-01": 1, "01/06/2026": 0, "Monday 1 June 2026": 1, "1 June 2025": 0, "1 June 2020": 0 });
    const review = ask("When will the joint meeting review the release?", "Thursday, 10 September");
    expectCredit(review, { "2026-09-10": 1, "10 September 2027": 0 });
    const noWeekday = ask("When was the shortage reported?", "3 July");
    expectCredit(noWeekday, { "3 July 2024": 1, "3 July 2026": 0 });
  });
});

describe("codes, routes and names that are part of another name", () => {
  it("reads a code's letters and number run together as the code", () => {
    const q = ask("On which flight will the engineers travel?", "KL 1024");
    expectCredit(q, { KL1024: 1, "kl 1024": 1, "flight KL-1024": 1, KL1042: 0, "KL 102": 0 });
  });

  it("gives nothing for the article's route said the other way round", () => {
    const q = ask("On which flight will the engineers travel?", "KL 1024");
    expectCredit(q, { "KL 1024 from Dunmere to Bellan": 1, "KL 1024 from Bellan to Dunmere": 0 });
  });

  it("gives nothing for a reason that names the end of the key's name, when the article names that on its own too", () => {
    const q = ask("Why will water be piped to Dunmere?", "so that the Lake Orrin Trust can keep the lake's level steady");
    expectCredit(q, {
      "so the Lake Orrin Trust can keep the level steady": 1,
      "so that the Orrin Trust can keep the lake level steady": 1, // the article never says "Orrin Trust" on its own
    });
    const another = `${ARTICLE}\nThe Orrin Trust, an angling charity with no part in the scheme, objected.`;
    expectCredits(q, { "so the Lake Orrin Trust can keep the level steady": 1, "so that the Orrin Trust can keep the lake level steady": 0 }, another);
  });
});

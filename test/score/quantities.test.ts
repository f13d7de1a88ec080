import { describe, expect, it } from "vitest";
import { ask, creditFor as credit, expectCredits as expectCredit } from "./expect-credit";

// The classes blind set 3 found (test/fixtures/scoring-blind-3): amounts,
// durations, ordinals and qualifiers written the ways students write them,
// and the romanization rules that gave or withheld credit wrongly. The
// examples are invented, not the set's cases.

describe("amounts of money", () => {
  it("take any notation of the key's currency, and never another currency", () => {
    expectCredit(ask("How much did the bridge cost?", "£12.5 million"), {
      "12.5 million pounds": 1, "GBP 12.5 million": 1, "£12.5m": 1, "12,5 million GBP": 1, "£12.5 mn": 1, "about £12.5 million": 1,
      "$12.5 million": 0, "€12.5 million": 0, "12.5 million euros": 0, "£12.5": 0, "£125 million": 0,
    });
    expectCredit(ask("What was the prize?", "80,000 Swedish kronor"), { "80000 SEK": 1, "80 000 kr": 1, "SEK 80,000": 1, "80,000 dollars": 0 });
  });

  it("read 'm' as millions only when the key's number is in millions", () => {
    expectCredit(ask("How long is the pipe?", "3 m"), { "3m": 1, "3 metres": 1, "3 million": 0 });
    expectCredit(ask("How many people live there?", "3 million"), { "3m": 1, "3 mil": 1, "3": 0 });
  });
});

describe("durations and measures", () => {
  it("take a clock or units for a duration, and not a different one", () => {
    expectCredit(ask("What was her time?", "2 hours 7 minutes 30 seconds"), {
      "2:07:30": 1, "2.07.30": 1, "2h 7min 30s": 1, "2 hours, 7 minutes and 30 seconds": 1, "2:07": 0, "2:07:31": 0, "2 hours 7 minutes": 0,
    });
    expectCredit(ask("By how much did he win?", "9 seconds"), { "9s": 1, "0:09": 1, "9 secs": 1, "nine seconds": 1, "0:19": 0, "9 minutes": 0 });
  });

  it("reads a decimal comma and abbreviations of the key's unit", () => {
    expectCredit(ask("How far did it travel?", "4.5 km"), { "4,5 km": 1, "4.5 kms": 1, "4.5 klm": 1, "45 km": 0, "4.5 m": 0 });
  });
});

describe("numbers written as students write them", () => {
  it("reads a misspelt number word only against the key's number", () => {
    expectCredit(ask("How many boats sank?", "14"), { fourten: 1, "fourtean boats": 1, fourteen: 1, "forty": 0, "there were 14": 1, "there": 0 });
    expectCredit(ask("How many people were rescued?", "40 people"), { "fourty ppl": 1, "forty-one": 0 });
  });

  it("takes an ordinal as a word, as digits or as a plain number, and not another place", () => {
    expectCredit(ask("In what place did she finish?", "5th"), { fifth: 1, "5": 1, "she came fifth": 1, "fith": 1, "6th": 0, "fourth": 0 });
  });

  it("allows a qualifier that says roughly, or the key's own bound, but not another bound", () => {
    expectCredit(ask("How much warning will towns get?", "up to three days"), { "3 days": 1, "about three days": 1, "up to 3 days": 1, "at least 3 days": 0, "more than three days": 0 });
  });
});

describe("dates without a year", () => {
  it("takes day and month as numbers when only one order is possible", () => {
    expectCredit(ask("On what date did the bridge close?", "23 March"), { "23/3": 1, "23.03": 1, "3/23": 1, "24/3": 0 });
    expect(credit(ask("On what date did the bridge close?", "4 March"), "4/3")).toBe(0);
  });
});

describe("romanizations", () => {
  it("does not lend a second slip to a word whose key merges doubled letters", () => {
    expectCredit(ask("Who won?", "Ingrid Haaland"), { "Ingrid Haland": 1, "Ingrid Halnd": 0, "Ingrid Haalnd": 1 });
    expectCredit(ask("Who came fourth?", "Anna Groß"), { "Anna Gross": 1, "Anna Grob": 0 });
  });

  it("joins dzh, dj and j, Azerbaijani q and Russian k, and ə written a", () => {
    expectCredit(ask("Who signed?", "Tamar Jorjadze"), { "Tamar Dzhordzhadze": 1, "Tamar Djordjadze": 1 });
    expectCredit(ask("Who spoke?", "Qasım Quliyev"), { "Kasim Kuliev": 1 });
    expectCredit(ask("Who spoke?", "Vüqar Əliyev"), { "Vuqar Aliyev": 1, "Vugar Aliyev": 1 });
  });
});

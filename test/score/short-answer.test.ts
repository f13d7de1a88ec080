import { describe, expect, it } from "vitest";
import { scoreShortAnswer } from "../../src/score/short-answer";
import type { QuestionOf } from "../../src/schemas/question";

const question = (answers: { text: string; weight?: number; feedback?: string }[], extra: Partial<QuestionOf<"short_answer">> = {}): QuestionOf<"short_answer"> => ({
  id: "q",
  kind: "short_answer",
  prompt: "?",
  points: 1,
  answers: answers.map((a) => ({ weight: 1, ...a })),
  ...extra,
});
const on = { typoTolerance: true };
const off = { typoTolerance: false };

describe("short answers", () => {
  it("ignores case, punctuation, curly quotes and extra whitespace", () => {
    const q = question([{ text: "Interaction-2025" }]);
    for (const given of ["interaction-2025", "  INTERACTION 2025 ", "‘Interaction–2025’", "Interaction - 2025."]) {
      expect(scoreShortAnswer(q, given, on).credit, given).toBe(1);
    }
  });

  it("ignores articles but keeps a one-letter answer", () => {
    expect(scoreShortAnswer(question([{ text: "Vitebsk region" }]), "the Vitebsk region", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "A" }]), "a", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "A" }]), "b", on).credit).toBe(0);
  });

  it("folds accents and apostrophes", () => {
    expect(scoreShortAnswer(question([{ text: "Belarus’s army" }]), "Belarus's army", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "Müller" }]), "muller", on).credit).toBe(1);
  });

  it("gives the weight of the best matching answer and its feedback", () => {
    const q = question([
      { text: "Serdykov", weight: 1 },
      { text: "General", weight: 0.5, feedback: "Which general?" },
    ]);
    const v = scoreShortAnswer(q, "general", on);
    expect(v).toMatchObject({ credit: 0.5, status: "partial", feedback: "Which general?" });
    expect(v.rule).toMatch(/^partial: matches ‘General’/);
  });

  it("matches '*' wildcards in place", () => {
    const q = question([{ text: "Lepel*" }]);
    expect(scoreShortAnswer(q, "Lepelets", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "Losvido", on).credit).toBe(0);
    const catchAll = question([{ text: "Vitebsk" }, { text: "*", weight: 0, feedback: "Look at the second sentence." }]);
    expect(scoreShortAnswer(catchAll, "Minsk", on)).toMatchObject({ credit: 0, feedback: "Look at the second sentence." });
    expect(scoreShortAnswer(catchAll, "Vitebsk", on).credit).toBe(1);
  });

  it("accepts small typos scaled to word length, and none in short words or numbers", () => {
    const q = question([{ text: "Lukashenko" }]);
    expect(scoreShortAnswer(q, "Lukashenco", on)).toMatchObject({ credit: 1 });
    expect(scoreShortAnswer(q, "Lukashenco", on).rule).toMatch(/spelling variant/);
    expect(scoreShortAnswer(q, "Lukashenco", off).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "Vitebsk" }]), "Vitbesk", on).credit).toBe(1);
  });

  it("names the exact accepted answer rather than a typo of another at the same weight", () => {
    const q = question([{ text: "Organization" }, { text: "Organisation" }]);
    expect(scoreShortAnswer(q, "organisation", on).rule).toBe("accepted: matches ‘Organisation’");
  });

  it("never treats a different first letter as a typo (Minsk is not Pinsk)", () => {
    expect(scoreShortAnswer(question([{ text: "Minsk" }]), "Pinsk", on).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "Serdykov" }]), "Berdykov", on).credit).toBe(0);
  });

  it("never credits a different number or a different short word", () => {
    expect(scoreShortAnswer(question([{ text: "September 6" }]), "September 16", on).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "West-2025" }]), "West-2024", on).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "Iran" }]), "Iraq", on).credit).toBe(0);
  });

  it("treats an empty answer as unanswered", () => {
    expect(scoreShortAnswer(question([{ text: "x" }]), "  ", on).status).toBe("unanswered");
  });

  it("respects case when the question asks for it", () => {
    const q = question([{ text: "NATO" }], { caseSensitive: true });
    expect(scoreShortAnswer(q, "NATO", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "nato", on).credit).toBe(0);
  });
});

describe("short answers, edge cases a teacher would hit", () => {
  it("matches a wildcard pattern that starts with an article, with or without it", () => {
    const q = question([{ text: "the * war" }]);
    expect(scoreShortAnswer(q, "the cold war", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "Cold War", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "the cold peace", on).credit).toBe(0);
  });

  it("never lets a typo rule overrule a wrong answer the teacher listed", () => {
    const q = question([{ text: "Serdykov", weight: 1 }, { text: "Serdyukov", weight: 0, feedback: "Check the article's spelling." }]);
    expect(scoreShortAnswer(q, "Serdyukov", on)).toMatchObject({ credit: 0, feedback: "Check the article's spelling." });
    expect(scoreShortAnswer(q, "Serdykow", on).credit).toBe(1);
  });

  it("keeps a trailing one-letter word: 'Plan' is not 'Plan A'", () => {
    const q = question([{ text: "Plan A" }]);
    expect(scoreShortAnswer(q, "Plan", on).credit).toBe(0);
    expect(scoreShortAnswer(q, "plan a", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "an apple" }]), "apple", on).credit).toBe(1);
  });

  it("uses a catch-all only when nothing else matches", () => {
    const q = question([{ text: "Vitebsk" }, { text: "*", weight: 0, feedback: "Reread sentence 2." }]);
    expect(scoreShortAnswer(q, "Vitbesk", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "Grodno", on)).toMatchObject({ credit: 0, rule: "rejected: matches none of the accepted answers", feedback: "Reread sentence 2." });
  });
});

describe("short answers with signs and symbols", () => {
  it("keeps a minus sign and the symbols of C++ and C#", () => {
    expect(scoreShortAnswer(question([{ text: "-5" }]), "5", on).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "-5" }]), "−5", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "C++" }]), "C", on).credit).toBe(0);
    expect(scoreShortAnswer(question([{ text: "C#" }]), "c#", on).credit).toBe(1);
    expect(scoreShortAnswer(question([{ text: "C#" }]), "C++", on).credit).toBe(0);
  });

  it("never turns a symbol-only pattern piece into a catch-all", () => {
    const q = question([{ text: "$*" }]);
    expect(scoreShortAnswer(q, "no idea", on).credit).toBe(0);
    expect(scoreShortAnswer(q, "$1,000", on).credit).toBe(1);
  });

  it("checks many-star patterns against long answers without backtracking", () => {
    const q = question([{ text: "*a*a*a*a*b" }]);
    const long = "a".repeat(2000);
    expect(scoreShortAnswer(q, long, on).credit).toBe(0); // linear: returns at once
    expect(scoreShortAnswer(q, `${long}b`, on).credit).toBe(1);
  });
});

// A short article of its own, so these rules are checked on text the labelled sets never saw.
const ARTICLE = `Harbour workers in Tallinn voted on Monday to accept a pay deal, ending a strike that began on 3 March.
The deal was brokered by the Baltic Port Workers' Union (BPWU) and the port operator, Nordhavn Logistics.
"Nobody wanted a long dispute," said Chief Mediator Aleksandr Voronov, a veteran of earlier talks.
Voronov said the agreement raises pay by 6 percent over two years and protects 1,250 jobs.
Union leader Kadri Tamm, whose brother Peeter Tamm runs a ferry firm, called it fair. Workers at Paldiski and Muuga ports also voted yes.`;
const inArticle = { typoTolerance: true, article: ARTICLE };
const ask = (prompt: string, key: string) => question([{ text: key }], { prompt });

describe("short answers read with the question and the article", () => {
  it("ignores words that restate the question, and names the rule", () => {
    const q = ask("In which city did harbour workers strike?", "Tallinn city");
    expect(scoreShortAnswer(q, "Tallinn", inArticle)).toMatchObject({ credit: 1, rule: "accepted: matches ‘Tallinn city’ (words that restate the question ignored)" });
    expect(scoreShortAnswer(q, "city", inArticle)).toMatchObject({ credit: 0, rule: "rejected: names only the kind of thing asked for, not which one" });
  });

  it("accepts a surname alone or with a title, and another romanization, but not a first name", () => {
    const q = ask("Who brokered the talks as chief mediator?", "Aleksandr Voronov");
    expect(scoreShortAnswer(q, "Voronov", inArticle).rule).toBe("accepted: ‘voronov’ is how the article refers to ‘Aleksandr Voronov’");
    expect(scoreShortAnswer(q, "Mr. Voronov", inArticle).credit).toBe(1);
    expect(scoreShortAnswer(q, "Alexander Voronov", inArticle)).toMatchObject({ credit: 1, rule: "accepted: another romanization of ‘Aleksandr Voronov’" });
    expect(scoreShortAnswer(q, "Aleksandr", inArticle)).toMatchObject({ credit: 0, rule: "rejected: a first name alone is not enough" });
    expect(scoreShortAnswer(q, "Mediator", inArticle).credit).toBe(0);
  });

  it("refuses a surname two people in the article share, and names a different person as such", () => {
    const q = ask("Who leads the union?", "Kadri Tamm");
    expect(scoreShortAnswer(q, "Tamm", inArticle).credit).toBe(0);
    expect(scoreShortAnswer(q, "Kadri Tamm", inArticle).credit).toBe(1);
    expect(scoreShortAnswer(q, "Peeter Tamm", inArticle).credit).toBe(0);
    expect(scoreShortAnswer(ask("Who leads the union?", "Aleksandr Voronov"), "Peeter Tamm", inArticle).rule).toBe("rejected: names a different person from the article");
  });

  it("takes an acronym for its expansion and back only when the article defines it", () => {
    const q = ask("Which union brokered the deal?", "Baltic Port Workers' Union");
    expect(scoreShortAnswer(q, "BPWU", inArticle)).toMatchObject({ credit: 1, rule: "accepted: the article’s abbreviation or expansion of ‘Baltic Port Workers' Union’" });
    expect(scoreShortAnswer(q, "B.P.W.U.", inArticle).credit).toBe(1);
    expect(scoreShortAnswer(q, "BPWU", on).credit).toBe(0); // no article, no definition
    expect(scoreShortAnswer(ask("Which union?", "BPWU"), "Baltic Port Workers Union", inArticle).credit).toBe(1);
  });

  it("compares dates as dates, with their part of the month", () => {
    const q = ask("When did the strike begin?", "3 March");
    for (const given of ["March 3rd", "Mar. 3", "the 3rd of March", "on 3 March"]) expect(scoreShortAnswer(q, given, inArticle).credit, given).toBe(1);
    expect(scoreShortAnswer(q, "13 March", inArticle)).toMatchObject({ credit: 0, rule: "rejected: a different date" });
    expect(scoreShortAnswer(q, "March", inArticle)).toMatchObject({ credit: 0, rule: "rejected: not as specific as the question asks" });
    const part = ask("When?", "early August");
    expect(scoreShortAnswer(part, "in early Aug.", on).credit).toBe(1);
    expect(scoreShortAnswer(part, "late August", on).credit).toBe(0);
    expect(scoreShortAnswer(ask("When?", "4 June 2025"), "6/4/2025", on).rule).toBe("rejected: the date can be read two ways: write the month as a word");
    expect(scoreShortAnswer(ask("When?", "19 April 1911"), "1911-04-19", on).credit).toBe(1);
  });

  it("compares numbers as numbers, written in words or with units", () => {
    const q = ask("How many jobs does the deal protect?", "1,250");
    for (const given of ["1250 jobs", "one thousand two hundred and fifty", "1 250"]) expect(scoreShortAnswer(q, given, inArticle).credit, given).toBe(1);
    expect(scoreShortAnswer(q, "1,205", inArticle)).toMatchObject({ credit: 0, rule: "rejected: a different number" });
    const pay = ask("By how much does pay rise?", "6 percent");
    expect(scoreShortAnswer(pay, "6%", inArticle).credit).toBe(1);
    expect(scoreShortAnswer(pay, "six per cent", inArticle).credit).toBe(1);
    expect(scoreShortAnswer(pay, "6 euros", inArticle).credit).toBe(0);
    expect(scoreShortAnswer(ask("How much?", "$2.3 million"), "2,300,000 dollars", on).credit).toBe(1);
  });

  it("scores a list per item found, minus wrong extras, never below 0", () => {
    const q = ask("At which two other ports did workers vote yes?", "Paldiski and Muuga");
    expect(scoreShortAnswer(q, "Muuga, Paldiski", inArticle)).toMatchObject({ credit: 1, rule: "accepted: all 2 ports of ‘Paldiski and Muuga’" });
    expect(scoreShortAnswer(q, "Muuga port", inArticle)).toMatchObject({ credit: 0.5, rule: "partial: 1 of 2 ports (worth 50%)" });
    expect(scoreShortAnswer(q, "Muuga, Paldiski and Tallinn", inArticle)).toMatchObject({ credit: 0.5, rule: "partial: 2 of 2 ports, minus 1 wrong extra item (worth 50%)" });
    expect(scoreShortAnswer(q, "Muuga and Tallinn", inArticle).credit).toBe(0);
    // One name that contains "and" is not a list when the question asks for one thing.
    expect(scoreShortAnswer(ask("Which country?", "Bosnia and Herzegovina"), "Bosnia", on).credit).toBe(0);
  });

  it("keeps British and American spellings and small typos apart from other names in the article", () => {
    expect(scoreShortAnswer(ask("Which body?", "World Health Organisation"), "world health organization", on).rule).toBe("accepted: spelling variant of ‘World Health Organisation’");
    expect(scoreShortAnswer(ask("Which firm operates the port?", "Nordhavn Logistics"), "Nordhaven Logistics", inArticle).credit).toBe(1);
    // "Tamm" is a name in the article, so it is not a typo of another: and short words get no typo allowance.
    expect(scoreShortAnswer(ask("Who?", "Tamme"), "Tamm", inArticle).credit).toBe(0);
    expect(scoreShortAnswer(ask("Which capital?", "Panama City"), "Panama", { typoTolerance: true, article: "They met in Panama City." }).credit).toBe(0);
  });

  it("turns romanizations and typos off with the quiz's typo switch, but not form", () => {
    const q = ask("Who mediated?", "Aleksandr Voronov");
    expect(scoreShortAnswer(q, "Aleksandr Voronow", { typoTolerance: false, article: ARTICLE }).credit).toBe(0);
    expect(scoreShortAnswer(q, "Voronov", { typoTolerance: false, article: ARTICLE }).credit).toBe(1);
  });

  it("credits an answer that names two accepted answers with the better one", () => {
    const q = question([{ text: "Tallinn" }, { text: "Estonia", weight: 0.5 }], { prompt: "Where is the port?" });
    expect(scoreShortAnswer(q, "Tallinn, Estonia", on).credit).toBe(1);
    expect(scoreShortAnswer(q, "Estonia", on).credit).toBe(0.5);
    expect(scoreShortAnswer(q, "Tallinn, Latvia", on).credit).toBe(0);
  });
});

describe("short answers: near misses a reviewer found", () => {
  it("never credits the choices a question offers, pasted back", () => {
    const q = ask("Was the bridge designed by Smith or Jones?", "Jones");
    expect(scoreShortAnswer(q, "Smith or Jones", on).credit).toBe(0);
    expect(scoreShortAnswer(q, "Was the bridge designed by Smith or Jones?", on).credit).toBe(0);
    expect(scoreShortAnswer(q, "Jones", on).credit).toBe(1);
    expect(scoreShortAnswer(ask("Did prices rise by more or less than 5%?", "more than 5%"), "less than 5%", on).credit).toBe(0);
    expect(scoreShortAnswer(ask("Was it 12 or 15?", "15"), "12, 15", on).credit).toBe(0);
  });

  it("does not read a place or team as a person with a surname", () => {
    const article = { typoTolerance: true, article: "Officials in West Virginia met fans of Real Madrid. Prince William visited Northern Ireland." };
    for (const [key, given] of [["West Virginia", "Virginia"], ["Real Madrid", "Madrid"], ["Northern Ireland", "Ireland"], ["Prince William", "King William"]]) {
      expect(scoreShortAnswer(ask("Who or where?", key!), given!, article).credit, `${given} for ${key}`).toBe(0);
    }
  });

  it("keeps romanizations that drop letters, and British doubling of short stems, within the typo rules", () => {
    expect(scoreShortAnswer(ask("Who?", "Lucia"), "Luca", off).credit).toBe(0);
    expect(scoreShortAnswer(ask("Who?", "Andrei"), "Andrey", off).credit).toBe(1);
    expect(scoreShortAnswer(ask("What was done to the field?", "tilled"), "tiled", off).credit).toBe(0);
    expect(scoreShortAnswer(ask("How?", "travelled"), "traveled", off).credit).toBe(1);
  });

  it("gives the lesser weight to an answer that names two candidates, the greater when the other only places it", () => {
    const q = question([{ text: "Smith" }, { text: "Jones", weight: 0.5 }], { prompt: "Who?" });
    expect(scoreShortAnswer(q, "Smith, Jones", on).credit).toBe(0.5);
    const place = question([{ text: "Kumasi" }, { text: "Ghana", weight: 0.5 }], { prompt: "Where?" });
    expect(scoreShortAnswer(place, "Kumasi, Ghana", on).credit).toBe(1);
  });

  it("pairs list items exactly first, and does not compare a thousand items one by one", () => {
    const q = ask("Which two cities?", "York and New York");
    expect(scoreShortAnswer(q, "York, New York", on).credit).toBe(1);
    const flood = Array.from({ length: 1000 }, (_, i) => `a${i}`).join(", ");
    expect(scoreShortAnswer(q, flood, on).credit).toBe(0);
  });

  it("reads a date with its day in words, and says 'first name' only for the key's own first name", () => {
    expect(scoreShortAnswer(ask("When?", "September 6"), "the sixth of September", on).credit).toBe(1);
    const person = { typoTolerance: true, article: "Maria Lopez spoke. Lopez said more." };
    expect(scoreShortAnswer(ask("Who?", "Maria Lopez"), "Mario", person).rule).toBe("rejected: matches none of the accepted answers");
    expect(scoreShortAnswer(ask("Who?", "Maria Lopez"), "Maria", person).rule).toBe("rejected: a first name alone is not enough");
  });
});

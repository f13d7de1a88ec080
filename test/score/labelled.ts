import { scoreShortAnswer } from "../../src/score/short-answer";
import { ShortAnswerSchema } from "../../src/schemas/question";

// The labelled short-answer set (test/fixtures/scoring), written by a helper
// who had not read the scorer: per article, questions with a teacher's key
// and student answers with the credit a careful teacher would give.

export interface LabelledCase {
  given: string;
  /** The credit a fair teacher gives; where they could go either way, the higher one. */
  credit: number;
  /** Either-way cases: every credit a fair teacher might give (the blind set 3 labels them so). */
  accept?: number[];
  why: string;
}
export interface LabelledQuestion {
  id: string;
  prompt: string;
  answers: { text: string; weight: number }[];
  cases: LabelledCase[];
}
export interface LabelledSet {
  article: string;
  questions: LabelledQuestion[];
}

export interface Agreement {
  cases: number;
  agree: number;
  /** Label 0, credit given: a wrong answer given credit. */
  wrongCredited: string[];
  /** Label above 0, less credit given. */
  rightMarkedDown: string[];
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.01;

function tally(sets: readonly LabelledSet[], score: (q: LabelledQuestion, given: string, set: LabelledSet) => number): Agreement {
  const result: Agreement = { cases: 0, agree: 0, wrongCredited: [], rightMarkedDown: [] };
  for (const set of sets) {
    for (const q of set.questions) {
      for (const c of q.cases) {
        const credit = score(q, c.given, set);
        result.cases++;
        if (same(credit, c.credit) || c.accept?.some((a) => same(credit, a))) result.agree++;
        else if (c.credit === 0) result.wrongCredited.push(`${set.article}/${q.id}: “${c.given}” got ${credit} (${c.why})`);
        else if (credit < c.credit) result.rightMarkedDown.push(`${set.article}/${q.id}: “${c.given}” got ${credit}, expected ${c.credit} (${c.why})`);
      }
    }
  }
  return result;
}

/** Article texts by slug, as a quiz carries its article. */
export type ArticleTexts = Readonly<Record<string, string>>;

/** The product's scorer, as a quiz with typo tolerance on and its article would score it. */
export function agreementOfScorer(sets: readonly LabelledSet[], articles: ArticleTexts): Agreement {
  const scorers = new Map<LabelledQuestion, ReturnType<typeof ShortAnswerSchema.parse>>();
  return tally(sets, (q, given, set) => {
    let question = scorers.get(q);
    if (!question) scorers.set(q, (question = ShortAnswerSchema.parse({ id: "q", kind: "short_answer", prompt: q.prompt, answers: q.answers })));
    const article = articles[set.article];
    if (article === undefined) throw new Error(`no article text for '${set.article}'`);
    return scoreShortAnswer(question, given, { typoTolerance: true, article }).credit;
  });
}

/** SQuAD's exact match: lowercase, drop punctuation and articles, compare with each key. */
export function squadNormalize(s: string): string {
  return s.toLowerCase().replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~‘’“”–—]/g, "").replace(/\b(a|an|the)\b/g, " ").split(/\s+/).filter(Boolean).join(" ");
}

export function agreementOfSquadExactMatch(sets: readonly LabelledSet[]): Agreement {
  return tally(sets, (q, given) => {
    const g = squadNormalize(given);
    return Math.max(0, ...q.answers.filter((a) => g.length > 0 && squadNormalize(a.text) === g).map((a) => a.weight));
  });
}

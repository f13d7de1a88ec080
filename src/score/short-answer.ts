import type { AcceptedAnswer, QuestionOf } from "../schemas/question";
import { lookupPlace } from "../generate/gazetteer";
import { articleIndex, looksLikePerson } from "./article";
import { answerWords } from "./answer-text";
import { articleEquivalents } from "./equivalents";
import { dropsRoleQualifier, groundedExtra, saidOfSomeoneElse, splitsWithExtra } from "./extra-detail";
import { asksForReason, scoreReason } from "./reasons";
import { asksForSeveral, itemNoun, scoreList, splitItems } from "./lists";
import { type Accepted, type MatchContext, type Rejected, matchItem } from "./match";
import { remember } from "./memo";
import { foldText, normalizeAnswer } from "./normalize";
import { promptContext } from "./prompt";
import { type ScoreOptions, type Verdict, pct, unanswered, verdict, weightedVerdict, quoted } from "./verdict";

type MatchKind = "exact" | "wildcard";

/**
 * Glob match with '*' as the only special character, in linear passes (no
 * regular expression: a pattern like '*a*a*b' would backtrack for seconds on
 * a long answer). Greedy leftmost placement of each middle piece is exact for globs.
 */
export function globMatch(pieces: readonly string[], text: string): boolean {
  if (pieces.length === 1) return text === pieces[0];
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (first.length + last.length > text.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

const squash = (s: string) => s.trim().replace(/\s+/g, " ");

/**
 * '*' keeps its place: each literal piece is folded on its own. The pattern is
 * tried as written and with articles dropped from both sides, so "the * war"
 * accepts "cold war" as well as "the cold war". A piece that folding would
 * erase ("$*") is matched as typed instead, so it never turns into a catch-all.
 */
function wildcardMatches(pattern: string, given: string, caseSensitive: boolean): boolean {
  const pieces = pattern.split("*");
  const erased = pieces.some((p) => p.trim() && !foldText(p));
  if (caseSensitive) return globMatch(pieces.map(squash), squash(given));
  if (erased) return globMatch(pieces.map((p) => squash(p.toLowerCase())), squash(given.toLowerCase()));
  if (globMatch(pieces.map((p) => foldText(p)), foldText(given))) return true;
  const dropThe = (p: string) => foldText(p).split(" ").filter((w) => w && w !== "the").join(" ");
  return globMatch(pieces.map(dropThe), normalizeAnswer(given));
}

const isCatchAll = (a: AcceptedAnswer) => /^\s*\*+\s*$/.test(a.text);

// Keys are normalised once per isolate; an answer once per scoring (it is compared with every key).
const normalized = new Map<string, string>();
const MOST_WORDS = 40;
const wordCount = (normalized: string) => (normalized ? normalized.split(" ").length : 0);
/** More words than `mostWords` and four times the longest key, or more letters than 12 a word allows: no right answer is that long. */
function longerThanAnyKey(given: string, answers: readonly AcceptedAnswer[], mostWords: number): boolean {
  const keys = answers.map((a) => normalizedOnce(a.text));
  const words = Math.max(mostWords, ...keys.map((k) => 4 * wordCount(k)));
  return wordCount(given) > words || given.length > Math.max(12 * words, ...keys.map((k) => 4 * k.length));
}
const normalizedOnce = (text: string) => (text.length > 200 ? normalizeAnswer(text) : remember(normalized, text, 4096, () => normalizeAnswer(text)));

/** Currency symbols, which folding drops: "$4.6 million" must not fold into "€4.6 million". */
const currencySymbols = (text: string) => text.match(/[$€£¥₽₹₩₺₴₸]/gu)?.join("") ?? "";

/** `normalized` is normalizeAnswer(given), worked out once per response. */
function exactOrPattern(given: string, normalized: string, answer: AcceptedAnswer, caseSensitive: boolean): MatchKind | null {
  if (answer.text.includes("*")) return wildcardMatches(answer.text, given, caseSensitive) ? "wildcard" : null;
  if (caseSensitive) return squash(given) === squash(answer.text) ? "exact" : null;
  const [mine, theirs] = [currencySymbols(given), currencySymbols(answer.text)];
  if (mine && theirs && mine !== theirs) return null;
  return normalized === normalizedOnce(answer.text) ? "exact" : null;
}

function best(matches: { answer: AcceptedAnswer; how: MatchKind }[]) {
  // Highest weight wins; at equal weight an exact match beats a pattern, then the first listed (Moodle's order).
  return matches.reduce<(typeof matches)[number] | null>((top, m) => {
    if (!top || m.answer.weight > top.answer.weight) return m;
    if (m.answer.weight === top.answer.weight && m.how === "exact" && top.how !== "exact") return m;
    return top;
  }, null);
}

const RULE_OF_MATCH: Record<Accepted["how"], (key: string, m: Accepted) => string> = {
  same: (key) => `matches ${quoted(key)}`,
  restated: (key) => `matches ${quoted(key)} (words that restate the question ignored)`,
  spelling: (key) => `spelling variant of ${quoted(key)}`,
  typo: (key) => `spelling variant of ${quoted(key)}`,
  transliteration: (key) => `another romanization of ${quoted(key)}`,
  "short name": (key, m) => `${quoted(m.shortForm ?? "")} is how the article refers to ${quoted(key)}`,
  surname: (key) => `the surname of ${quoted(key)}`,
  acronym: (key) => `the article’s abbreviation or expansion of ${quoted(key)}`,
  date: (key) => `the same date as ${quoted(key)}`,
  time: (key) => `the same time of day as ${quoted(key)}`,
  number: (key) => `the same number as ${quoted(key)}`,
  reply: (key) => `says ${quoted(key)} another way`,
};

/** Why an answer earned nothing, in words that never give the key away. */
const RULE_OF_MISS: Record<Rejected["why"], string> = {
  different: "matches none of the accepted answers",
  person: "names a different person from the article",
  mentioned: "names something else from the article",
  category: "names only the kind of thing asked for, not which one",
  title: "a title alone does not say who",
  "first name": "a first name alone is not enough",
  number: "a different number",
  date: "a different date",
  time: "a different time of day",
  "less specific": "not as specific as the question asks",
  ambiguous: "the date can be read two ways: write the month as a word",
};

interface Graded {
  credit: number;
  rule: string;
  answer: AcceptedAnswer;
}

/** One key answer read the way a teacher reads it: as a list of items when the question asks for several. */
function gradeAgainst(response: string, answer: AcceptedAnswer, prompt: string, ctx: MatchContext): Graded & { miss?: Rejected } {
  const keyItems = splitItems(answer.text);
  if (keyItems.length >= 2) {
    const givenItems = splitItems(response);
    const list = scoreList(givenItems, keyItems, ctx);
    const several = asksForSeveral(prompt, keyItems);
    const noun = several ? itemNoun(prompt) : "items";
    if (list.found === list.items && list.extras === 0) return { credit: answer.weight, rule: `all ${list.items} ${noun} of ${quoted(answer.text)}`, answer };
    if (several && list.found > 0) {
      const extras = list.extras ? `, minus ${list.extras} wrong extra item${list.extras === 1 ? "" : "s"}` : "";
      return { credit: answer.weight * list.credit, rule: `${list.found} of ${list.items} ${noun}${extras}`, answer };
    }
    const whole = matchItem(response, answer.text, ctx);
    if (whole.ok) return { credit: answer.weight, rule: RULE_OF_MATCH[whole.how](answer.text, whole), answer };
    const miss = list.firstMiss && !list.firstMiss.ok ? list.firstMiss : whole;
    return { credit: 0, rule: several ? "names none of the items asked for" : RULE_OF_MISS[miss.why], answer, miss };
  }
  const m = matchItem(response, answer.text, ctx);
  if (m.ok) return { credit: answer.weight, rule: RULE_OF_MATCH[m.how](answer.text, m), answer };
  return { credit: 0, rule: RULE_OF_MISS[m.why], answer, miss: m };
}

/**
 * An answer that names two accepted answers at once earns the better one's
 * credit when the others only place it ("Kumasi, Ghana" with Kumasi worth
 * full credit and Ghana half), and the worse one's otherwise: naming two
 * candidates ("Smith, Jones") is hedging, not knowing.
 */
function severalAnswersAtOnce(response: string, answers: readonly AcceptedAnswer[], ctx: MatchContext): Graded | null {
  const parts = splitItems(response);
  const positive = answers.filter((a) => a.weight > 0 && !a.text.includes("*"));
  if (parts.length < 2 || positive.length < 2) return null;
  const hits: AcceptedAnswer[] = [];
  for (const part of parts) {
    const hit = positive.find((a) => matchItem(part, a.text, ctx).ok);
    if (!hit) return null;
    hits.push(hit);
  }
  const byWeight = [...hits].sort((a, b) => b.weight - a.weight);
  const best = byWeight[0]!;
  const onlyPlaces = byWeight.slice(1).every((a) => lookupPlace(foldText(a.text)) !== undefined);
  const chosen = onlyPlaces ? best : byWeight[byWeight.length - 1]!;
  const why = onlyPlaces ? "with the place it is in" : "naming several answers earns the least of them";
  return { credit: chosen.weight, rule: `matches ${quoted(chosen.text)} (${why})`, answer: chosen };
}

/**
 * A why or how answer scored by the reason it states, against each key that
 * is a reason of two content words or more; the best key wins. Null when no
 * key is such a reason, so names and numbers are matched as usual.
 */
function statedReason(response: string, answers: readonly AcceptedAnswer[], ctx: MatchContext): Graded | null {
  let top: Graded | null = null;
  for (const answer of answers) {
    if (answer.weight <= 0 || answer.text.includes("*")) continue;
    const reason = scoreReason(response, answer.text, ctx);
    if (!reason) continue;
    const credit = reason.credit * answer.weight;
    if (top && credit <= top.credit) continue;
    const list = (words: string[]) => words.map((w) => quoted(w)).join(", ");
    const rule = reason.contradicted.length
      ? `says the opposite of the article about ${list(reason.contradicted)}`
      : reason.credit >= 1
        ? `states the reason ${quoted(answer.text)} (${list(reason.found)})`
        : reason.credit > 0
          ? `states part of the reason ${quoted(answer.text)}: missing ${list(reason.missing)}${reason.extras ? ", and gives a reason the article does not" : ""}`
          : reason.found.length
            ? `does not state enough of the reason ${quoted(answer.text)}${reason.extras ? ", and gives a reason the article does not" : ""}`
            : "does not state the reason the article gives";
    top = { credit, rule, answer };
  }
  return top;
}

/** The key's sum in the unit the article converts it to: "about 1 million euros" for "3 million lari (about 1 million euros)". */
function inArticleUnits(response: string, answers: readonly AcceptedAnswer[], prompt: string, ctx: MatchContext): Graded | null {
  for (const answer of answers) {
    if (answer.weight <= 0) continue;
    for (const text of articleEquivalents(ctx.article!, answer.text, ctx.promptWords)) {
      const graded = gradeAgainst(response, { ...answer, text }, prompt, ctx);
      if (graded.credit > 0) return { credit: answer.weight, rule: `matches ${quoted(answer.text)} (in the article's own conversion, ${quoted(text)})`, answer };
    }
  }
  return null;
}

/** A right answer followed or preceded by words the article says of it: "Jordan Tate, 29, of Ribbleton". */
function withCorrectDetail(response: string, answers: readonly AcceptedAnswer[], ctx: MatchContext): Graded | null {
  const { article } = ctx;
  if (!article) return null;
  for (const answer of answers) {
    if (answer.weight <= 0 || answer.text.includes("*") || splitItems(answer.text).length > 1) continue;
    const keyWords = new Set(answerWords(answer.text));
    const person = looksLikePerson(answer.text);
    for (const { head, extra } of splitsWithExtra(response, keyWords.size + 3)) {
      const grounded = matchItem(head, answer.text, ctx).ok && groundedExtra(extra, keyWords, article, ctx.promptWords);
      if (grounded && !(person && saidOfSomeoneElse(extra, keyWords, article)) && !dropsRoleQualifier(answerWords(response), keyWords, article)) {
        return { credit: answer.weight, rule: `matches ${quoted(answer.text)} (with correct detail from the article)`, answer };
      }
    }
  }
  return null;
}

function prefixed(graded: Graded): Verdict {
  const { credit, rule, answer } = graded;
  if (credit > 0) return weightedVerdict(credit, rule, answer.feedback);
  return verdict(0, `rejected: ${rule}${answer.weight <= 0 ? ", which earns no credit" : ""}`, answer.feedback);
}

/**
 * In order of trust: an exact or pattern match with a listed answer (right or
 * wrong: a teacher's listed wrong answer is never overruled by a looser rule),
 * then the same answer in another form (restated, respelled, reordered, a
 * short name or acronym the article uses, a date or number written another
 * way, part of a list), then a catch-all '*'.
 */
export function scoreShortAnswer(question: QuestionOf<"short_answer">, response: string, options: ScoreOptions): Verdict {
  const normalized = normalizedOnce(response);
  if (!normalized) return unanswered();
  const caseSensitive = question.caseSensitive ?? false;
  const specific = question.answers.filter((a) => !isCatchAll(a));
  const exact = best(specific.flatMap((answer) => {
    const how = exactOrPattern(response, normalized, answer, caseSensitive);
    return how ? [{ answer, how }] : [];
  }));
  if (exact) {
    const what = exact.how === "exact" ? `matches ${quoted(exact.answer.text)}` : `matches the pattern ${quoted(exact.answer.text)}`;
    return weightedVerdict(exact.answer.weight, what, exact.answer.feedback);
  }
  let miss: Graded | null = null;
  const tooLong = longerThanAnyKey(normalized, specific, options.mostWords ?? MOST_WORDS);
  if (tooLong) miss = { credit: 0, rule: "is much longer than any answer this question accepts: give just the answer", answer: question.answers[0]! };
  else if (!caseSensitive) {
    const ctx: MatchContext = { typos: options.typoTolerance, ...promptContext(question.prompt), ...(options.article ? { article: articleIndex(options.article) } : {}) };
    const reason = asksForReason(question.prompt) ? statedReason(response, specific, ctx) : null;
    if (reason) return prefixed(reason);
    let top: Graded | null = null;
    for (const answer of specific) {
      if (answer.text.includes("*")) continue;
      const graded = gradeAgainst(response, answer, question.prompt, ctx);
      if (graded.credit > 0 && (!top || graded.credit > top.credit)) top = graded;
      // A listed wrong answer that matches says so, with the teacher's feedback.
      else if (graded.credit <= 0 && !graded.miss && answer.weight <= 0 && !top) top = graded;
      else if (!miss && answer.weight > 0) miss = graded;
    }
    if (top) return prefixed(top);
    const converted = ctx.article ? inArticleUnits(response, specific, question.prompt, ctx) : null;
    if (converted) return prefixed(converted);
    const together = severalAnswersAtOnce(response, specific, ctx) ?? withCorrectDetail(response, specific, ctx);
    if (together) return prefixed(together);
  }
  const rejected = `rejected: ${miss?.rule ?? "matches none of the accepted answers"}`;
  const catchAll = question.answers.find(isCatchAll);
  if (catchAll && catchAll.weight > 0) return weightedVerdict(catchAll.weight, `matches the pattern ${quoted(catchAll.text)}`, catchAll.feedback);
  return verdict(0, rejected, catchAll?.feedback);
}

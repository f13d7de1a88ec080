// Article → facts → questions. Pure and deterministic: the same text and
// options give the same facts, questions, ids and option order.

import { fnv1a } from "../score/item-id";
import { DEFAULT_QUESTION_COUNT, type GenerateOptions } from "../schemas/generate";
import { type Question, type QuestionKind, QuestionSchema } from "../schemas/question";
import { dateQuestions, entityQuestions, roleQuestions } from "./ask-entities";
import { numberQuestions } from "./ask-numbers";
import { quoteQuestions } from "./ask-quotes";
import { reasonQuestions } from "./ask-reasons";
import { matchingQuestions, orderingQuestions } from "./ask-sets";
import { clozeQuestions, trueFalseQuestions } from "./ask-statements";
import { type Context, type Draft, createContext } from "./context";
import { extractFacts } from "./extract";
import type { Fact } from "./facts";
import { type FlagReason, checkQuestion, keyParts, nearDuplicate } from "./guards";
import { overlaps } from "./overlap";
import { type Sentence, headlineOf } from "./sentences";
import { containsWords, fold } from "./fold";

export type { Fact } from "./facts";
export type { FlagReason } from "./guards";

export type { GenerateOptions } from "../schemas/generate";

export interface FlaggedQuestion {
  question: Question;
  reasons: FlagReason[];
  /** For a near-duplicate: the question it repeats. */
  duplicateOf?: string;
}

export interface Generated {
  questions: Question[];
  facts: Fact[];
  flagged: FlaggedQuestion[];
  /** Every question that passed the guards, before `count` chose among them. */
  candidates: Question[];
  /** Questions left out because `kinds` did not ask for their kind (before the guards). */
  otherKinds: number;
}

const KIND_ORDER: QuestionKind[] = ["short_answer", "multiple_choice", "true_false", "cloze", "numeric", "matching", "ordering"];
/** Kinds that state facts rather than ask for one: they show what other questions ask. */
const STATEMENT_KINDS = new Set<QuestionKind>(["true_false", "matching", "ordering"]);
const ID_PREFIX: Record<QuestionKind, string> = { short_answer: "sa", multiple_choice: "mc", true_false: "tf", cloze: "gap", numeric: "num", matching: "match", ordering: "order" };

function assignIds(drafts: Draft[]): void {
  const used = new Set<string>();
  for (const d of drafts) {
    const q = d.question;
    const base = `${ID_PREFIX[q.kind]}-${fnv1a(`${q.prompt}|${JSON.stringify(q.kind === "cloze" ? q.text : q.source?.sentence)}`).toString(36)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    q.id = id;
  }
}

/** The person, organisation, place or event a name question or gap asks for ("which company …", "{{PM4}}"). */
const entityAskedBy = (d: Draft) => /^(?:gap:)?((?:person|organisation|place|event)-\d+)@/.exec(d.topic)?.[1];

/**
 * The date or number a question asks for, as one value: "Friday" blanked in two sentences, or the
 * team of four counted twice, is the same answer twice to a student, whatever the sentence.
 */
function askedValue(ctx: Context, d: Draft): string | undefined {
  const fact = d.facts.length === 1 ? ctx.byId(d.facts[0]!) : undefined;
  if (fact?.kind === "number" && !fact.items) return `number:${fact.value * (fact.scale ?? 1)}`;
  if (fact?.kind === "date") return fact.day || fact.month || fact.year ? `date:${fact.year ?? ""}-${fact.month ?? ""}-${fact.day ?? ""}` : `date:${fold(fact.text)}`;
  return undefined;
}

/** The person a role, quote or name question has for its key: "Who is the chair?" and "Who said this?" both ask a name. */
function personAsked(d: Draft): string | undefined {
  if (d.topic.startsWith("role:")) return d.facts[0];
  if (d.topic.startsWith("quote:")) return d.facts[1];
  const entity = entityAskedBy(d);
  return entity?.startsWith("person-") ? entity : undefined;
}
/** A set names the same person as its answer at most this often: three of "Who said this?" for one speaker teach one name. */
const MOST_PER_PERSON = 2;
/** Role questions ("Who is the zoo's vet?") in a set at most: they are easy to make and crowd out the story's facts. */
const MOST_ROLES = 3;

/** Picks `count` questions, one per topic first, turning through the kinds so the quiz mixes them. */
function select(ctx: Context, passing: Draft[], count: number, flagged: FlaggedQuestion[], first: readonly Draft[] = []): Draft[] {
  const chosen = new Set<Draft>();
  // Only what the quiz schema accepts goes in; a builder bug is flagged, not served.
  const valid = (d: Draft) => {
    if (QuestionSchema.safeParse(d.question).success) return true;
    flagged.push({ question: d.question, reasons: ["invalid"] });
    passing.splice(passing.indexOf(d), 1);
    return false;
  };
  const topics = new Set<string>();
  const entities = new Set<string>();
  const values = new Set<string>();
  const people = new Map<string, number>();
  let roles = 0;
  const take = (d: Draft) => {
    chosen.add(d);
    topics.add(d.topic);
    const person = personAsked(d);
    if (person) people.set(person, (people.get(person) ?? 0) + 1);
    if (d.topic.startsWith("role:")) roles++;
    const entity = entityAskedBy(d);
    if (entity) entities.add(entity);
    const value = askedValue(ctx, d);
    if (value) values.add(value);
  };
  // A question that repeats a chosen one's fact or shows its answer is left out, even if the set
  // then falls short of `count`: a short article gets fewer questions, not the same ones twice.
  const fits = (d: Draft) => {
    if (chosen.has(d) || topics.has(d.topic)) return false;
    // A name the set already asks for is the same answer again, whichever sentence blanks it ("PM4" six times).
    const entity = entityAskedBy(d);
    if (entity && entities.has(entity)) return false;
    const value = askedValue(ctx, d);
    if (value && values.has(value)) return false;
    const person = personAsked(d);
    if (person && (people.get(person) ?? 0) >= MOST_PER_PERSON) return false;
    if (d.topic.startsWith("role:") && roles >= MOST_ROLES) return false;
    for (const c of chosen) if (overlaps(c.question, d.question)) return false;
    return true;
  };
  // Kinds in turn, one question of each per round, until `upTo` are chosen or none fits.
  const roundRobin = (kinds: readonly QuestionKind[], upTo: number) => {
    for (let progress = true; progress && chosen.size < upTo; ) {
      progress = false;
      for (const kind of kinds) {
        let next = passing.find((d) => d.question.kind === kind && fits(d));
        while (next && !valid(next)) next = passing.find((d) => d.question.kind === kind && fits(d));
        if (!next || chosen.size >= upTo) continue;
        take(next);
        progress = true;
      }
    }
  };
  // The headline's fact before any other kind's question can show its answer in a stem.
  for (const d of first) {
    if (chosen.size < count && passing.includes(d) && fits(d) && valid(d)) take(d);
  }
  // Questions that ask first: a statement chosen early would show the names and numbers they ask
  // for, and rule them out. Statements (true/false, matching, ordering) then take about a fifth.
  const asking = KIND_ORDER.filter((k) => !STATEMENT_KINDS.has(k));
  roundRobin(asking, count - Math.floor(count / 5));
  roundRobin(KIND_ORDER.filter((k) => STATEMENT_KINDS.has(k)), count);
  roundRobin(asking, count);
  // In the order the article tells it.
  return [...chosen].sort((a, b) => a.question.source!.sentence - b.question.source!.sentence || KIND_ORDER.indexOf(a.question.kind) - KIND_ORDER.indexOf(b.question.kind));
}

/** How many questions go ahead of the rest for the headline's fact, and for the article's reasons. */
const HEADLINE_FIRST = 2;
const REASONS_FIRST = 2;

/**
 * What a teacher asks first goes first: a question whose key the headline
 * names (who won, how many were rescued), then why-questions, then the rest in
 * the builders' order. select() takes each kind's first fitting question, so
 * this order is what it meets first; the headline's questions (`lead`) it
 * takes before any, so no other question's stem can give their answer away.
 */
function firstThingsFirst(drafts: Draft[], headline: Sentence | undefined, ctx: Context): { ordered: Draft[]; lead: Draft[] } {
  // A number the headline states ("forcing 11,300 people from their homes") is keyed by value, not by words.
  const asksHeadlineNumber = (d: Draft) =>
    d.question.kind === "numeric" && d.facts.some((id) => { const f = ctx.byId(id); return f?.kind === "number" && ctx.headlineNumbers.has(f.value); });
  const inHeadline = (d: Draft) =>
    !!headline &&
    d.question.source?.sentence !== headline.index &&
    (asksHeadlineNumber(d) || (keyParts(d.question)[0] ?? []).some((k) => fold(k).length > 1 && containsWords(headline.text, k)));
  const lead = drafts.filter(inHeadline).slice(0, HEADLINE_FIRST);
  const reasons = drafts.filter((d) => d.topic.startsWith("reason:") && !lead.includes(d)).slice(0, REASONS_FIRST);
  return { ordered: [...lead, ...reasons, ...drafts.filter((d) => !lead.includes(d) && !reasons.includes(d))], lead };
}

export function generateQuestions(text: string, options: GenerateOptions = {}): Generated {
  const ex = extractFacts(text);
  const ctx = createContext(ex, options.seed ?? 1);
  let drafts = [
    ...roleQuestions(ctx),
    ...quoteQuestions(ctx),
    ...entityQuestions(ctx),
    ...dateQuestions(ctx),
    ...numberQuestions(ctx),
    ...trueFalseQuestions(ctx),
    ...clozeQuestions(ctx),
    ...matchingQuestions(ctx),
    ...orderingQuestions(ctx),
    ...reasonQuestions(ctx),
  ];
  const all = drafts.length;
  if (options.kinds?.length) drafts = drafts.filter((d) => options.kinds!.includes(d.question.kind));
  assignIds(drafts);
  const passing: Draft[] = [];
  const flagged: FlaggedQuestion[] = [];
  // Near-duplicates share their kind and key, so only questions in the same bucket are compared.
  const buckets = new Map<string, Draft[]>();
  const topics = new Map<string, Draft>();
  for (const d of drafts) {
    const reasons = [...d.flags, ...checkQuestion(d.question, d.keyForms)];
    if (reasons.length) {
      flagged.push({ question: d.question, reasons });
      continue;
    }
    const bucketKey = `${d.question.kind}|${JSON.stringify(keyParts(d.question))}`;
    const bucket = buckets.get(bucketKey) ?? [];
    const same = topics.get(`${d.question.kind}|${d.topic}`) ?? bucket.find((p) => nearDuplicate(p.question, d.question));
    if (same) {
      flagged.push({ question: d.question, reasons: ["near-duplicate"], duplicateOf: same.question.id });
      continue;
    }
    passing.push(d);
    bucket.push(d);
    buckets.set(bucketKey, bucket);
    topics.set(`${d.question.kind}|${d.topic}`, d);
  }
  const excluded = new Set(options.exclude ?? []);
  const { ordered, lead } = firstThingsFirst(passing.filter((d) => !excluded.has(d.question.id)), headlineOf(ex.sentences), ctx);
  const questions = select(ctx, ordered, options.count ?? DEFAULT_QUESTION_COUNT, flagged, lead).map((d) => d.question);
  return { questions, facts: ex.facts, flagged, candidates: passing.map((d) => d.question), otherKinds: all - drafts.length };
}

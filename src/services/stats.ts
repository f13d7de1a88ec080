import { ATTEMPTS_PER_PASS, responsesOf, versionSummaries } from "../db/attempts";
import type { Quiz } from "../db/rows";
import { notFound } from "../http/errors";
import { nameKey } from "../lang/names";
import { choiceId } from "../score/item-id";
import { normalizeAnswer } from "../score/normalize";
import type { Question } from "../schemas/question";
import { type AttemptChoice, chooseAttempts } from "../stats/attempts";
import { randomGuessScore } from "../stats/guess";
import { itemAnalysis } from "../stats/items";

const TOP_WRONG = 5;

/** Per option of a multiple-choice question: how many of the counted attempts chose it, counted pass by pass. */
function optionCounter(question: Question) {
  if (question.kind !== "multiple_choice") return undefined;
  const options = question.options.map((o) => ({ id: choiceId(o), text: o.text, weight: o.weight, count: 0 }));
  return {
    add(response: unknown) {
      for (const o of options) if (response === o.id || (Array.isArray(response) && response.includes(o.id))) o.count++;
    },
    result: () => options,
  };
}

// Distinct wrong answers remembered per question: beyond this, new spellings no longer start a group (the commonest come early and often).
const MOST_WRONG_GROUPS = 2_000;

/** The wrong typed answers given most often, grouped as the scorer would compare them, each with its most common spelling. */
function wrongAnswerCounter() {
  const groups = new Map<string, Map<string, number>>();
  return {
    add(g: { response: unknown; status: string }) {
      if (typeof g.response !== "string" || g.status === "correct" || !g.response.trim()) return;
      const key = normalizeAnswer(g.response);
      let spellings = groups.get(key);
      if (!spellings) {
        if (groups.size >= MOST_WRONG_GROUPS) return;
        groups.set(key, (spellings = new Map()));
      }
      const spelling = g.response.trim().slice(0, 200);
      if (spellings.has(spelling) || spellings.size < 20) spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    },
    result: () =>
      [...groups.values()]
        .map((spellings) => {
          const [answer] = [...spellings.entries()].sort((a, b) => b[1] - a[1])[0]!; // ties: the spelling seen first
          return { answer, count: [...spellings.values()].reduce((a, b) => a + b, 0) };
        })
        .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
        .slice(0, TOP_WRONG),
  };
}

/** How many counted attempts scored in each tenth of the marks (the last band includes 100%). */
function scoreDistribution(percents: readonly number[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: (i + 1) * 10, count: 0 }));
  for (const p of percents) bins[Math.min(9, Math.max(0, Math.floor(p / 10)))]!.count++;
  return bins;
}

/**
 * Moodle's quiz statistics for one version, over the finished attempts chosen
 * (one per student unless `all`). The attempts are chosen from their
 * summaries, then their responses are read ATTEMPTS_PER_PASS attempts at a
 * time and folded into the mark matrix and the counts, so memory holds
 * numbers, not every response.
 */
export async function quizStats(db: D1Database, quiz: Quiz, options: { version?: number; attempts: AttemptChoice }) {
  const version = options.version ?? quiz.publishedVersion ?? quiz.currentVersion;
  const { summaries, content } = await versionSummaries(db, quiz.id, version);
  if (!content) throw notFound(`Version ${version} of quiz '${quiz.id}'`);
  const finished = summaries
    .filter((a) => a.finished_at !== null)
    .map((a) => ({ id: a.id, student: nameKey(a.student_name), startedAt: a.started_at, score: a.score ?? 0 }));
  const counted = chooseAttempts(finished, options.attempts);
  const questions = content.questions;
  const index = new Map(questions.map((q, i) => [q.id, i]));
  const marks: number[][] = [];
  const answered = questions.map(() => 0);
  const optionCounts = questions.map(optionCounter);
  const wrongAnswers = questions.map((q) => (q.kind === "short_answer" || q.kind === "numeric" ? wrongAnswerCounter() : undefined));
  for (let from = 0; from < counted.length; from += ATTEMPTS_PER_PASS) {
    const pass = counted.slice(from, from + ATTEMPTS_PER_PASS);
    const responses = await responsesOf(db, pass.map((a) => a.id));
    for (const a of pass) {
      const row = questions.map(() => 0);
      for (const r of responses.get(a.id) ?? []) {
        const i = index.get(r.questionId);
        if (i === undefined) continue;
        row[i] = r.score;
        answered[i]!++;
        optionCounts[i]?.add(r.response);
        wrongAnswers[i]?.add(r);
      }
      marks.push(row);
    }
  }
  const analysis = itemAnalysis({ marks, maxMarks: questions.map((q) => q.points), randomGuess: questions.map(randomGuessScore) });
  const totalMax = questions.reduce((a, q) => a + q.points, 0);
  return {
    quizId: quiz.id,
    version,
    title: content.title,
    attempts: options.attempts,
    quiz: analysis.quiz,
    distribution: scoreDistribution(marks.map((row) => (totalMax ? (100 * row.reduce((a, b) => a + b, 0)) / totalMax : 0))),
    questions: questions.map((q, i) => {
      const counts = optionCounts[i]?.result();
      const wrong = wrongAnswers[i]?.result();
      return {
        questionId: q.id,
        kind: q.kind,
        prompt: q.prompt,
        maxMark: q.points,
        answered: answered[i]!,
        ...analysis.questions[i]!,
        ...(counts ? { options: counts } : {}),
        ...(wrong ? { commonWrongAnswers: wrong } : {}),
      };
    }),
  };
}

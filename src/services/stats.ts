import { listAttemptsWithResponses } from "../db/attempts";
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

/** Per option of a multiple-choice question: how many of the counted attempts chose it. */
function optionCounts(question: Question, responses: unknown[]) {
  if (question.kind !== "multiple_choice") return undefined;
  return question.options.map((o) => {
    const id = choiceId(o);
    const count = responses.filter((r) => r === id || (Array.isArray(r) && r.includes(id))).length;
    return { id, text: o.text, weight: o.weight, count };
  });
}

/** The wrong typed answers given most often, grouped as the scorer would compare them, each with its most common spelling. */
function commonWrongAnswers(given: { response: unknown; status: string }[]) {
  const groups = new Map<string, Map<string, number>>();
  for (const g of given) {
    if (typeof g.response !== "string" || g.status === "correct" || !g.response.trim()) continue;
    const key = normalizeAnswer(g.response);
    const spellings = groups.get(key) ?? new Map<string, number>();
    spellings.set(g.response.trim(), (spellings.get(g.response.trim()) ?? 0) + 1);
    groups.set(key, spellings);
  }
  return [...groups.values()]
    .map((spellings) => {
      const [answer] = [...spellings.entries()].sort((a, b) => b[1] - a[1])[0]!; // ties: the spelling seen first
      return { answer, count: [...spellings.values()].reduce((a, b) => a + b, 0) };
    })
    .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
    .slice(0, TOP_WRONG);
}

/** How many counted attempts scored in each tenth of the marks (the last band includes 100%). */
function scoreDistribution(percents: readonly number[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: (i + 1) * 10, count: 0 }));
  for (const p of percents) bins[Math.min(9, Math.max(0, Math.floor(p / 10)))]!.count++;
  return bins;
}

/** Moodle's quiz statistics for one version, over the finished attempts chosen (one per student unless `all`). */
export async function quizStats(db: D1Database, quiz: Quiz, options: { version?: number; attempts: AttemptChoice }) {
  const version = options.version ?? quiz.publishedVersion ?? quiz.currentVersion;
  const { attempts, versions } = await listAttemptsWithResponses(db, quiz.id, version);
  const content = versions.get(version);
  if (!content) throw notFound(`Version ${version} of quiz '${quiz.id}'`);
  const finished = attempts
    .filter(({ attempt }) => attempt.finished_at !== null)
    .map((a) => ({ ...a, student: nameKey(a.attempt.student_name), startedAt: a.attempt.started_at, score: a.attempt.score ?? 0 }));
  const counted = chooseAttempts(finished, options.attempts).map((a) => ({ ...a, byQuestion: new Map(a.responses.map((r) => [r.questionId, r])) }));
  const questions = content.questions;
  const marks = counted.map(({ byQuestion }) => questions.map((q) => byQuestion.get(q.id)?.score ?? 0));
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
      const given = counted.map(({ byQuestion }) => byQuestion.get(q.id)).filter((r) => r !== undefined);
      const options = optionCounts(q, given.map((r) => r.response));
      const wrong = q.kind === "short_answer" || q.kind === "numeric" ? commonWrongAnswers(given) : undefined;
      return {
        questionId: q.id,
        kind: q.kind,
        prompt: q.prompt,
        maxMark: q.points,
        answered: given.length,
        ...analysis.questions[i]!,
        ...(options ? { options } : {}),
        ...(wrong ? { commonWrongAnswers: wrong } : {}),
      };
    }),
  };
}

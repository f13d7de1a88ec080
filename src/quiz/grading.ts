import type { QuizContent, QuizSettings } from "../schemas/quiz";
import type { Question } from "../schemas/question";
import { type ResponseValue, type ResultStatus, type ScoreOptions, type Verdict, scoreQuestion } from "../score";
import { pct } from "../score/verdict";
import { describeRightAnswer } from "./right-answer";

export interface QuestionResult {
  questionId: string;
  score: number;
  maxScore: number;
  status: ResultStatus;
  rule: string;
  feedback?: string;
  explanation?: string;
  source?: Question["source"];
  rightAnswer?: string;
}

export interface AttemptResult {
  score: number;
  maxScore: number;
  percent: number;
  results: QuestionResult[];
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** Marks for one question: the verdict scaled by its points, with everything a review might show. */
export function questionResult(question: Question, verdict: Verdict): QuestionResult {
  const general = question.feedback;
  const feedback = [verdict.feedback, general].filter(Boolean).join(" ");
  return {
    questionId: question.id,
    score: round(verdict.credit * question.points),
    maxScore: question.points,
    status: verdict.status,
    rule: verdict.rule,
    ...(feedback ? { feedback } : {}),
    ...(question.explanation ? { explanation: question.explanation } : {}),
    ...(question.source ? { source: question.source } : {}),
    rightAnswer: describeRightAnswer(question),
  };
}

/** How a quiz scores typed answers: its typo switch, and its article for the acronyms and short names it uses. */
export const scoreOptionsOf = (content: QuizContent): ScoreOptions => ({
  typoTolerance: content.settings.typoTolerance,
  ...(content.article ? { article: content.article.text } : {}),
});

/** Interactive behaviour: tries per question and what each wrong try before the right one costs (Moodle's defaults). */
export const triesOf = (settings: QuizSettings) => settings.tries ?? 3;
export const penaltyOf = (settings: QuizSettings) => settings.penalty ?? 1 / 3;

/** A verdict less the interactive penalty: credit − earlier tries × penalty, never below 0 (REFERENCE.md). */
export function penalised(verdict: Verdict, tries: number, settings: QuizSettings): Verdict {
  if (settings.feedback !== "interactive" || tries <= 1 || verdict.credit <= 0) return verdict;
  const earlier = tries - 1;
  const lost = earlier * penaltyOf(settings);
  return {
    ...verdict,
    credit: Math.max(0, verdict.credit - lost),
    rule: `${verdict.rule} (less ${pct(Math.min(1, lost))} for ${earlier} earlier ${earlier === 1 ? "try" : "tries"})`,
  };
}

/** The marks a response earns on its try: scored, less any interactive penalty, scaled by the question's points. */
export function markResponse(question: Question, value: ResponseValue | undefined, content: QuizContent, tries = 1): QuestionResult {
  return questionResult(question, penalised(scoreQuestion(question, value, scoreOptionsOf(content)), tries, content.settings));
}

export const maxScoreOf = (content: QuizContent) => round(content.questions.reduce((acc, q) => acc + q.points, 0));

/** A response as saved, with the marks it was given when saved (or at the last explicit regrade). */
export interface MarkedResponse {
  response: ResponseValue;
  score: number;
  status: ResultStatus;
  rule: string;
  /** Interactive behaviour: the try this response was. */
  tries?: number;
}

/**
 * Every question of a version, unanswered ones included, with the marks saved
 * with each response: a newer scorer never changes a past verdict silently
 * (only an explicit regrade does). The answer's own feedback is shown only
 * when scoring it today reaches the same verdict.
 */
export function gradeAttempt(content: QuizContent, responses: ReadonlyMap<string, MarkedResponse>): AttemptResult {
  const results = content.questions.map((q) => {
    const saved = responses.get(q.id);
    const now = markResponse(q, saved?.response, content, saved?.tries);
    if (!saved || (now.score === saved.score && now.status === saved.status && now.rule === saved.rule)) return now;
    const { feedback: _, ...rest } = now;
    return { ...rest, ...(q.feedback ? { feedback: q.feedback } : {}), score: saved.score, status: saved.status, rule: saved.rule };
  });
  const score = round(results.reduce((acc, r) => acc + r.score, 0));
  const maxScore = maxScoreOf(content);
  return { score, maxScore, percent: maxScore ? round((100 * score) / maxScore) : 0, results };
}

/** What one view of a result shows (after the attempt, or during it). */
export interface ReviewView {
  correctness: boolean;
  score: boolean;
  feedback: boolean;
  explanation: boolean;
  rightAnswer: boolean;
}

/** After the attempt: the quiz's review options. */
export function afterView(settings: QuizSettings): ReviewView {
  const { review } = settings;
  // The safe default: the key after the student's only attempt, never where another attempt could copy it.
  const rightAnswer = review.rightAnswer ?? settings.attemptsAllowed === 1;
  return { correctness: review.correctness ?? review.score, score: review.score, feedback: review.feedback, explanation: review.explanation, rightAnswer };
}

/** During the attempt, after a checked answer: `reviewDuring`, or what `review` allows without the right answer. */
export function duringView(settings: QuizSettings): ReviewView {
  return settings.reviewDuring ?? { ...afterView(settings), rightAnswer: false };
}

/** A result as far as the quiz lets the student see it. */
export type ShownResult = Partial<QuestionResult> & { questionId: string; maxScore: number };

/**
 * A rule with the key taken out, for views that do not show the right answer:
 * an accepted near-miss names the key it matched ("another romanization of
 * ‘Serdykov’", "7394.2 is within 7394.61 ± 1").
 */
export function ruleWithoutKey(rule: string): string {
  return rule.replace(/‘[^’]*’/g, "an accepted answer").replace(/ is within (.+?)(?= \(less|$)/, " is within the accepted range");
}

/** What a student may see of one result. */
export function reviewResult(result: QuestionResult, view: ReviewView): ShownResult {
  const { questionId, score, maxScore, status, rule, feedback, explanation, source, rightAnswer } = result;
  return {
    questionId,
    maxScore,
    ...(view.correctness ? { status, rule: view.rightAnswer ? rule : ruleWithoutKey(rule) } : {}),
    ...(view.score ? { score } : {}),
    ...(view.feedback && feedback ? { feedback } : {}),
    ...(view.explanation && explanation ? { explanation } : {}),
    ...(view.explanation && source ? { source } : {}),
    ...(view.rightAnswer && rightAnswer ? { rightAnswer } : {}),
  };
}

export function reviewAttempt(result: AttemptResult, view: ReviewView) {
  return {
    ...(view.score ? { score: result.score, percent: result.percent } : {}),
    maxScore: result.maxScore,
    results: result.results.map((r) => reviewResult(r, view)),
  };
}

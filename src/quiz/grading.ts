import type { QuizContent, ReviewSettings } from "../schemas/quiz";
import type { Question } from "../schemas/question";
import { type ResponseValue, type ResultStatus, type ScoreOptions, type Verdict, scoreQuestion } from "../score";
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

export const maxScoreOf = (content: QuizContent) => round(content.questions.reduce((acc, q) => acc + q.points, 0));

/** Scores every question of a version, unanswered ones included, from the saved responses. */
export function gradeAttempt(content: QuizContent, responses: ReadonlyMap<string, ResponseValue>): AttemptResult {
  const options = scoreOptionsOf(content);
  const results = content.questions.map((q) => questionResult(q, scoreQuestion(q, responses.get(q.id), options)));
  const score = round(results.reduce((acc, r) => acc + r.score, 0));
  const maxScore = maxScoreOf(content);
  return { score, maxScore, percent: maxScore ? round((100 * score) / maxScore) : 0, results };
}

/** What a student may see of one result, by the quiz's review options. */
export function reviewResult(result: QuestionResult, review: ReviewSettings): Partial<QuestionResult> & { questionId: string } {
  const { questionId, score, maxScore, status, rule, feedback, explanation, source, rightAnswer } = result;
  return {
    questionId,
    ...(review.score ? { score, maxScore, status, rule } : { maxScore }),
    ...(review.feedback && feedback ? { feedback } : {}),
    ...(review.explanation && explanation ? { explanation } : {}),
    ...(review.explanation && source ? { source } : {}),
    ...(review.rightAnswer && rightAnswer ? { rightAnswer } : {}),
  };
}

export function reviewAttempt(result: AttemptResult, review: ReviewSettings) {
  return {
    ...(review.score ? { score: result.score, percent: result.percent } : {}),
    maxScore: result.maxScore,
    results: result.results.map((r) => reviewResult(r, review)),
  };
}

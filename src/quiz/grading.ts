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

/** A response as saved, with the marks it was given when saved (or at the last explicit regrade). */
export interface MarkedResponse {
  response: ResponseValue;
  score: number;
  status: ResultStatus;
  rule: string;
}

/**
 * Every question of a version, unanswered ones included, with the marks saved
 * with each response: a newer scorer never changes a past verdict silently
 * (only an explicit regrade does). The answer's own feedback is shown only
 * when scoring it today reaches the same verdict.
 */
export function gradeAttempt(content: QuizContent, responses: ReadonlyMap<string, MarkedResponse>): AttemptResult {
  const options = scoreOptionsOf(content);
  const results = content.questions.map((q) => {
    const saved = responses.get(q.id);
    const now = questionResult(q, scoreQuestion(q, saved?.response, options));
    if (!saved || (now.score === saved.score && now.status === saved.status && now.rule === saved.rule)) return now;
    const { feedback: _, ...rest } = now;
    return { ...rest, ...(q.feedback ? { feedback: q.feedback } : {}), score: saved.score, status: saved.status, rule: saved.rule };
  });
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

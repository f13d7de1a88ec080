import type { ShownResult } from "../../quiz/grading";
import type { readAttempt } from "../../services/attempts";
import type { ResponseValue } from "../../score";
import { ArticleView, type CitedSpan } from "./article";
import { StudentPage } from "./layout";
import { type QuestionModel, QuestionSection } from "./question";

// The attempt page: the article, then every question as its own form, and the
// finish button; once finished, the same page shows the score and what the
// review options allow. Built from the attempt's state as the JSON API reads
// it (services/attempts.readAttempt), so the page can never show more.

export type AttemptState = Awaited<ReturnType<typeof readAttempt>>;

/** What the last post changed on the page: an error to show by a question, and the answer it tried to save. */
export interface PageNotice {
  questionId: string;
  error?: string;
  saved?: boolean;
  draft?: ResponseValue;
}

type Behaviour = QuestionModel["behaviour"];

function lockedWhy(state: AttemptState, behaviour: Behaviour, saved: AttemptState["responses"][number] | undefined): string | undefined {
  if (state.attempt.status === "finished") return "Finished";
  if (state.attempt.status === "time_up") return "Time is up";
  if (behaviour === "immediate" && saved) return "Checked";
  if (behaviour === "interactive" && saved?.triesLeft === 0) return saved.result?.status === "correct" ? "Checked" : "No tries left";
  return undefined;
}

const savedAtText = (iso: string) => `Saved at ${iso.slice(11, 16)} UTC`;

export function questionModels(state: AttemptState, notice?: PageNotice): QuestionModel[] {
  const behaviour = state.quiz.settings.feedback as Behaviour;
  const finishedResults = "results" in state ? (state.results as ShownResult[] | undefined) : undefined;
  return state.questions.map((question, i) => {
    const saved = state.responses.find((r) => r.questionId === question.id);
    const mine = notice?.questionId === question.id ? notice : undefined;
    const result = (finishedResults?.find((r) => r.questionId === question.id) ?? saved?.result) as ShownResult | undefined;
    return {
      attemptId: state.attempt.id,
      number: i + 1,
      question,
      value: mine && "draft" in mine ? mine.draft : saved?.response,
      answered: saved !== undefined,
      ...(saved ? { savedAt: saved.savedAt } : {}),
      behaviour,
      ...(result ? { result } : {}),
      ...(saved?.triesLeft !== undefined ? { triesLeft: saved.triesLeft } : {}),
      locked: lockedWhy(state, behaviour, saved),
      ...(mine?.error ? { notice: { kind: "error" as const, text: mine.error } } : saved && mine?.saved ? { notice: { kind: "saved" as const, text: savedAtText(saved.savedAt) } } : {}),
    };
  });
}

const BEHAVIOUR_HELP: Record<Behaviour, string> = {
  deferred: "Your answers save as you go. You see your results when you finish.",
  immediate: "Check each answer to see at once whether it is right. Each answer can be checked only once.",
  interactive: "Check each answer to see whether it is right. A wrong answer may be tried again, for fewer marks.",
};

function citedSpans(models: QuestionModel[]): CitedSpan[] {
  return models.flatMap((m) => (m.result?.source ? [m.result.source] : []));
}

function minutesLeft(deadline: string): number {
  return Math.max(0, Math.ceil((Date.parse(deadline) - Date.now()) / 60_000));
}

function Summary(props: { state: AttemptState }) {
  const { state } = props;
  const score = "score" in state && typeof state.score === "number" ? state.score : undefined;
  const percent = "percent" in state && typeof state.percent === "number" ? state.percent : undefined;
  return (
    <div class="summary" role="status">
      <h2>Finished</h2>
      {score !== undefined ? (
        <p>
          <strong>{`You scored ${Math.round(score * 100) / 100} of ${state.maxScore ?? "?"} (${Math.round(percent ?? 0)}%).`}</strong>
        </p>
      ) : (
        <p>Your answers are in. This quiz does not show scores; your teacher will go through the results.</p>
      )}
    </div>
  );
}

export function AttemptPage(props: { state: AttemptState; notice?: PageNotice }) {
  const { state } = props;
  const models = questionModels(state, props.notice);
  const behaviour = state.quiz.settings.feedback as Behaviour;
  const finished = state.attempt.status === "finished";
  const answered = state.responses.length;
  const deadline = state.attempt.deadlineAt;
  return (
    <StudentPage title={`${state.quiz.title}${finished ? ": your results" : ""}`} script={!finished}>
      <div data-attempt={state.attempt.id} data-behaviour={behaviour}>
        <p class="muted">
          <a href={`/quiz/${state.quiz.id}`}>{state.quiz.title}</a> · {state.attempt.studentName}
        </p>
        <h1>{finished ? "Your results" : state.quiz.title}</h1>
        <p class="visually-hidden" id="announce" aria-live="polite"></p>
        {deadline && !finished ? (
          <p class="timer" id="timer" data-deadline={deadline}>
            {state.attempt.status === "time_up" ? "Time is up. Answers can no longer be saved: finish to see your result." : `Time left: about ${minutesLeft(deadline)} min`}
          </p>
        ) : null}
        {finished ? <Summary state={state} /> : <p>{BEHAVIOUR_HELP[behaviour]}</p>}
        {finished ? null : (
          <noscript>
            <p class="alert">Without JavaScript each question is sent by its own button: press it before you move on to the next question.</p>
          </noscript>
        )}
        <div class="layout">
          {state.article ? <ArticleView article={state.article} cited={citedSpans(models)} /> : null}
          <div class="questions">
            <h2>{`Questions (${models.length})`}</h2>
            {models.map((m) => (
              <QuestionSection m={m} />
            ))}
            {finished ? (
              <p>
                <a href={`/quiz/${state.quiz.id}`}>Back to the quiz</a>
              </p>
            ) : (
              <form method="post" action={`/attempt/${state.attempt.id}/finish`} class="finish" id="finish">
                <p id="progress">{`You have answered ${answered} of ${models.length} questions. Unanswered questions score 0.`}</p>
                <p id="finish-problem" class="alert" role="alert" hidden></p>
                <button type="submit">Finish and see my result</button>
              </form>
            )}
          </div>
        </div>
      </div>
    </StudentPage>
  );
}

import type { listQuizzes, PlayableQuiz } from "../../services/quizzes";
import { ArticleView } from "./article";
import { StudentPage } from "./layout";

// The pages before an attempt: the list of quizzes, and a quiz's own page
// (its article, what to expect, and the name field that starts an attempt).

export function QuizList(props: { quizzes: Awaited<ReturnType<typeof listQuizzes>> }) {
  return (
    <StudentPage title="Quizzes">
      <h1>Quizzes</h1>
      {props.quizzes.length ? (
        <ul class="quizzes">
          {props.quizzes.map((q) => (
            <li>
              <a href={`/quiz/${q.id}`}>{q.title}</a>
              <br />
              <span class="muted">{`${q.questionCount} ${q.questionCount === 1 ? "question" : "questions"}`}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>No quiz is published yet. Ask your teacher for the link.</p>
      )}
    </StudentPage>
  );
}

function expectations(quiz: PlayableQuiz): string[] {
  const { settings, questions } = quiz.content;
  const lines = [`${questions.length} ${questions.length === 1 ? "question" : "questions"}.`];
  if (settings.timeLimitSeconds) lines.push(`Time limit: ${Math.round(settings.timeLimitSeconds / 60)} min from when you start.`);
  if (settings.attemptsAllowed) lines.push(`You may take it ${settings.attemptsAllowed === 1 ? "once" : `${settings.attemptsAllowed} times`}.`);
  lines.push(
    settings.feedback === "deferred"
      ? "You see your results when you finish."
      : settings.feedback === "immediate"
        ? "You can check each answer once, as you go."
        : "You can check each answer as you go and try again when it is wrong, for fewer marks.",
  );
  return lines;
}

export function QuizStart(props: { quiz: PlayableQuiz; name?: string; error?: string; openAttempt?: string }) {
  const { quiz } = props;
  const { title, article } = quiz.content;
  return (
    <StudentPage title={title}>
      <p class="muted">
        <a href="/">All quizzes</a>
      </p>
      <h1>{title}</h1>
      <ul>
        {expectations(quiz).map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      {props.openAttempt ? (
        <p class="summary">
          You started this quiz in this browser. <a href={`/attempt/${props.openAttempt}`}>Continue your attempt</a>, or start a new one below.
        </p>
      ) : null}
      <form method="post" action={`/quiz/${quiz.id}/attempts`} class="start">
        {props.error ? (
          <p class="alert" role="alert">
            {props.error}
          </p>
        ) : null}
        <label class="field" for="name">
          Your name
        </label>
        <input type="text" id="name" name="name" value={props.name ?? ""} required maxlength={100} autocomplete="name" />
        {quiz.content.settings.joinCode !== undefined ? (
          <>
            <label class="field" for="joinCode">
              Join code
            </label>
            <input type="text" id="joinCode" name="joinCode" required maxlength={64} autocomplete="off" autocapitalize="characters" spellcheck={false} />
          </>
        ) : null}
        <div class="actions">
          <button type="submit">Start the quiz</button>
        </div>
      </form>
      {article ? <ArticleView article={article} /> : null}
    </StudentPage>
  );
}

export function ProblemPage(props: { title: string; message: string; link?: { href: string; text: string } }) {
  return (
    <StudentPage title={props.title}>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
      {props.link ? (
        <p>
          <a href={props.link.href}>{props.link.text}</a>
        </p>
      ) : null}
      <p>
        <a href="/">All quizzes</a>
      </p>
    </StudentPage>
  );
}

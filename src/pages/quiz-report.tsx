import type { quizStats } from "../services/stats";
import { BarChart, Histogram } from "./charts";
import { Page } from "./layout";

export type StatsReport = Awaited<ReturnType<typeof quizStats>>;

const figure = (value: number | null, unit = "") => (value === null ? "—" : `${value}${unit}`);
const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** How the class did on one version: the spread of scores, each question's figures, what to review, and common wrong answers. */
export function QuizReport(props: { stats: StatsReport }) {
  const { stats } = props;
  const { quiz } = stats;
  const flagged = stats.questions.filter((q) => q.review.length);
  const typed = stats.questions.filter((q) => q.commonWrongAnswers?.length);
  const label = (q: StatsReport["questions"][number], i: number) => `Q${i + 1} ${q.questionId}`.slice(0, 16);
  return (
    <Page title={`${stats.title}: results`}>
      <form method="post" action="/teach/sign-out" class="signout">
        <button type="submit">Sign out</button>
      </form>
      <h1>{stats.title}</h1>
      <p class="muted">
        Version {stats.version}, {quiz.attempts} {quiz.attempts === 1 ? "attempt" : "attempts"} counted ({stats.attempts === "all" ? "all attempts" : `each student's ${stats.attempts} attempt`}).
      </p>

      <h2>Scores</h2>
      <Histogram title="How many attempts scored in each band (%)" bars={stats.distribution.map((b) => ({ label: `${b.from}–${b.to}`, count: b.count }))} />
      <table class="figures">
        <tbody>
          <tr><td>Mean</td><td>{figure(quiz.mean, "%")}</td><td>Median</td><td>{figure(quiz.median, "%")}</td></tr>
          <tr><td>Standard deviation</td><td>{figure(quiz.sd, "%")}</td><td>Cronbach's alpha</td><td>{figure(quiz.cronbachAlpha, "%")}</td></tr>
          <tr><td>Skewness</td><td>{figure(quiz.skewness)}</td><td>Kurtosis</td><td>{figure(quiz.kurtosis)}</td></tr>
          <tr><td>Error ratio</td><td>{figure(quiz.errorRatio, "%")}</td><td>Standard error</td><td>{figure(quiz.standardError, "%")}</td></tr>
        </tbody>
      </table>

      <h2>Facility by question</h2>
      <p class="muted">The share of the marks the class earned. Teachers aim for 30–80% (shaded).</p>
      <BarChart title="Facility by question (%)" min={0} max={100} band={[30, 80]} unit="%" bars={stats.questions.map((q, i) => ({ label: label(q, i), value: q.facility, flagged: q.review.length > 0 }))} />

      <h2>Discrimination by question</h2>
      <p class="muted">How well a question tells stronger students from weaker ones. Negative means the stronger did worse.</p>
      <BarChart title="Discrimination index by question" min={-100} max={100} bars={stats.questions.map((q, i) => ({ label: label(q, i), value: q.discriminationIndex, flagged: q.review.length > 0 }))} />

      <h2>Questions to review</h2>
      {flagged.length ? (
        <ul>
          {flagged.map((q) => (
            <li>
              <strong>{q.questionId}</strong> {short(q.prompt)}: <span class="flag">{q.review.join("; ")}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing stands out.</p>
      )}

      <h2>Common wrong answers</h2>
      {typed.length ? (
        <table>
          <thead><tr><th>Question</th><th>Answer</th><th>How many</th></tr></thead>
          <tbody>
            {typed.flatMap((q) =>
              q.commonWrongAnswers!.map((w, i) => (
                <tr>
                  <td>{i === 0 ? `${q.questionId}: ${short(q.prompt, 40)}` : ""}</td>
                  <td>{w.answer}</td>
                  <td>{w.count}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : (
        <p>No wrong typed answers yet.</p>
      )}
    </Page>
  );
}

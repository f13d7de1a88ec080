import type { Child } from "hono/jsx";
import type { FormShape } from "../../quiz/form-response";
import type { StudentQuestion } from "../../quiz/student-view";
import type { ResponseValue } from "../../score";
import type { ShownResult } from "../../quiz/grading";
import { markId } from "./article";

// One question on the attempt page: a plain HTML form with a labelled input
// for its kind, posted to the worker (the attempt script sends the same form
// in the background and swaps in the section the worker sends back), and what
// the quiz allows the student to see of the answer's result.

export interface QuestionModel {
  attemptId: string;
  number: number;
  question: StudentQuestion;
  /** The answer to show: the saved one, or what the student just sent when it could not be saved. */
  value: ResponseValue | undefined;
  answered: boolean;
  /** When the saved answer was saved: the attempt script keeps a draft only while it is newer. */
  savedAt?: string;
  behaviour: "deferred" | "immediate" | "interactive";
  result?: ShownResult;
  triesLeft?: number;
  /** Why the inputs are closed (finished, time up, already checked), or undefined while open. */
  locked?: string;
  /** A message about the last save, good or bad. */
  notice?: { kind: "saved" | "error"; text: string };
}

const shapeOf = (q: StudentQuestion): FormShape =>
  q.kind === "multiple_choice" && q.multiple ? "many" : q.kind === "cloze" ? "gaps" : q.kind === "matching" ? "pairs" : q.kind === "ordering" ? "order" : "one";

export const sectionId = (questionId: string) => `q-${questionId}`;
const fieldId = (m: QuestionModel, suffix: string) => `${sectionId(m.question.id)}-${suffix}`;

const asList = (value: ResponseValue | undefined): string[] => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []);

function Choices(props: { m: QuestionModel; type: "radio" | "checkbox"; options: { id: string; text: string }[] }) {
  const chosen = asList(props.m.value);
  return (
    <>
      {props.options.map((o) => (
        <label class="choice">
          <input type={props.type} name="answer" value={o.id} checked={chosen.includes(o.id)} />
          <span>{o.text}</span>
        </label>
      ))}
    </>
  );
}

function TextAnswer(props: { m: QuestionModel; label: string; numeric?: boolean }) {
  const value = typeof props.m.value === "string" || typeof props.m.value === "number" ? String(props.m.value) : "";
  return (
    <>
      <label class="field" for={fieldId(props.m, "a")}>
        {props.label}
      </label>
      <input
        type="text"
        id={fieldId(props.m, "a")}
        name="answer"
        value={value}
        maxlength={2000}
        autocomplete="off"
        inputmode={props.numeric ? "decimal" : undefined}
        spellcheck={false}
      />
    </>
  );
}

function Cloze(props: { m: QuestionModel; q: Extract<StudentQuestion, { kind: "cloze" }> }) {
  const given = asList(props.m.value);
  const parts = props.q.text.split(/\{\{(\d+)\}\}/);
  return (
    <p class="cloze">
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const n = Number(part);
        const gap = props.q.gaps[n - 1];
        const name = `gap${n}`;
        const label = `Gap ${n} of ${props.q.gaps.length}`;
        if (gap?.type === "choice") {
          return (
            <select class="gap" name={name} aria-label={label}>
              <option value="">Choose…</option>
              {gap.options.map((o) => (
                <option value={o.id} selected={given[n - 1] === o.id}>
                  {o.text}
                </option>
              ))}
            </select>
          );
        }
        return <input type="text" class="gap" name={name} aria-label={label} value={given[n - 1] ?? ""} maxlength={2000} autocomplete="off" spellcheck={false} />;
      })}
    </p>
  );
}

function Matching(props: { m: QuestionModel; q: Extract<StudentQuestion, { kind: "matching" }> }) {
  const chosen = props.m.value && typeof props.m.value === "object" && !Array.isArray(props.m.value) ? props.m.value : {};
  return (
    <>
      {props.q.prompts.map((p, i) => (
        <div class="pair">
          <label class="field" for={fieldId(props.m, `m${i}`)}>
            {p.text}
          </label>
          <select id={fieldId(props.m, `m${i}`)} name={`match.${p.id}`}>
            <option value="">Choose…</option>
            {props.q.choices.map((c) => (
              <option value={c.id} selected={chosen[p.id] === c.id}>
                {c.text}
              </option>
            ))}
          </select>
        </div>
      ))}
    </>
  );
}

function Ordering(props: { m: QuestionModel; q: Extract<StudentQuestion, { kind: "ordering" }> }) {
  const byId = new Map(props.q.items.map((item) => [item.id, item]));
  const saved = asList(props.m.value).filter((id) => byId.has(id));
  const items = saved.length === byId.size ? saved.map((id) => byId.get(id)!) : props.q.items;
  return (
    <ol class="order">
      {items.map((item) => (
        <li>
          <span class="item">{item.text}</span>
          <input type="hidden" name="order" value={item.id} />
          {props.m.locked !== undefined ? null : (
          <span class="moves">
            <button type="submit" class="secondary" name="move" value={`${item.id}:up`} aria-label={`Move up: ${item.text}`}>
              ↑ Up
            </button>
            <button type="submit" class="secondary" name="move" value={`${item.id}:down`} aria-label={`Move down: ${item.text}`}>
              ↓ Down
            </button>
          </span>
          )}
        </li>
      ))}
    </ol>
  );
}

function Inputs(props: { m: QuestionModel }) {
  const { m } = props;
  const q = m.question;
  switch (q.kind) {
    case "multiple_choice":
      return (
        <>
          {q.multiple ? <p class="muted">Choose every answer that applies.</p> : null}
          <Choices m={m} type={q.multiple ? "checkbox" : "radio"} options={q.options} />
        </>
      );
    case "true_false":
      return (
        <Choices
          m={{ ...m, value: typeof m.value === "boolean" ? String(m.value) : m.value }}
          type="radio"
          options={[
            { id: "true", text: "True" },
            { id: "false", text: "False" },
          ]}
        />
      );
    case "short_answer":
      return <TextAnswer m={m} label="Your answer" />;
    case "numeric":
      return <TextAnswer m={m} numeric label={q.units?.length ? `Your answer (a number; you may add a unit: ${q.units.join(", ")})` : "Your answer (a number)"} />;
    case "cloze":
      return <Cloze m={m} q={q} />;
    case "matching":
      return <Matching m={m} q={q} />;
    case "ordering":
      return <Ordering m={m} q={q} />;
  }
}

const VERDICT: Record<string, string> = {
  correct: "✓ Right",
  partial: "◐ Partly right",
  incorrect: "✗ Wrong",
  unanswered: "– Not answered",
};

const points = (n: number) => `${Math.round(n * 100) / 100} ${n === 1 ? "point" : "points"}`;

/** What the student may see of a checked answer: words and a symbol, never colour alone. */
export function ResultView(props: { result: ShownResult; triesLeft?: number }) {
  const r = props.result;
  const lines: Child[] = [];
  if (r.status) lines.push(<p class="verdict">{VERDICT[r.status] ?? r.status}</p>);
  if (r.score !== undefined) lines.push(<p>{`${points(r.score)} of ${points(r.maxScore)}`}</p>);
  if (r.rule) lines.push(<p>Why: {r.rule}</p>);
  if (props.triesLeft) lines.push(<p>{`${props.triesLeft} ${props.triesLeft === 1 ? "try" : "tries"} left: change your answer and check again.`}</p>);
  if (r.feedback) lines.push(<p>{r.feedback}</p>);
  if (r.rightAnswer) lines.push(<p>Right answer: {r.rightAnswer}</p>);
  if (r.explanation) lines.push(<p>{r.explanation}</p>);
  if (r.source) {
    lines.push(
      <p>
        <a href={`#${markId(r.source)}`}>Show this in the article</a>
      </p>,
    );
  }
  if (!lines.length) return null;
  return <div class={`result ${r.status ?? ""}`}>{lines}</div>;
}

const SUBMIT_LABEL = { deferred: "Save answer", immediate: "Check answer", interactive: "Check answer" } as const;

export function QuestionSection(props: { m: QuestionModel }) {
  const { m } = props;
  const q = m.question;
  const open = m.locked === undefined;
  return (
    <section class="question" id={sectionId(q.id)}>
      {/* A closed question's form has nothing to send: no address, no shape. The fragment brings the page back to the question. */}
      <form
        method={open ? "post" : undefined}
        action={open ? `/attempt/${m.attemptId}/answers/${q.id}#${sectionId(q.id)}` : undefined}
        data-question={q.id}
        data-answered={m.answered ? "true" : "false"}
        data-saved={m.savedAt ?? ""}
      >
        <fieldset disabled={!open}>
          {/* Inside the fieldset: a form whose fieldset was disabled in the page (time up) sends no shape, and so cannot clear an answer. */}
          {open ? <input type="hidden" name="shape" value={shapeOf(q)} /> : null}
          <legend>
            <span class="qnum">{`Question ${m.number} · ${points(q.points)}`}</span>
            {q.prompt}
          </legend>
          <Inputs m={m} />
        </fieldset>
        {m.notice?.kind === "error" ? (
          <p class="alert" role="alert">
            {m.notice.text}
          </p>
        ) : null}
        <div class="actions">
          {open ? <button type="submit">{SUBMIT_LABEL[m.behaviour]}</button> : <span class="muted">{m.locked}</span>}
          {open ? <span class="saved">{m.notice?.kind === "saved" ? m.notice.text : ""}</span> : null}
        </div>
      </form>
      {m.result ? <ResultView result={m.result} triesLeft={m.triesLeft} /> : null}
    </section>
  );
}

import { type RegradeChange, type RegradeRecord, listRegrades, loadForRegrade, saveRegrade } from "../db/regrades";
import { ApiError, notFound } from "../http/errors";
import { randomId } from "../http/secrets";
import { markResponse } from "../quiz/grading";
import { describeResponse } from "../quiz/right-answer";
import type { Teacher } from "../db/teachers";
import { normalizeAnswer } from "../score/normalize";
import type { AcceptAnswerRequest } from "../schemas/api";
import { type QuizContent, QuizContentSchema } from "../schemas/quiz";
import type { AcceptedAnswer, QuestionOf } from "../schemas/question";
import { findOwnedQuiz } from "./quizzes";

// An appeal: the teacher accepts an answer to a short-answer question of one
// version. The answer joins the question's accepted answers in that version,
// and every response to the question on that version is scored again with the
// same pure scorer, so the outcome is deterministic. What changed is recorded
// and returned; scores never change silently. Accepting an answer the key
// already lists still scores the responses again: it is also how a teacher
// brings marks saved by an older scorer up to date, explicitly.

/** The teacher's view of a regrade record. */
function regradeView(record: RegradeRecord) {
  const { teacherId: _, ...rest } = record;
  return { ...rest, changed: record.changes.length };
}

const preview = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

export async function acceptAnswer(db: D1Database, teacher: Teacher, where: { quizId: string; version: number; questionId: string }, body: AcceptAnswerRequest) {
  const { quiz } = await findOwnedQuiz(db, where.quizId, teacher);
  const loaded = await loadForRegrade(db, quiz.id, where.version, where.questionId);
  if (!loaded) throw notFound(`Version ${where.version} of quiz '${quiz.id}'`);
  const { content, basis, responses } = loaded;
  const question = content.questions.find((q) => q.id === where.questionId);
  if (!question) throw notFound(`Question '${where.questionId}' in version ${where.version} of quiz '${quiz.id}'`);
  if (question.kind !== "short_answer") {
    throw new ApiError("unprocessable", `Only short-answer questions take accepted answers; '${question.id}' is a ${question.kind.replace("_", " ")} question. Edit it and publish a new version instead.`);
  }

  let text = body.text;
  if (body.attemptId !== undefined) {
    const from = responses.find((r) => r.attemptId === body.attemptId);
    if (!from) throw notFound(`A response to '${question.id}' from attempt '${body.attemptId}' on version ${where.version}`);
    text = String(from.response);
  }
  const answer = { text: text!.trim(), weight: body.weight, ...(body.feedback ? { feedback: body.feedback } : {}) };
  if (answer.text.includes("*")) throw new ApiError("validation_failed", "An accepted answer from an appeal is taken literally: remove the '*', or edit the question to add a pattern.");
  // A listed answer with a lower weight is raised; one already listed as it is stays, and the
  // responses are still scored again (marks saved by an older scorer are brought up to date).
  const sameText = (a: string, b: string) => (question.caseSensitive ? a.trim() === b.trim() : normalizeAnswer(a) === normalizeAnswer(b));
  const same = question.answers.find((a) => sameText(a.text, answer.text));
  const listed = same !== undefined && same.weight >= answer.weight;
  const raised = (a: AcceptedAnswer) => ({ ...a, weight: answer.weight, ...(answer.feedback ? { feedback: answer.feedback } : {}) });
  const answers = listed ? question.answers : same ? question.answers.map((a) => (a === same ? raised(a) : a)) : [...question.answers, answer];
  const parsed = QuizContentSchema.safeParse({ ...content, questions: content.questions.map((q) => (q.id === question.id ? { ...question, answers } : q)) });
  if (!parsed.success) throw new ApiError("validation_failed", `The answer cannot be added: ${parsed.error.issues[0]!.message}.`);
  const updated: QuizContent = parsed.data;
  const regraded = updated.questions.find((q) => q.id === question.id) as QuestionOf<"short_answer">;

  const changes: RegradeChange[] = [];
  for (const r of responses) {
    const after = markResponse(regraded, r.response, updated, r.tries);
    if (after.score === r.score && after.status === r.status && after.rule === r.rule) continue;
    changes.push({
      attemptId: r.attemptId,
      studentName: r.studentName,
      answer: preview(describeResponse(regraded, r.response)),
      finished: r.finished,
      before: { score: r.score, status: r.status, rule: r.rule },
      after: { score: after.score, status: after.status, rule: after.rule },
    });
  }
  if (listed && !changes.length) {
    throw new ApiError("conflict", `‘${same.text}’ is already an accepted answer of '${question.id}' with weight ${same.weight}, and every response already has the marks it earns; nothing to regrade.`);
  }
  const record: RegradeRecord = {
    id: randomId("rg"),
    quizId: quiz.id,
    version: where.version,
    questionId: question.id,
    teacherId: teacher.id,
    answer,
    checked: responses.length,
    changes,
    createdAt: new Date().toISOString(),
  };
  if (!(await saveRegrade(db, { record, basis, content: updated, responses: new Map(responses.map((r) => [r.attemptId, r.response])) }))) {
    throw new ApiError("conflict", `Version ${where.version} of quiz '${quiz.id}' was regraded or answered while the answer was being accepted; nothing was changed. Try again.`);
  }
  return { regrade: regradeView(record) };
}

export async function regradesOf(db: D1Database, teacher: Teacher, quizId: string) {
  const { quiz } = await findOwnedQuiz(db, quizId, teacher);
  return { quizId: quiz.id, regrades: (await listRegrades(db, quiz.id)).map(regradeView) };
}

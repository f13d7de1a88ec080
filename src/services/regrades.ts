import {
  type RegradeChange,
  type RegradeReason,
  type RegradeRecord,
  type ResponseToRegrade,
  findRegrade,
  findResponse,
  listRegrades,
  loadForRegrade,
  saveRegrade,
} from "../db/regrades";
import type { RegradeBasis } from "../db/regrades";
import type { Quiz } from "../db/rows";
import type { Teacher } from "../db/teachers";
import { ApiError, notFound } from "../http/errors";
import { randomId } from "../http/secrets";
import { markResponse } from "../quiz/grading";
import { describeResponse } from "../quiz/right-answer";
import { toStudentQuestion } from "../quiz/student-view";
import { normalizeAnswer } from "../score/normalize";
import type { AcceptAnswerRequest, RegradeRequest } from "../schemas/api";
import { type QuizContent, QuizContentSchema } from "../schemas/quiz";
import type { AcceptedAnswer, Question } from "../schemas/question";
import { findOwnedQuiz } from "./quizzes";

// Explicit regrades of one version. A teacher accepts an answer to a
// short-answer question (an appeal), corrects keys, or asks for the responses
// to be scored again by today's scorer. Every response to the questions
// concerned on that version is scored again by the same pure scorer (keeping
// interactive penalties), so the outcome is deterministic; what changed is
// recorded and returned. Scores never change silently.
//
// A regrade scores at most about SLICE_RESPONSES responses per request (80 ms for
// a slice of 2,000 answers at the length cap was past a teacher's 50 ms, and so
// was 57 ms for 1,000 once the bundled quiz held more multi-gap clozes), so its
// CPU and its write stay bounded however large the class: the attempts are
// taken in slices, the first slice writes the corrected content, and the reply
// carries `next`, the body that regrades the following slice (POST it to
// /regrade until `next` is null). Students who answer in between are scored
// against the corrected key already.

export const SLICE_RESPONSES = 750;

/** The teacher's view of a regrade record. */
function regradeView(record: RegradeRecord) {
  const { teacherId: _, ...rest } = record;
  return { ...rest, changed: record.changes.length };
}

const preview = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

interface Loaded {
  quiz: Quiz;
  content: QuizContent;
  basis: RegradeBasis;
  responses: ResponseToRegrade[];
  /** Attempts follow this slice. */
  more: boolean;
}

async function load(db: D1Database, quiz: Quiz, version: number, questionIds: string[] | null, after = ""): Promise<Loaded> {
  const loaded = await loadForRegrade(db, quiz.id, version, questionIds, { after, responses: SLICE_RESPONSES });
  if (!loaded) throw notFound(`Version ${version} of quiz '${quiz.id}'`);
  const ids = new Set(loaded.content.questions.map((q) => q.id));
  for (const id of questionIds ?? []) if (!ids.has(id)) throw notFound(`Question '${id}' in version ${version} of quiz '${quiz.id}'`);
  return { quiz, ...loaded };
}

/**
 * Scores the slice's responses again against `updated` and writes the marks
 * that changed and the record, with the content on a first slice, in one
 * guarded batch.
 */
async function regrade(
  db: D1Database,
  teacher: Teacher,
  loaded: Loaded,
  args: {
    version: number;
    updated: QuizContent;
    questionIds: string[];
    reason: RegradeReason;
    answer?: RegradeRecord["answer"];
    /** A later slice: the first slice's id (the content was written then). */
    continues?: string;
    nothingToDo?: string;
  },
) {
  const { quiz, basis, responses } = loaded;
  const byId = new Map(args.updated.questions.map((q) => [q.id, q]));
  const changes: RegradeChange[] = [];
  for (const r of responses) {
    const question = byId.get(r.questionId)!;
    const after = markResponse(question, r.response, args.updated, r.tries);
    if (after.score === r.score && after.status === r.status && after.rule === r.rule) continue;
    changes.push({
      attemptId: r.attemptId,
      questionId: r.questionId,
      studentName: r.studentName,
      answer: preview(describeResponse(question, r.response)),
      finished: r.finished,
      before: { score: r.score, status: r.status, rule: r.rule },
      after: { score: after.score, status: after.status, rule: after.rule },
    });
  }
  if (args.nothingToDo && !changes.length && !loaded.more) throw new ApiError("conflict", args.nothingToDo);
  const record: RegradeRecord = {
    id: randomId("rg"),
    quizId: quiz.id,
    version: args.version,
    teacherId: teacher.id,
    reason: args.reason,
    questionIds: args.questionIds,
    ...(args.answer ? { answer: args.answer } : {}),
    checked: responses.length,
    changes,
    createdAt: new Date().toISOString(),
    ...(args.continues ? { continues: args.continues } : {}),
  };
  const stored = new Map(responses.map((r) => [`${r.attemptId}/${r.questionId}`, r.response]));
  if (!(await saveRegrade(db, { record, basis, content: args.continues ? null : args.updated, responses: stored }))) {
    throw new ApiError("conflict", `Version ${args.version} of quiz '${quiz.id}' was regraded, edited or answered meanwhile; nothing was changed in this slice. Send the same request again.`);
  }
  const next = loaded.more && basis.last ? { version: args.version, continues: args.continues ?? record.id, after: basis.last } : null;
  return { regrade: regradeView(record), next };
}

function validContent(content: unknown, what: string): QuizContent {
  const parsed = QuizContentSchema.safeParse(content);
  if (!parsed.success) throw new ApiError("validation_failed", `${what}: ${parsed.error.issues[0]!.message}.`);
  return parsed.data;
}

/** An appeal: accept this text, or what one student answered, as an answer to a short-answer question. */
export async function acceptAnswer(db: D1Database, teacher: Teacher, where: { quizId: string; version: number; questionId: string }, body: AcceptAnswerRequest) {
  const { quiz } = await findOwnedQuiz(db, where.quizId, teacher);
  const loaded = await load(db, quiz, where.version, [where.questionId]);
  const question = loaded.content.questions.find((q) => q.id === where.questionId)!;
  if (question.kind !== "short_answer") {
    throw new ApiError("unprocessable", `Only short-answer questions take accepted answers; '${question.id}' is a ${question.kind.replace("_", " ")} question. Correct its key with POST /api/quizzes/${loaded.quiz.id}/regrade instead.`);
  }
  let text = body.text;
  if (body.attemptId !== undefined) {
    const from = await findResponse(db, { quizId: quiz.id, version: where.version, attemptId: body.attemptId, questionId: question.id });
    if (from === null) throw notFound(`A response to '${question.id}' from attempt '${body.attemptId}' on version ${where.version}`);
    text = String(from);
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
  const updated = validContent({ ...loaded.content, questions: loaded.content.questions.map((q) => (q.id === question.id ? { ...question, answers } : q)) }, "The answer cannot be added");
  return regrade(db, teacher, loaded, {
    version: where.version,
    updated,
    questionIds: [question.id],
    reason: "appeal",
    answer,
    ...(listed ? { nothingToDo: `‘${same.text}’ is already an accepted answer of '${question.id}' with weight ${same.weight}, and every response already has the marks it earns; nothing to regrade.` } : {}),
  });
}

/** What a student was shown of a question: a key correction must leave it as it was. */
const shownToStudents = (q: Question) => JSON.stringify(toStudentQuestion(q, 0, false));

/**
 * Corrects the keys of some questions of a version (or, with none given,
 * scores every response again with today's scorer) and regrades every
 * attempt on it. Only keys, weights and feedback may change: a question
 * students would see differently needs a new version instead.
 */
export async function regradeVersion(db: D1Database, teacher: Teacher, quizId: string, body: RegradeRequest) {
  const { quiz } = await findOwnedQuiz(db, quizId, teacher);
  if (body.continues !== undefined) return continueRegrade(db, teacher, quiz, body.version, body.continues, body.after ?? "");
  const corrected = body.questions ?? [];
  const ids = corrected.map((q) => q.id);
  const loaded = await load(db, quiz, body.version, ids.length ? ids : null);
  const current = new Map(loaded.content.questions.map((q) => [q.id, q]));
  for (const q of corrected) {
    const before = current.get(q.id)!;
    if (before.kind !== q.kind) throw new ApiError("unprocessable", `Question '${q.id}' is a ${before.kind.replace("_", " ")} question in version ${body.version}; a regrade cannot change its kind.`);
    if (shownToStudents(before) !== shownToStudents(q)) {
      throw new ApiError("unprocessable", `Question '${q.id}' would look different to students (its prompt, options or items changed); a regrade corrects keys only. Edit the quiz and publish a new version instead.`);
    }
  }
  const byId = new Map(corrected.map((q) => [q.id, q]));
  const updated = validContent({ ...loaded.content, questions: loaded.content.questions.map((q) => byId.get(q.id) ?? q) }, "The corrected questions are not valid");
  return regrade(db, teacher, loaded, {
    version: body.version,
    updated,
    questionIds: ids.length ? ids : updated.questions.map((q) => q.id),
    reason: ids.length ? "key-correction" : "rescore",
  });
}

/** The next slice of a regrade: its questions scored again, against the version's content as it now stands. */
async function continueRegrade(db: D1Database, teacher: Teacher, quiz: Quiz, version: number, firstId: string, after: string) {
  const first = await findRegrade(db, quiz.id, firstId);
  if (!first || first.version !== version || first.continues) throw notFound(`A regrade '${firstId}' of version ${version} of quiz '${quiz.id}' to continue`);
  const loaded = await load(db, quiz, version, first.questionIds, after);
  return regrade(db, teacher, loaded, {
    version,
    updated: loaded.content,
    questionIds: first.questionIds,
    reason: first.reason,
    ...(first.answer ? { answer: first.answer } : {}),
    continues: first.id,
  });
}

export async function regradesOf(db: D1Database, teacher: Teacher, quizId: string) {
  const { quiz } = await findOwnedQuiz(db, quizId, teacher);
  return { quizId: quiz.id, regrades: (await listRegrades(db, quiz.id)).map(regradeView) };
}

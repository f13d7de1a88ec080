import type { QuizContent } from "../schemas/quiz";

// What this isolate already knows about open attempts, so that saving an
// answer can be one D1 round trip instead of a read and a write. Only what
// never changes for an attempt is kept (its version, seed, deadline, token
// hash) plus its version's content and key revision, which a regrade can move
// on: every save still checks the token, the deadline, the lock and the key
// revision in SQL, so a stale or missing entry only costs the slow path
// (read, then write), never a wrong save. Isolates are many and short-lived;
// this is a hint, never the truth.

export interface KnownAttempt {
  quizId: string;
  version: number;
  tokenHash: string;
  deadlineAt: string | null;
  content: QuizContent;
  keyRevision: number;
}

const MAX_ATTEMPTS = 5_000;
const attempts = new Map<string, KnownAttempt>();

export function rememberAttempt(id: string, known: KnownAttempt): void {
  attempts.delete(id);
  attempts.set(id, known);
  // Maps keep insertion order: the first key is the least recently remembered.
  if (attempts.size > MAX_ATTEMPTS) attempts.delete(attempts.keys().next().value!);
}

export const knownAttempt = (id: string): KnownAttempt | undefined => attempts.get(id);

export const forgetAttempt = (id: string): void => void attempts.delete(id);

import type { Context } from "hono";

// The student view of a published quiz, kept in the Workers Cache API so a
// client revalidating its copy (If-None-Match) gets 304, and a new reader gets
// the view, without a D1 read. A published version never changes; publishing
// another version or deleting the quiz removes the entry. The Cache API is
// per data centre and its deletes are local, so an entry also expires after
// TTL_SECONDS: another data centre may serve the previous version that long.
// (On workers.dev and in tests without a cache the calls simply miss.)

const TTL_SECONDS = 60;

const cache = (): Cache | null => (typeof caches === "undefined" ? null : caches.default);

/** One key per quiz, whatever query or headers the request carried. */
const keyFor = (origin: string, quizId: string) => new Request(`${origin}/api/quizzes/${encodeURIComponent(quizId)}`);

export async function cachedStudentView(origin: string, quizId: string): Promise<Response | undefined> {
  return (await cache()?.match(keyFor(origin, quizId))) ?? undefined;
}

/** Stores the view; the caller passes it to waitUntil so the reply is not held up. */
export function storeStudentView(origin: string, quizId: string, body: string, etag: string): Promise<void> {
  const stored = new Response(body, { headers: { "Content-Type": "application/json", ETag: etag, "Cache-Control": `public, max-age=${TTL_SECONDS}` } });
  return cache()?.put(keyFor(origin, quizId), stored) ?? Promise.resolve();
}

export async function forgetStudentView(origin: string, quizId: string): Promise<void> {
  await cache()?.delete(keyFor(origin, quizId));
}

/** Runs `work` after the reply is sent (waitUntil); outside a request context it just runs. */
export function afterReply(c: Context, work: Promise<unknown>): void {
  let ctx: ExecutionContext | undefined;
  try {
    ctx = c.executionCtx as ExecutionContext;
  } catch {
    // Hono throws when no execution context was passed (app.request in a script)
  }
  if (ctx) ctx.waitUntil(work);
  else void work.catch(() => {});
}

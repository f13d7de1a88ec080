// The real worker under `wrangler dev` (scripts/worker-process.mjs, shared with `npm run loadtest`).
// @ts-expect-error: a plain ES module script; its shape is declared below.
import { startWorker as start } from "../../scripts/worker-process.mjs";

export interface RunningWorker {
  url: string;
  adminToken: string;
  stop(): Promise<void>;
}

export const startWorker = start as () => Promise<RunningWorker>;

/** A JSON API call to the running worker; throws with the reply when it is not a success. */
export async function callApi(worker: RunningWorker, method: string, path: string, token: string | null, body?: unknown) {
  const res = await fetch(`${worker.url}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as any;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

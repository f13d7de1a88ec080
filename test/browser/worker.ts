// The real worker under `wrangler dev` (scripts/worker-process.mjs, shared with `npm run loadtest`).
// @ts-expect-error: a plain ES module script; its shape is declared below.
import { startWorker as start } from "../../scripts/worker-process.mjs";

export interface RunningWorker {
  url: string;
  adminToken: string;
  stop(): Promise<void>;
}

export const startWorker = start as () => Promise<RunningWorker>;

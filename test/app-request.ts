import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { createApp } from "../src/app";

// Calls the real app in this isolate with a D1 binding of the test's choosing
// (one that counts round trips, one that fails on purpose), as a client would.

export interface AppRequestOptions {
  token?: string;
  body?: unknown;
  /** A page's form post, sent as a browser sends it from this site. */
  form?: [string, string][];
  headers?: Record<string, string>;
}

const app = createApp();

export async function requestApp(db: D1Database, method: string, path: string, options: AppRequestOptions = {}) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.form) headers["Sec-Fetch-Site"] = "same-origin";
  const payload = options.form ? new URLSearchParams(options.form) : options.body !== undefined ? JSON.stringify(options.body) : undefined;
  const request = new Request(`http://quiz.test${path}`, { method, headers, redirect: "manual", ...(payload !== undefined ? { body: payload } : {}) });
  const ctx = createExecutionContext();
  const res = await app.fetch(request, { ...env, DB: db }, ctx);
  // Work done after the reply (a cache store) finishes before the next request, as it would between a class's requests.
  await waitOnExecutionContext(ctx);
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body, headers: res.headers };
}

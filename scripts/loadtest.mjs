#!/usr/bin/env node
// `npm run loadtest [-- --students N] [--url URL --admin TOKEN]`
//
// Starts the worker under `wrangler dev` with a fresh local D1 (or uses --url),
// then N simulated students (default 200), all at once, take the bundled quiz
// through the JSON API: read it, start, save an answer to every question,
// finish. Half answer right, half wrong, so the scorer does real work.
//
// Prints requests per second and latency (p50/p95/p99) per endpoint, and the
// errors. Then reconciles with the database itself: every acknowledged save
// and finish must be in D1 exactly as acknowledged, none twice. Exits 1 on
// any error or mismatch.

import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { startWorker } from "./worker-process.mjs";

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const STUDENTS = Number(flag("--students", "200"));
const QUIZ = "interaction-2025";
const key = JSON.parse(readFileSync(new URL(`../questions/${QUIZ}/quiz.json`, import.meta.url), "utf8"));

const timings = new Map(); // endpoint -> ms[]
const errors = [];
let requests = 0;

async function call(endpoint, method, url, { token, body } = {}) {
  const started = performance.now();
  requests++;
  let res;
  try {
    res = await fetch(url, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (err) {
    errors.push(`${endpoint}: ${err.message}`);
    return null;
  }
  const text = await res.text();
  const ms = performance.now() - started;
  if (!timings.has(endpoint)) timings.set(endpoint, []);
  timings.get(endpoint).push(ms);
  if (!res.ok) {
    errors.push(`${endpoint}: ${res.status} ${text.slice(0, 160)}`);
    return null;
  }
  return JSON.parse(text);
}

/** A response for one question, right or deliberately wrong, in the student view's ids (matched by text). */
function responseFor(q, shown, right) {
  const idOf = (list, text) => list.find((o) => o.text === text).id;
  switch (q.kind) {
    case "multiple_choice": {
      const best = Math.max(...q.options.map((o) => o.weight));
      const pick = q.options.filter((o) => (right ? (q.multiple ? o.weight > 0 : o.weight === best) : o.weight <= 0)).slice(0, q.multiple ? undefined : 1);
      const ids = pick.map((o) => idOf(shown.options, o.text));
      return q.multiple ? ids : ids[0];
    }
    case "true_false":
      return right ? q.answer : !q.answer;
    case "short_answer":
      return right ? q.answers[0].text : "I do not know";
    case "numeric":
      return right ? (q.answers[0].value ?? q.answers[0].min) : -1;
    case "cloze":
      return q.gaps.map((g, i) => (g.options ? idOf(shown.gaps[i].options, g.options.find((o) => o.weight === 1)?.text ?? g.options[0].text) : right ? g.answers[0].text : "nothing"));
    case "matching":
      return Object.fromEntries(q.pairs.map((p, i) => [idOf(shown.prompts, p.left), idOf(shown.choices, right ? p.right : q.pairs[(i + 1) % q.pairs.length].right)]));
    case "ordering": {
      const ids = q.items.map((t) => idOf(shown.items, t));
      return right ? ids : [...ids].reverse();
    }
  }
  throw new Error(`no response for kind ${q.kind}`);
}

async function student(base, i, acknowledged) {
  const right = i % 2 === 0;
  const view = await call("GET quiz", "GET", `${base}/api/quizzes/${QUIZ}`);
  if (!view) return;
  const started = await call("POST attempts", "POST", `${base}/api/quizzes/${QUIZ}/attempts`, { body: { name: `Load student ${i}` } });
  if (!started) return;
  const { token } = started;
  const id = started.attempt.id;
  const saved = new Map();
  for (const q of key.questions) {
    const shown = started.questions.find((s) => s.id === q.id);
    const reply = await call("PUT response", "PUT", `${base}/api/attempts/${id}/responses/${q.id}`, { token, body: { response: responseFor(q, shown, right) } });
    if (reply?.saved) saved.set(q.id, reply.result?.score);
  }
  const finished = await call("POST finish", "POST", `${base}/api/attempts/${id}/finish`, { token });
  acknowledged.push({ id, saved, finished: finished ? finished.score : undefined });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function report(seconds) {
  console.log(`\n${STUDENTS} students at once, full attempts of '${QUIZ}' (${key.questions.length} questions): ${requests} requests in ${seconds.toFixed(1)} s = ${(requests / seconds).toFixed(0)} requests/s`);
  console.log("endpoint          requests    p50 ms    p95 ms    p99 ms");
  for (const [endpoint, ms] of timings) {
    const sorted = [...ms].sort((a, b) => a - b);
    const row = [endpoint.padEnd(16), String(sorted.length).padStart(9), ...[50, 95, 99].map((p) => percentile(sorted, p).toFixed(1).padStart(9))];
    console.log(row.join(" "));
  }
  console.log(`errors: ${errors.length}`);
  for (const e of errors.slice(0, 10)) console.log(`  ${e}`);
}

/** Every acknowledged save and finish is in D1 as acknowledged; nothing is there twice. */
function reconcile(d1, acknowledged) {
  const problems = [];
  const attempts = new Map(d1(`SELECT id, finished_at, score FROM attempts WHERE quiz_id = '${QUIZ}'`).map((a) => [a.id, a]));
  const responses = d1(`SELECT r.attempt_id, r.question_id, r.score FROM responses r JOIN attempts a ON a.id = r.attempt_id WHERE a.quiz_id = '${QUIZ}'`);
  const seen = new Set();
  for (const r of responses) {
    const k = `${r.attempt_id}/${r.question_id}`;
    if (seen.has(k)) problems.push(`response ${k} is stored twice`);
    seen.add(k);
  }
  for (const a of acknowledged) {
    const row = attempts.get(a.id);
    if (!row) {
      problems.push(`attempt ${a.id} was acknowledged but is not in D1`);
      continue;
    }
    for (const [q, score] of a.saved) {
      const stored = responses.find((r) => r.attempt_id === a.id && r.question_id === q);
      if (!stored) problems.push(`save ${a.id}/${q} was acknowledged but is not in D1`);
      else if (score !== undefined && Math.abs(stored.score - score) > 1e-9) problems.push(`save ${a.id}/${q}: acknowledged score ${score}, stored ${stored.score}`);
    }
    if (a.finished !== undefined && (row.finished_at === null || Math.abs(row.score - a.finished) > 1e-9)) {
      problems.push(`finish ${a.id}: acknowledged score ${a.finished}, stored ${row.finished_at === null ? "unfinished" : row.score}`);
    }
  }
  const stored = responses.length;
  const acked = acknowledged.reduce((n, a) => n + a.saved.size, 0);
  console.log(`reconciled: ${acknowledged.length} attempts, ${acked} acknowledged saves, ${stored} responses in D1, ${acknowledged.filter((a) => a.finished !== undefined).length} finishes; ${problems.length} problems`);
  for (const p of problems.slice(0, 10)) console.log(`  ${p}`);
  return problems.length;
}

const worker = await startWorker();
let failed = false;
try {
  // One warm-up attempt, so the figures are for a running worker, not for its first request.
  await student(worker.url, -1, []);
  timings.clear();
  requests = 0;
  const acknowledged = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: STUDENTS }, (_, i) => student(worker.url, i, acknowledged)));
  report((performance.now() - started) / 1000);
  failed = errors.length > 0 || reconcile(worker.d1, acknowledged) > 0;
} finally {
  await worker.stop();
}
process.exit(failed ? 1 : 0);

import { env } from "cloudflare:test";
import { type AppRequestOptions, requestApp } from "../app-request";

// Fault injection on the real D1 binding: the Nth statement a request runs
// fails. Inside a batch the statement is swapped for one that fails in SQLite
// itself, so the real D1 transaction is what rolls back (or not) the
// statements before it; a statement run alone fails before reaching D1. The
// app then sees the error D1 gives when its connection drops.

const RAW = Symbol("raw statement");
const FAILING_SQL = "SELECT * FROM injected_fault_no_such_table";
const lostConnection = () => new Error("D1_ERROR: Network connection lost (an injected fault)");

export interface Faulty {
  db: D1Database;
  /** Statements the request ran (or tried to), in batches and alone. */
  statements: () => number;
}

export function faultyD1(db: D1Database, failAt: number | null): Faulty {
  let seen = 0;
  const fails = () => ++seen === failAt;
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, prop) {
        if (prop === RAW) return target;
        if (prop === "bind") return (...values: unknown[]) => wrap(target.bind(...values));
        if (prop === "first" || prop === "all" || prop === "run" || prop === "raw") {
          return (...args: unknown[]) => (fails() ? Promise.reject(lostConnection()) : (target[prop] as (...a: unknown[]) => unknown).apply(target, args));
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const wrapped = new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare") return (sql: string) => wrap(target.prepare(sql));
      if (prop === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          let injected = false;
          const run = statements.map((s) => (fails() ? ((injected = true), target.prepare(FAILING_SQL)) : ((s as unknown as Record<symbol, D1PreparedStatement>)[RAW] ?? s)));
          try {
            return await target.batch(run);
          } catch (err) {
            // The real transaction failed and rolled back; the app sees what a dropped connection looks like.
            throw injected ? lostConnection() : err;
          }
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: wrapped, statements: () => seen };
}

/** Calls the real app with the Nth D1 statement failing (null: none fails, just count). */
export async function requestWithFault(method: string, path: string, failAt: number | null, options: AppRequestOptions = {}) {
  const faulty = faultyD1(env.DB, failAt);
  return { ...(await requestApp(faulty.db, method, path, options)), statements: faulty.statements() };
}

/** Every row of every table the app owns, to compare before and after a failed write. */
export async function snapshot(): Promise<string> {
  const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations' ORDER BY name").all<{ name: string }>();
  const parts: string[] = [];
  for (const { name } of tables.results) {
    const rows = await env.DB.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    parts.push(`${name}: ${JSON.stringify(rows.results)}`);
  }
  return parts.join("\n");
}

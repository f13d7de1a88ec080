import { env } from "cloudflare:test";
import { type AppRequestOptions, requestApp } from "../app-request";

// A thin wrapper around the real D1 binding that counts round trips: each
// first/all/run/raw on a statement is one, and so is each batch (however many
// statements it holds). Requests go through the real app with the wrapped
// binding, so an endpoint that reads or writes more than its budget is caught.

const RAW = Symbol("raw statement");

export interface Counted {
  db: D1Database;
  /** One entry per round trip: "batch(3)", "first", "run" … */
  trips: string[];
}

function wrapStatement(statement: D1PreparedStatement, trips: string[]): D1PreparedStatement {
  return new Proxy(statement, {
    get(target, prop) {
      if (prop === RAW) return target;
      if (prop === "bind") return (...values: unknown[]) => wrapStatement(target.bind(...values), trips);
      if (prop === "first" || prop === "all" || prop === "run" || prop === "raw") {
        return (...args: unknown[]) => {
          trips.push(prop);
          return (target[prop] as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function countingD1(db: D1Database): Counted {
  const trips: string[] = [];
  const wrapped = new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare") return (sql: string) => wrapStatement(target.prepare(sql), trips);
      if (prop === "batch") {
        return (statements: D1PreparedStatement[]) => {
          trips.push(`batch(${statements.length})`);
          return target.batch(statements.map((s) => (s as unknown as Record<symbol, D1PreparedStatement>)[RAW] ?? s));
        };
      }
      if (prop === "exec") return (sql: string) => (trips.push("exec"), target.exec(sql));
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: wrapped, trips };
}

/** Calls the real app with a counting D1 and returns the reply with the round trips it took. */
export async function countedRequest(method: string, path: string, options: AppRequestOptions = {}) {
  const counted = countingD1(env.DB);
  return { ...(await requestApp(counted.db, method, path, options)), trips: counted.trips };
}

import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

// Forms on the server-rendered pages may be posted only from this site's own
// pages: a cross-site post (signing a teacher in to someone else's account,
// answering in a student's name) is refused. Browsers send Sec-Fetch-Site,
// which a page cannot forge; older ones send Origin, compared by host (a
// local proxy such as wrangler dev may rewrite the URL's host).

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export function isCrossSite(c: Context<AppEnv>): boolean {
  const site = c.req.header("Sec-Fetch-Site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = c.req.header("Origin");
  return !!origin && hostOf(origin) !== (c.req.header("Host") ?? new URL(c.req.url).host);
}

/** Refuses cross-site form posts with the page `refuse` renders. */
export const sameOrigin = (refuse: (c: Context<AppEnv>) => Response | Promise<Response>) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (isCrossSite(c)) return refuse(c);
    await next();
  });

/** Cookies are Secure over HTTPS; `wrangler dev` on a school network is plain HTTP, where a browser drops a Secure cookie. */
export const isHttps = (c: Context<AppEnv>) => new URL(c.req.url).protocol === "https:";

/**
 * A page's form body, or null when it cannot be read (a multipart body
 * without its boundary, a form in another charset): the page then answers as
 * for an empty form, instead of failing.
 */
export async function readForm(c: Context<AppEnv>, options: { all?: boolean } = {}): Promise<Record<string, string | File | (string | File)[]> | null> {
  try {
    return await c.req.parseBody(options);
  } catch {
    return null;
  }
}

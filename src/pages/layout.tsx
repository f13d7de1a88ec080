import { raw } from "hono/html";
import type { Child } from "hono/jsx";

// One page shell for the teacher pages: inline styles (no CDN, works offline),
// readable on a phone, and no script at all.
const STYLE = `
body{font:16px/1.45 system-ui,sans-serif;margin:0 auto;max-width:720px;padding:16px;color:#1b1b1b;background:#fff}
h1{font-size:1.5rem;margin:.2em 0} h2{font-size:1.15rem;margin:1.6em 0 .4em}
table{border-collapse:collapse;width:100%} th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #ddd;vertical-align:top}
.figures td:first-child{color:#555} .muted{color:#555} .flag{color:#a4260b}
svg.chart{max-width:100%;height:auto;display:block;margin:8px 0}
svg .bar{fill:#2f6db5} svg .bar.flagged{fill:#c4512f} svg .band{fill:#e3f0e3} svg .axis{stroke:#444;stroke-width:1}
svg text{font:12px system-ui,sans-serif;fill:#222} svg .label{fill:#444}
form{display:flex;gap:8px;flex-wrap:wrap} form.signout{float:right} input{font:inherit;padding:6px;min-width:16em} button{font:inherit;padding:6px 12px}
`;

/** Every page's document: doctype, language, phone viewport, never indexed; `head` adds styles and scripts. */
export function HtmlDocument(props: { title: string; head: Child; children: Child }) {
  // Without the doctype a browser lays the page out in quirks mode.
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{props.title}</title>
          {props.head}
        </head>
        <body>{props.children}</body>
      </html>
    </>
  );
}

export function Page(props: { title: string; children: Child }) {
  return (
    <HtmlDocument title={props.title} head={<style>{STYLE}</style>}>
      {props.children}
    </HtmlDocument>
  );
}

/** The sign-in form: the teacher key goes into an HttpOnly cookie for these pages. */
export function SignIn(props: { next: string; message: string }) {
  return (
    <Page title="Sign in">
      <h1>Teacher sign-in</h1>
      <p>{props.message}</p>
      <form method="post" action="/teach/session">
        <input type="hidden" name="next" value={props.next} />
        <label>
          Teacher key <input type="password" name="key" autocomplete="current-password" required />
        </label>
        <button type="submit">Sign in</button>
      </form>
    </Page>
  );
}

import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { ASSETS } from "./assets";

// The shell of every student page: the site's one stylesheet, and the attempt
// script only where answers are given. Both are served by this worker
// (/assets/...), so the pages work offline and make no third-party request.

export function StudentPage(props: { title: string; script?: boolean; children: Child }) {
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
          <link rel="icon" href={ASSETS.icon.path} type="image/svg+xml" />
          <link rel="stylesheet" href={ASSETS.css.path} />
          {props.script ? <script src={ASSETS.script.path} defer /> : null}
        </head>
        <body>
          <main id="main">{props.children}</main>
        </body>
      </html>
    </>
  );
}

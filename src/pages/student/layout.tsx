import type { Child } from "hono/jsx";
import { HtmlDocument } from "../layout";
import { ASSETS } from "./assets";

// The shell of every student page: the site's one stylesheet, and the attempt
// script only where answers are given. Both are served by this worker
// (/assets/...), so the pages work offline and make no third-party request.

export function StudentPage(props: { title: string; script?: boolean; children: Child }) {
  const head = (
    <>
      <link rel="icon" href={ASSETS.icon.path} type="image/svg+xml" />
      <link rel="stylesheet" href={ASSETS.css.path} />
      {props.script ? <script src={ASSETS.script.path} defer /> : null}
    </>
  );
  return (
    <HtmlDocument title={props.title} head={head}>
      <main id="main">{props.children}</main>
    </HtmlDocument>
  );
}

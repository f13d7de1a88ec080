import { fnv1a } from "../../score/item-id";
import { ATTEMPT_SCRIPT } from "./attempt-script";
import { STUDENT_CSS } from "./style";

// The student pages' two files. Their paths carry a hash of their content, so
// browsers may keep them for a year: a changed file gets a new path.

const asset = (name: string, ext: string, body: string, type: string) => ({
  path: `/assets/${name}.${fnv1a(body).toString(36)}.${ext}`,
  body,
  type,
});

// A page with no icon makes the browser ask for /favicon.ico and log the 404.
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1a4f8b"/><path d="M9 17l5 5 9-11" fill="none" stroke="#fff" stroke-width="4"/></svg>`;

export const ASSETS = {
  icon: asset("icon", "svg", ICON, "image/svg+xml"),
  css: asset("quiz", "css", STUDENT_CSS, "text/css; charset=utf-8"),
  script: asset("attempt", "js", ATTEMPT_SCRIPT, "text/javascript; charset=utf-8"),
};

// Questions written as HTML (GIFT's [html] and [moodle] formats, or a JSON
// client's `format: "html"`) are stored as plain text: the pages escape every
// text anyway, and a client that rendered the JSON as HTML would run whatever
// the file held. Tags become spaces, line breaks stay, entities are decoded.

import type { Question } from "../schemas/question";
import type { QuizContent } from "../schemas/quiz";

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…" };
const BREAKS = new Set(["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"]);

/** HTML to the text it shows, in one linear pass: tags out (a break where a block ends), entities decoded. */
export function htmlToText(html: string): string {
  let out = "";
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf("<", i);
    const end = open === -1 ? html.length : open;
    out += html.slice(i, end);
    if (open === -1) break;
    const close = html.indexOf(">", open + 1);
    if (close === -1) {
      out += html.slice(open); // a lone '<' is text
      break;
    }
    const name = /^\/?\s*([a-z0-9]+)/i.exec(html.slice(open + 1, Math.min(close, open + 12)))?.[1]?.toLowerCase() ?? "";
    out += BREAKS.has(name) ? "\n" : " ";
    i = close + 1;
  }
  return out
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
      if (code[0] !== "#") return ENTITIES[code.toLowerCase()] ?? whole;
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : "";
    })
    .replace(/[ \t]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// Fields that are not text a student reads: ids, kinds, the cited span (it must quote the article exactly), tags.
const NOT_TEXT = new Set(["id", "kind", "format", "source", "facts", "category", "title", "difficulty"]);

function plainFields(value: unknown, key?: string): unknown {
  if (key !== undefined && NOT_TEXT.has(key)) return value;
  if (typeof value === "string") return htmlToText(value);
  if (Array.isArray(value)) return value.map((v) => plainFields(v));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainFields(v, k)]));
  return value;
}

/** The question with every text it shows as plain text, when it was written as HTML; otherwise the same object. */
export function plainQuestion(question: Question): Question {
  if (question.format !== "html" && question.format !== "moodle") return question;
  const { format: _html, ...rest } = plainFields(question) as Question & { format?: string };
  return rest as Question;
}

export function plainContent(content: QuizContent): QuizContent {
  return content.questions.some((q) => q.format === "html" || q.format === "moodle") ? { ...content, questions: content.questions.map(plainQuestion) } : content;
}

import type { Child } from "hono/jsx";
import type { Article } from "../../schemas/quiz";

// The article as students read it: one paragraph per line of the text, and the
// sentences that feedback cites marked, each with an id a "show in the article"
// link can jump to (the page's CSS highlights the one jumped to).

export interface CitedSpan {
  start: number;
  end: number;
}

/** The element id of the mark holding a cited span. */
export const markId = (span: CitedSpan) => `src-${span.start}-${span.end}`;

/**
 * Spans that can be marked without overlapping, earliest first; a span that
 * overlaps an earlier one is represented by that one (its link jumps there).
 */
export function markableSpans(spans: CitedSpan[]): { marks: CitedSpan[]; markOf: (span: CitedSpan) => CitedSpan | undefined } {
  const marks: CitedSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = marks[marks.length - 1];
    if (!last || span.start >= last.end) marks.push(span);
  }
  const markOf = (span: CitedSpan) => marks.find((m) => span.start < m.end && span.end > m.start);
  return { marks, markOf };
}

function Paragraph(props: { text: string; offset: number; marks: CitedSpan[] }) {
  const { text, offset } = props;
  const end = offset + text.length;
  const parts: Child[] = [];
  let at = offset;
  for (const mark of props.marks) {
    if (mark.end <= offset || mark.start >= end) continue;
    const from = Math.max(mark.start, offset);
    const to = Math.min(mark.end, end);
    if (from > at) parts.push(text.slice(at - offset, from - offset));
    parts.push(<mark id={mark.start >= offset ? markId(mark) : undefined}>{text.slice(from - offset, to - offset)}</mark>);
    at = to;
  }
  if (at < end) parts.push(text.slice(at - offset));
  return <p>{parts}</p>;
}

export function ArticleView(props: { article: Article; cited?: CitedSpan[] }) {
  const { article } = props;
  const marks = markableSpans(props.cited ?? []).marks;
  const paragraphs: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const line of article.text.split("\n")) {
    if (line.trim()) paragraphs.push({ text: line, offset });
    offset += line.length + 1;
  }
  const byline = [article.source, article.date].filter(Boolean).join(", ");
  return (
    <article class="article" aria-labelledby="article-title">
      <h2 id="article-title">{article.title ?? "The article"}</h2>
      {byline ? <p class="muted">{byline}</p> : null}
      {paragraphs.map((p) => (
        <Paragraph text={p.text} offset={p.offset} marks={marks} />
      ))}
    </article>
  );
}

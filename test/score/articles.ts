/// <reference types="vite/client" />
// Article texts by slug, for the labelled scoring sets: the evaluation and
// held-out articles, and the bundled quiz's article.

const files = import.meta.glob(["../fixtures/articles/*/article.txt", "../fixtures/articles-heldout/*/article.txt", "../fixtures/articles-final/*/article.txt", "../fixtures/articles-blind-3/score-*/article.txt", "../fixtures/articles-blind-4/score-*/article.txt", "../fixtures/articles-blind-5/score-*/article.txt", "../fixtures/articles-blind-6/score-*/article.txt", "../fixtures/articles-blind-7/score-*/article.txt", "../fixtures/articles-blind-8/score-*/article.txt", "../fixtures/articles-blind-9/score-*/article.txt", "../fixtures/articles-blind-10/score-*/article.txt", "../../questions/*/article.txt"], {
  eager: true,
  query: "?raw",
  import: "default",
}) as Record<string, string>;

export const articleTexts: Record<string, string> = Object.fromEntries(Object.entries(files).map(([path, text]) => [path.split("/").at(-2)!, text]));

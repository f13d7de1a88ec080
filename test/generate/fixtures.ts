/// <reference types="vite/client" />
import type { Annotation } from "./evaluate";

// The evaluation articles (test/fixtures/articles), written and annotated by
// someone who had not seen the extractor's rules, loaded at build time.

const texts = import.meta.glob("../fixtures/articles/*/article.txt", { eager: true, query: "?raw", import: "default" }) as Record<string, string>;
const notes = import.meta.glob("../fixtures/articles/*/annotations.json", { eager: true, import: "default" }) as Record<string, Annotation>;

export interface EvalArticle {
  slug: string;
  text: string;
  annotation: Annotation;
}

const slugOf = (path: string) => path.split("/").at(-2)!;

export const evalArticles: EvalArticle[] = Object.entries(texts).map(([path, text]) => ({
  slug: slugOf(path),
  text,
  annotation: notes[path.replace("article.txt", "annotations.json")]!,
}));

import type { OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";
import { html, raw } from "hono/html";
import type { AppEnv } from "../env";

const INFO = {
  openapi: "3.1.0",
  info: {
    title: "Reading-comprehension quiz API",
    version: "1.0.0",
    description: "Turns news articles into comprehension quizzes, runs students' attempts, scores them, and lets teachers manage question sets. Every error has the shape {error: {code, message, details?}}.",
  },
} as const;

type Doc = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

function renderDocs(doc: Doc) {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    (["get", "post", "put", "delete"] as const)
      .filter((m) => item?.[m])
      .map((method) => ({ path, method, op: item![method]! })),
  );
  const schemaOf = (op: (typeof operations)[number]["op"]) => {
    const body = op.requestBody && "content" in op.requestBody ? op.requestBody.content["application/json"]?.schema : undefined;
    return body ? JSON.stringify(body, null, 2) : null;
  };
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font:13px ui-monospace,monospace}pre{background:#f5f5f5;padding:.75rem;overflow:auto;max-height:24rem}
.op{border-top:1px solid #ddd;padding:.5rem 0}.m{display:inline-block;min-width:4rem;font-weight:700;text-transform:uppercase}
.auth{color:#555;font-size:13px}</style></head>
<body><h1>${doc.info.title}</h1><p>${doc.info.description ?? ""}</p>
<p>The machine-readable document is at <a href="/openapi.json">/openapi.json</a>. Component schemas are listed at the end.</p>
${operations.map(
  ({ path, method, op }) => html`<section class="op"><h2><span class="m">${method}</span> <code>${path}</code></h2>
<p>${op.summary ?? ""}</p>${op.security ? html`<p class="auth">Needs: ${op.security.map((s) => Object.keys(s).join(", ")).join(" or ")}</p>` : ""}
${(() => {
  const schema = schemaOf(op);
  return schema ? html`<details><summary>Request body</summary><pre>${schema}</pre></details>` : "";
})()}
<p class="auth">Replies: ${Object.keys(op.responses ?? {}).join(", ")}</p></section>`,
)}
<h2>Schemas</h2>
${Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => html`<details><summary><code>${name}</code></summary><pre>${JSON.stringify(schema, null, 2)}</pre></details>`)}
${raw("")}</body></html>`;
}

/** The OpenAPI document, generated from the routes' zod schemas, and a page that needs no CDN. */
export function docsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent("securitySchemes", "teacherKey", { type: "http", scheme: "bearer", description: "a teacher's key" });
  app.openAPIRegistry.registerComponent("securitySchemes", "adminToken", { type: "http", scheme: "bearer", description: "the ADMIN_TOKEN secret" });
  app.openAPIRegistry.registerComponent("securitySchemes", "attemptToken", { type: "http", scheme: "bearer", description: "the token from starting the attempt" });
  let doc: Doc | null = null;
  const document = () => (doc ??= app.getOpenAPI31Document(INFO));
  return new Hono<AppEnv>().get("/openapi.json", (c) => c.json(document())).get("/docs", (c) => c.html(renderDocs(document())));
}

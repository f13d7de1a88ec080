// Loads the project's TypeScript into a Node script: esbuild bundles the given
// exports in memory and the result is imported as a module. The scripts use
// the very code the Worker runs, without a build step or a second copy.

import { build } from "esbuild";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

/** `source` is a module body of re-exports, e.g. 'export { x } from "./src/x.ts";', resolved from the project root. */
export async function importTypeScript(source) {
  const bundle = await build({ stdin: { contents: source, resolveDir: root, loader: "ts" }, bundle: true, platform: "neutral", format: "esm", write: false, logLevel: "error" });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString("base64")}`);
}

import { defineConfig } from "vitest/config";
import { workersProject } from "./vitest.workers.ts";

// Two projects, one `vitest run`:
// - workers: every test inside workerd against real local D1 (vitest.workers.ts);
// - browser: from Node, the real worker under `wrangler dev` and Debian's
//   chromium driven by playwright-core, for pages a person looks at.
export default defineConfig({
  test: {
    projects: [
      workersProject("workers", ["test/**/*.test.ts"]),
      { test: { name: "browser", include: ["test/browser/**/*.test.ts"], environment: "node", testTimeout: 120_000, hookTimeout: 180_000 } },
    ],
  },
});

import { defineConfig } from "vitest/config";
import { workersProject } from "./vitest.workers.ts";

// Benchmarks run inside workerd like the tests, but only with `npm run bench`:
// they print numbers and assert nothing about speed. (`vitest bench` itself
// does not run in the Workers pool yet, so each benchmark is a plain test
// that times its own loop.)
export default defineConfig({ test: { projects: [workersProject("bench", ["bench/**/*.bench.test.ts"])] } });

import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Benchmarks run inside workerd like the tests, but only with `npm run bench`:
// they print numbers and assert nothing about speed. (`vitest bench` itself
// does not run in the Workers pool yet, so each benchmark is a plain test
// that times its own loop.)
export default defineConfig({ ...base, test: { ...base.test, include: ["bench/**/*.bench.test.ts"] } });

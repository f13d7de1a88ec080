import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

// Tests run inside workerd (the Workers runtime) against the real local D1
// binding from wrangler.toml, with the real migrations applied by test/setup.ts.
export const workersProject = (name: string, include: string[]) =>
  defineProject({
    plugins: [
      cloudflareTest(async () => ({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            ADMIN_TOKEN: "test-admin-token",
            TEST_MIGRATIONS: await readD1Migrations(fileURLToPath(new URL("./migrations", import.meta.url))),
          },
        },
      })),
    ],
    test: { name, include, exclude: ["test/browser/**"], setupFiles: ["./test/setup.ts"] },
  });

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Shared preset: console.error fails a test (see setup.ts), integration tests get more time
// because they migrate and clone real databases.
export const preset = defineConfig({
  test: {
    setupFiles: [fileURLToPath(new URL("./setup.ts", import.meta.url))],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/*.e2e.ts"],
    pool: "forks",
  },
});

export default preset;

// Plain JavaScript so every package's vitest.config.ts can load it with Vitest's default config
// loader on Node 20 (which cannot import .ts files from node_modules).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// console.error fails a test (see setup.js); integration tests get more time because they migrate
// and clone real databases on a 2-core machine that runs several packages' suites at once.
export const preset = defineConfig({
  test: {
    setupFiles: [fileURLToPath(new URL("./setup.js", import.meta.url))],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "app/**/*.test.ts", "app/**/*.test.tsx", "server/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/*.e2e.ts"],
    pool: "forks",
  },
});

export default preset;

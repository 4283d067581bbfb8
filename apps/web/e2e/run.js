// Runs the end-to-end suite, or says clearly why it cannot. CI sets REQUIRE_E2E=1, which turns a
// missing browser into a failure instead of a skip.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const required = process.env.REQUIRE_E2E === "1" || process.env.CI === "true";

if (!existsSync(chromium)) {
  const why = `end-to-end tests need Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (required) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
  }
  console.log(`SKIPPED end-to-end tests: ${why}`);
  process.exit(0);
}

const result = spawnSync("pnpm", ["exec", "playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);

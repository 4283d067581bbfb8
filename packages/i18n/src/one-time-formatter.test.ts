import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Times of day are written by format.ts alone (it swaps ICU's Latin AM/PM for Urdu day periods);
// a component that formats a time itself would bring "PM" back to Urdu pages.

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const roots = ["apps/web/app", "apps/web/server", ...readdirSync(join(repo, "packages")).map((name) => `packages/${name}/src`)];

function sources(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const OWN_TIME_FORMATTING = /\.toLocale(?:Time)?String\(|\.toLocaleDateString\(|new Intl\.DateTimeFormat\([^)]*(?:hour|timeStyle)/;

describe("one formatter for times", () => {
  it("no code outside @hunar/i18n/format formats a time of day itself", () => {
    const files = roots.flatMap((root) => sources(join(repo, root)));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files
      .filter((file) => !file.endsWith(join("packages", "i18n", "src", "format.ts")))
      .filter((file) => OWN_TIME_FORMATTING.test(readFileSync(file, "utf8")))
      .map((file) => file.slice(repo.length));
    expect(offenders).toEqual([]);
  });
});

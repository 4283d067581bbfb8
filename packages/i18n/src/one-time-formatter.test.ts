import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Times of day and file sizes are written by format.ts alone: it swaps ICU's Latin AM/PM for Urdu
// day periods and isolates a size so it cannot read "MB 10". A component that formats either
// itself would bring those back to Urdu pages.

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
const OWN_SIZE_FORMATTING = /unit:\s*"(?:kilo|mega|giga)?byte"|\{\{\s*\w+\s*\}\}\s*(?:KB|MB|GB)\b/;

const files = roots.flatMap((root) => sources(join(repo, root)));
const offenders = (pattern: RegExp) =>
  files
    .filter((file) => !file.endsWith(join("packages", "i18n", "src", "format.ts")))
    .filter((file) => pattern.test(readFileSync(file, "utf8")))
    .map((file) => file.slice(repo.length));

describe("one formatter for times and sizes", () => {
  it("scans the app and every package (guards the scan itself)", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("no code outside @hunar/i18n/format formats a time of day itself", () => {
    expect(offenders(OWN_TIME_FORMATTING)).toEqual([]);
  });

  it("no code outside @hunar/i18n/format formats a file size itself", () => {
    expect(offenders(OWN_SIZE_FORMATTING)).toEqual([]);
  });
});

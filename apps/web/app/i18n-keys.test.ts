import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { NAMESPACES, resources, type MessageTree, type Namespace } from "@hunar/i18n/resources";
import { describe, expect, it } from "vitest";

// The locale files are checked for parity in @hunar/i18n; this checks the other half: every
// literal key the app passes to t() exists, so a typo or a forgotten string fails here instead
// of showing a raw key to a reader.

const appDir = fileURLToPath(new URL(".", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function has(tree: MessageTree, path: string): boolean {
  let node: string | MessageTree | undefined = tree;
  for (const part of path.split(".")) {
    if (typeof node !== "object") return false;
    node = node[part];
  }
  return typeof node === "string";
}

function exists(ns: Namespace, key: string): boolean {
  const tree = resources.en[ns];
  return has(tree, key) || (has(tree, `${key}_one`) && has(tree, `${key}_other`));
}

function keysUsed(source: string): { key: string; namespaces: Namespace[] }[] {
  const declared = [...source.matchAll(/useTranslation\(\s*"(\w+)"/g)].map((m) => m[1] as Namespace);
  const plain = /useTranslation\(\s*\)/.test(source) ? (["common"] as Namespace[]) : [];
  const defaults = declared.length + plain.length > 0 ? [...declared, ...plain] : (["common"] as Namespace[]);
  return [...source.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => {
    const raw = m[1] ?? "";
    const [maybeNs, rest] = raw.split(":");
    if (rest !== undefined && (NAMESPACES as readonly string[]).includes(maybeNs ?? "")) {
      return { key: rest, namespaces: [maybeNs as Namespace] };
    }
    return { key: raw, namespaces: defaults };
  });
}

describe("translation keys used by the app", () => {
  const files = sourceFiles(appDir);

  it("finds the app's t() calls (guards the scan itself)", () => {
    const total = files.reduce((sum, file) => sum + keysUsed(readFileSync(file, "utf8")).length, 0);
    expect(total).toBeGreaterThan(50);
  });

  it("all exist in the locale files", () => {
    const missing = files.flatMap((file) =>
      keysUsed(readFileSync(file, "utf8"))
        .filter(({ key, namespaces }) => !namespaces.some((ns) => exists(ns, key)))
        .map(({ key, namespaces }) => `${relative(appDir, file)}: ${namespaces.join("|")}:${key}`),
    );
    expect(missing).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The production server bundle inlines the workspace packages (@hunar/*, TypeScript sources) but
// imports their npm dependencies at run time, from this app's node_modules. pnpm only links a
// package's own dependencies there, so each dependency of a bundled workspace package must also
// be a dependency of this app, or Vite inlines it (breaking native and WASM packages) and Node
// cannot find it. This test names the missing ones.

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const root = new URL("../../../", import.meta.url);
const read = (path: string): Manifest => JSON.parse(readFileSync(fileURLToPath(new URL(path, root)), "utf8")) as Manifest;

function workspaceDependencies(name: string, seen = new Set<string>()): Map<string, string> {
  const found = new Map<string, string>();
  if (seen.has(name)) return found;
  seen.add(name);
  const manifest = read(`packages/${name.replace("@hunar/", "")}/package.json`);
  for (const [dependency, spec] of Object.entries(manifest.dependencies ?? {})) {
    if (dependency.startsWith("@hunar/")) {
      for (const [nested, nestedSpec] of workspaceDependencies(dependency, seen)) found.set(nested, nestedSpec);
    } else {
      found.set(dependency, `${spec} (${name})`);
    }
  }
  return found;
}

describe("server bundle dependencies", () => {
  it("lists every npm dependency of the bundled workspace packages in the web app", () => {
    const web = read("apps/web/package.json");
    const own = { ...web.devDependencies, ...web.dependencies };
    const needed = new Map<string, string>();
    for (const name of Object.keys(web.dependencies ?? {}).filter((d) => d.startsWith("@hunar/"))) {
      for (const [dependency, spec] of workspaceDependencies(name)) needed.set(dependency, spec);
    }
    expect(needed.size).toBeGreaterThan(0);
    const missing = [...needed].filter(([dependency]) => !(dependency in own)).map(([d, spec]) => `${d}@${spec}`);
    expect(missing).toEqual([]);
  });
});

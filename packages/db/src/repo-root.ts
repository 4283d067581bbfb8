import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findUp(from: string, marker: string): string | null {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, marker))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The monorepo root (the folder holding pnpm-workspace.yaml). pnpm runs each package's scripts
 * with that package as cwd, so "the current directory" differs between `pnpm start` (apps/web),
 * `pnpm db:migrate` (packages/db) and tests; anchoring relative paths at the root makes them
 * all agree on one `.data` folder.
 */
export function repoRoot(cwd: string = process.cwd()): string {
  return findUp(cwd, "pnpm-workspace.yaml") ?? findUp(dirname(fileURLToPath(import.meta.url)), "pnpm-workspace.yaml") ?? cwd;
}

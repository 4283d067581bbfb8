import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { migratePGlite } from "../migrate/migrate.ts";
import { migrationsHash, readMigrationList } from "../migrate/migration-files.ts";
import { dbPackageDir, defaultMigrationsDir } from "../migrate/paths.ts";
import { openPGlite } from "../pglite.ts";

/*
 * A migrated, empty PGlite cluster as a tarball; every test database starts from a copy
 * (loadDataDir), which is far cheaper than migrating. Vitest runs test files in separate
 * processes, so the tarball is also cached on disk, keyed by the migrations and PGlite's version.
 */
const cacheDir = join(dbPackageDir, "node_modules", ".cache", "hunar-test-db");

async function pgliteVersion(): Promise<string> {
  const pkg = await readFile(join(dbPackageDir, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8");
  return (JSON.parse(pkg) as { version: string }).version;
}

async function buildSnapshot(): Promise<Blob> {
  const { pglite, close } = await openPGlite({ dataDir: null });
  try {
    await migratePGlite(pglite);
    return await pglite.dumpDataDir("none");
  } finally {
    await close();
  }
}

async function loadOrBuild(): Promise<Blob> {
  const list = await readMigrationList(defaultMigrationsDir);
  const key = createHash("sha256")
    .update(migrationsHash(list))
    .update(await pgliteVersion())
    .digest("hex")
    .slice(0, 16);
  const file = join(cacheDir, `pglite-${key}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const snapshot = await buildSnapshot();
    await mkdir(cacheDir, { recursive: true });
    // Write then rename: parallel processes may build the same snapshot; none reads a half file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await snapshot.arrayBuffer()));
    await rename(partial, file);
    await removeOtherSnapshots(file);
    return snapshot;
  }
}

/** Snapshots of older migrations are 40 MB each and never read again. */
async function removeOtherSnapshots(keep: string): Promise<void> {
  const files = await readdir(cacheDir);
  const stale = files.filter((f) => f.startsWith("pglite-") && f.endsWith(".tar") && join(cacheDir, f) !== keep);
  await Promise.all(stale.map((f) => rm(join(cacheDir, f), { force: true })));
}

let snapshot: Promise<Blob> | undefined;

export function migratedPGliteSnapshot(): Promise<Blob> {
  snapshot ??= loadOrBuild().catch((error: unknown) => {
    snapshot = undefined;
    throw error;
  });
  return snapshot;
}

import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MigrationError } from "./migration-error.ts";
import { LOCKFILE, LOCKFILE_CONTENT, readMigrationList } from "./migration-files.ts";
import { resolvePaths, type MigrationPaths } from "./paths.ts";
import { diffMigrationsToSchema } from "./schema-diff.ts";

export type CreatedMigration = {
  /** Folder name, e.g. "0002_add_gig_search"; null when the schema needed no change. */
  name: string | null;
  /** Absolute path of the migration.sql written, or null. */
  file: string | null;
  sql: string;
};

export type CreateMigrationOptions = MigrationPaths & {
  /**
   * Replace every existing migration with one written from an empty database. Only for a
   * schema that has never been deployed anywhere: deployed databases would not match it.
   */
  squash?: boolean;
};

function slug(name: string): string {
  const s = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!s) throw new MigrationError(`"${name}" is not a usable migration name; use words like add_gig_search.`);
  return s;
}

/*
 * Folders are numbered 0001, 0002, ... rather than timestamped: regenerating a migration gives
 * byte-for-byte the same folder, and two branches adding a migration collide visibly on the
 * number (they must be re-generated in order anyway, since each diff assumes the ones before).
 */
function nextNumber(existing: string[]): string {
  const numbers = existing
    .map((n) => /^(\d+)_/.exec(n)?.[1])
    .filter((n) => n !== undefined)
    .map(Number);
  const next = numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
  return String(next).padStart(4, "0");
}

/** Writes prisma/migrations/NNNN_<name>/migration.sql with what the schema adds to the migrations. */
export async function createMigration(name: string, options: CreateMigrationOptions = {}): Promise<CreatedMigration> {
  const paths = resolvePaths(options);
  const label = slug(name);
  const sql = await diffMigrationsToSchema(paths, { fromEmpty: options.squash === true });
  if (sql === "") return { name: null, file: null, sql };

  await mkdir(paths.migrationsDir, { recursive: true });
  let existing = (await readMigrationList(paths.migrationsDir)).migrationDirectories.map((d) => d.path);
  if (options.squash) {
    await Promise.all(existing.map((dir) => rm(join(paths.migrationsDir, dir), { recursive: true })));
    existing = [];
  }
  const folder = `${nextNumber(existing)}_${label}`;
  const file = join(paths.migrationsDir, folder, "migration.sql");
  await mkdir(join(paths.migrationsDir, folder));
  await writeFile(file, sql);
  const entries = await readdir(paths.migrationsDir);
  if (!entries.includes(LOCKFILE)) await writeFile(join(paths.migrationsDir, LOCKFILE), LOCKFILE_CONTENT);
  return { name: folder, file, sql };
}

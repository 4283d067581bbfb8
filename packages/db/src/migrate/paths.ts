import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "../repo-root.ts";

/**
 * packages/db, located from this file; if this code was bundled elsewhere (an SSR build), from
 * the repository root instead, so the schema and migrations are still found.
 */
function packageDir(): string {
  const beside = fileURLToPath(new URL("../../", import.meta.url));
  if (existsSync(join(beside, "prisma", "schema.prisma"))) return beside;
  return join(repoRoot(), "packages", "db");
}

export const dbPackageDir = packageDir();
export const defaultSchemaPath = join(dbPackageDir, "prisma", "schema.prisma");
export const defaultMigrationsDir = join(dbPackageDir, "prisma", "migrations");

export type MigrationPaths = {
  /** prisma/schema.prisma, or a folder of .prisma files. */
  schemaPath?: string;
  /** prisma/migrations: one folder per migration, each with migration.sql. */
  migrationsDir?: string;
};

export function resolvePaths(paths: MigrationPaths = {}): Required<MigrationPaths> {
  return {
    schemaPath: paths.schemaPath ?? defaultSchemaPath,
    migrationsDir: paths.migrationsDir ?? defaultMigrationsDir,
  };
}

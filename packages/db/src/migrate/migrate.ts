import type { PGlite } from "@electric-sql/pglite";
import type { DbTarget } from "../client.ts";
import { migrateConnection, type MigrateResult } from "./apply-migrations.ts";
import { openConnection, pgliteConnection } from "./connection.ts";
import type { MigrationPaths } from "./paths.ts";

export { MigrationError } from "./migration-error.ts";
export { createMigration, type CreatedMigration, type CreateMigrationOptions } from "./create-migration.ts";
export { checkDrift } from "./drift.ts";
export type { MigrateResult } from "./apply-migrations.ts";
export type { MigrationPaths } from "./paths.ts";

/**
 * Applies prisma/migrations/* not yet recorded in _prisma_migrations, as `prisma migrate deploy`
 * does, through Prisma's schema engine. Unlike deploy, each migration runs in its own transaction
 * together with its _prisma_migrations row: a failing migration leaves no trace and can simply be
 * fixed and re-run.
 */
export async function migrate(target: DbTarget, paths?: MigrationPaths): Promise<MigrateResult> {
  const connection = await openConnection(target);
  try {
    return await migrateConnection(connection, paths);
  } finally {
    await connection.close();
  }
}

/** Migrates an open PGlite (an in-memory database that only exists in this process). */
export function migratePGlite(pglite: PGlite, paths?: MigrationPaths): Promise<MigrateResult> {
  return migrateConnection(pgliteConnection(pglite), paths);
}

import { join } from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationConnection } from "./connection.ts";
import { displayPath, migrationSql, readMigrationList, readSchemaFiles } from "./migration-files.ts";
import { MigrationError, engineMessage, migrationFailed } from "./migration-error.ts";
import { resolvePaths, type MigrationPaths } from "./paths.ts";
import { openSchemaEngine, type SchemaEngine } from "./schema-engine.ts";

export type MigrateResult = { applied: string[] };

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function migrateConnection(connection: MigrationConnection, paths?: MigrationPaths): Promise<MigrateResult> {
  const { schemaPath, migrationsDir } = resolvePaths(paths);
  const list = await readMigrationList(migrationsDir);
  const engine = await openSchemaEngine(connection.factory, await readSchemaFiles(schemaPath));
  try {
    const pending = await pendingMigrations(engine, list);
    const applied: string[] = [];
    for (const name of pending) {
      // Another process may have applied it meanwhile (the engine waits on its advisory lock),
      // so report what the engine did rather than what we asked for.
      applied.push(...(await applyOne(connection, engine, onlyThrough(list, pending, name), name, applied)));
    }
    return { applied };
  } finally {
    engine.free();
  }
}

async function pendingMigrations(engine: SchemaEngine, list: MigrationList): Promise<string[]> {
  const diagnosis = await engine
    .diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTERS })
    .catch((error: unknown) => {
      throw new MigrationError(`Could not read the migration history: ${engineMessage(error)}`);
    });
  if (diagnosis.failedMigrationNames.length > 0) {
    throw new MigrationError(
      `_prisma_migrations records failed migrations (${diagnosis.failedMigrationNames.join(", ")}), ` +
        "left by a tool that does not roll back. Restore the database or resolve them before migrating.",
    );
  }
  const history = diagnosis.history;
  if (history === null || history.diagnostic === "migrationsDirectoryIsBehind") return [];
  return history.unappliedMigrationNames;
}

/** The list the engine sees while applying `name`: everything except later pending migrations. */
function onlyThrough(list: MigrationList, pending: string[], name: string): MigrationList {
  const later = new Set(pending.slice(pending.indexOf(name) + 1));
  return { ...list, migrationDirectories: list.migrationDirectories.filter((d) => !later.has(d.path)) };
}

async function applyOne(
  connection: MigrationConnection,
  engine: SchemaEngine,
  list: MigrationList,
  name: string,
  applied: string[],
): Promise<string[]> {
  await connection.exec("BEGIN");
  try {
    const result = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS });
    await connection.exec("COMMIT");
    return result.appliedMigrationNames;
  } catch (engineError) {
    await connection.exec("ROLLBACK").catch(() => {
      // The session is gone; PostgreSQL discards its open transaction anyway.
    });
    throw migrationFailed({
      migration: name,
      file: displayPath(join(list.baseDir, name, "migration.sql")),
      sql: migrationSql(list, name),
      scriptError: connection.takeScriptError(),
      engineError,
      applied,
    });
  }
}

import { dirname } from "node:path";
import { openPGlite } from "../pglite.ts";
import { pgliteConnection } from "./connection.ts";
import { migrateConnection, NO_FILTERS } from "./apply-migrations.ts";
import { readSchemaFiles } from "./migration-files.ts";
import { resolvePaths, type MigrationPaths } from "./paths.ts";
import { openSchemaEngine } from "./schema-engine.ts";

/** True when a script has no statements, only comments (the engine's "empty migration"). */
function isEmptyScript(sql: string): boolean {
  return sql
    .split("\n")
    .map((l) => l.trim())
    .every((l) => l === "" || l.startsWith("--"));
}

/**
 * The SQL that takes a database built from the migrations to the schema, or "" when they agree.
 * The migrations are applied to a scratch in-memory PGlite which the engine then introspects;
 * this replaces the shadow database the native engine would create.
 */
export async function diffMigrationsToSchema(paths: MigrationPaths, options: { fromEmpty?: boolean } = {}): Promise<string> {
  const { schemaPath, migrationsDir } = resolvePaths(paths);
  const { pglite, close } = await openPGlite({ dataDir: null });
  try {
    const connection = pgliteConnection(pglite);
    if (!options.fromEmpty) await migrateConnection(connection, { schemaPath, migrationsDir });
    const files = await readSchemaFiles(schemaPath);
    const engine = await openSchemaEngine(connection.factory, files);
    try {
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: dirname(schemaPath) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      const sql = result.stdout ?? "";
      return isEmptyScript(sql) ? "" : sql;
    } finally {
      engine.free();
    }
  } finally {
    await close();
  }
}

import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultMigrationsDir, defaultSchemaPath } from "../src/migrate/paths.ts";

/** A scratch copy of prisma/ (schema and migrations) that a test may add to. */
export async function copyOfPrismaFolder(): Promise<{
  schemaPath: string;
  migrationsDir: string;
  addMigration: (name: string, sql: string) => Promise<void>;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), "hunar-migrations-"));
  const schemaPath = join(dir, "schema.prisma");
  const migrationsDir = join(dir, "migrations");
  await cp(defaultSchemaPath, schemaPath);
  await cp(defaultMigrationsDir, migrationsDir, { recursive: true });
  return {
    schemaPath,
    migrationsDir,
    addMigration: async (name, sql) => {
      await mkdir(join(migrationsDir, name), { recursive: true });
      await writeFile(join(migrationsDir, name, "migration.sql"), sql);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

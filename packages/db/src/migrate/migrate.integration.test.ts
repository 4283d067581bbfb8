import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { emptyDatabase, type EmptyDatabase } from "../../test/empty-database.ts";
import { copyOfPrismaFolder } from "../../test/migrations-copy.ts";
import { testDbKinds } from "../testing/test-db.ts";
import { MigrationError } from "./migrate.ts";
import { defaultMigrationsDir } from "./paths.ts";

const committedMigrations = readdirSync(defaultMigrationsDir)
  .filter((name) => statSync(join(defaultMigrationsDir, name)).isDirectory())
  .sort();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function freshDatabase(kind: "pglite" | "postgres"): Promise<EmptyDatabase> {
  const database = await emptyDatabase(kind);
  cleanups.push(database.drop);
  return database;
}

async function scratchMigrations() {
  const copy = await copyOfPrismaFolder();
  cleanups.push(copy.remove);
  return copy;
}

const tablesOf = async (database: EmptyDatabase) =>
  (await database.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).map(
    (r) => r.tablename,
  );

const recordedMigrations = async (database: EmptyDatabase) =>
  (
    await database.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
    )
  ).map((r) => r.migration_name);

describe.each(testDbKinds())("migrate on %s", (kind) => {
  it("creates the schema in an empty database and records every migration", async () => {
    const database = await freshDatabase(kind);

    const { applied } = await database.migrate();

    expect(applied).toEqual(committedMigrations);
    expect(await tablesOf(database)).toEqual(expect.arrayContaining(["User", "Session", "Category", "_prisma_migrations"]));
    expect(await recordedMigrations(database)).toEqual(committedMigrations);
  });

  it("applies nothing to an up-to-date database", async () => {
    const database = await freshDatabase(kind);
    await database.migrate();

    const again = await database.migrate();

    expect(again.applied).toEqual([]);
    const rows = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM _prisma_migrations");
    expect(rows[0]?.n).toBe(committedMigrations.length);
  });

  it("rolls a failing migration back completely, names it and says why", async () => {
    const database = await freshDatabase(kind);
    const folder = await scratchMigrations();
    await database.migrate(folder);
    await folder.addMigration("8000_add_notes", 'CREATE TABLE "Note" (id int);\n');
    await folder.addMigration(
      "8001_broken",
      [
        'CREATE TABLE "Leftover" (id int);',
        'INSERT INTO "Leftover" VALUES (1);',
        'ALTER TABLE "User" ADD COLUMN "leftover" int;',
        "SELECT * FROM no_such_table;",
      ].join("\n"),
    );
    const tablesBefore = [...(await tablesOf(database)), "Note"].sort();

    const failure = await database.migrate(folder).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationError);
    const error = failure as MigrationError;
    expect(error.migration).toBe("8001_broken");
    expect(error.applied).toEqual(["8000_add_notes"]);
    expect(error.message).toContain("8001_broken");
    expect(error.message).toContain('relation "no_such_table" does not exist');
    expect(error.message).toContain("line 4");
    // The migration before it stays; nothing of the broken one does, not even its history row.
    expect([...(await tablesOf(database))].sort()).toEqual(tablesBefore);
    const leftoverColumn = await database.query(
      "SELECT 1 FROM information_schema.columns WHERE table_name = 'User' AND column_name = 'leftover'",
    );
    expect(leftoverColumn).toEqual([]);
    expect(await recordedMigrations(database)).toEqual([...committedMigrations, "8000_add_notes"]);
    const brokenRows = await database.query("SELECT 1 FROM _prisma_migrations WHERE migration_name = '8001_broken'");
    expect(brokenRows).toEqual([]);

    // Fixed, it simply applies: no failed state to resolve first.
    await folder.addMigration("8001_broken", 'CREATE TABLE "Leftover" (id int);\n');
    expect((await database.migrate(folder)).applied).toEqual(["8001_broken"]);
  });

  it("runs each script whole, so function bodies and strings may contain semicolons", async () => {
    const database = await freshDatabase(kind);
    const folder = await scratchMigrations();
    await folder.addMigration(
      "8000_function",
      [
        "CREATE FUNCTION hunar_greeting() RETURNS text LANGUAGE plpgsql AS $$",
        "BEGIN",
        "  PERFORM 1;",
        "  RETURN 'salaam; welcome';",
        "END;",
        "$$;",
      ].join("\n"),
    );

    await database.migrate(folder);

    expect(await database.query("SELECT hunar_greeting() AS greeting")).toEqual([{ greeting: "salaam; welcome" }]);
  });
});

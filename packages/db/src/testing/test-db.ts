import { createDb, disposeDb, wrapPGlite, type Db, type DbTarget } from "../client.ts";
import { env, type DbEnv } from "../env.ts";
import { openPGlite } from "../pglite.ts";
import { migratedPGliteSnapshot } from "./pglite-snapshot.ts";
import { createPostgresTestDatabase } from "./postgres-template.ts";

export type TestDbKind = "pglite" | "postgres";

export type TestDb = {
  kind: TestDbKind;
  db: Db;
  /** How to reach it; a PGlite test database lives only inside this process. */
  target: DbTarget;
  /** Disconnects and deletes the database. */
  close(): Promise<void>;
};

let announcedSkip = false;

/**
 * The databases integration tests run on: always PGlite; PostgreSQL too when TEST_DATABASE_URL
 * is set. Use as `describe.each(testDbKinds())("... on %s", (kind) => ...)`.
 */
export function testDbKinds(source: DbEnv = env): TestDbKind[] {
  if (source.TEST_DATABASE_URL) return ["pglite", "postgres"];
  if (source.CI) {
    throw new Error(
      "CI=true but TEST_DATABASE_URL is not set: the PostgreSQL integration tests would silently not run. " +
        "Set TEST_DATABASE_URL to a PostgreSQL server URL (.ci/run does this).",
    );
  }
  if (!announcedSkip) {
    announcedSkip = true;
    console.warn(
      "PostgreSQL integration tests skipped: TEST_DATABASE_URL is not set, so these tests run on " +
        "embedded PGlite only. Set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to run them on PostgreSQL too.",
    );
  }
  return ["pglite"];
}

/**
 * A fresh, migrated, empty database of its own: PGlite restores a migrated snapshot in memory;
 * PostgreSQL clones a migrated template database (CREATE DATABASE ... TEMPLATE).
 */
export async function createTestDb(kind: TestDbKind, source: DbEnv = env): Promise<TestDb> {
  if (kind === "pglite") {
    const { pglite, close } = await openPGlite({ dataDir: null, loadDataDir: await migratedPGliteSnapshot() });
    const db = wrapPGlite(pglite, close);
    return { kind, db, target: { kind: "pglite", dataDir: null }, close: () => disposeDb(db) };
  }
  const serverUrl = source.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('createTestDb("postgres") needs TEST_DATABASE_URL.');
  const database = await createPostgresTestDatabase(serverUrl);
  const target: DbTarget = { kind: "postgres", url: database.url };
  const db = await createDb(target);
  return {
    kind,
    db,
    target,
    close: async () => {
      await disposeDb(db);
      await database.drop();
    },
  };
}

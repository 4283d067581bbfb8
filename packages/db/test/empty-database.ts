import { randomBytes } from "node:crypto";
import pg from "pg";
import { env } from "../src/env.ts";
import { migrate, migratePGlite, type MigrateResult, type MigrationPaths } from "../src/migrate/migrate.ts";
import { openPGlite } from "../src/pglite.ts";
import { databaseUrl } from "../src/testing/postgres-template.ts";
import type { TestDbKind } from "../src/testing/test-db.ts";

/** A database with nothing in it, not even migrations, to migrate and look inside. */
export type EmptyDatabase = {
  migrate: (paths?: MigrationPaths) => Promise<MigrateResult>;
  query: <T>(sql: string) => Promise<T[]>;
  drop: () => Promise<void>;
};

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function emptyDatabase(kind: TestDbKind): Promise<EmptyDatabase> {
  if (kind === "pglite") {
    const { pglite, close } = await openPGlite({ dataDir: null });
    return {
      migrate: (paths) => migratePGlite(pglite, paths),
      query: async <T>(sql: string) => (await pglite.query<T>(sql)).rows,
      drop: close,
    };
  }
  const server = env.TEST_DATABASE_URL;
  if (!server) throw new Error("PostgreSQL tests need TEST_DATABASE_URL");
  const name = `hunar_test_empty_${randomBytes(4).toString("hex")}`;
  await adminQuery(server, `CREATE DATABASE "${name}"`);
  const url = databaseUrl(server, name);
  return {
    migrate: (paths) => migrate({ kind: "postgres", url }, paths),
    query: async <T>(sql: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(sql)).rows as T[];
      } finally {
        await client.end();
      }
    },
    drop: () => adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "../migrate/migrate.ts";
import { migrationsHash, readMigrationList } from "../migrate/migration-files.ts";
import { defaultMigrationsDir } from "../migrate/paths.ts";

const TEMPLATE_PREFIX = "hunar_test_tpl_";
// Any constant shared by all test processes; serialises template creation between them.
const TEMPLATE_LOCK = 7_240_116;

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function databaseExists(client: pg.Client, name: string): Promise<boolean> {
  const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return found.rowCount === 1;
}

/**
 * A migrated template database named after the migrations' hash, so changed migrations get a
 * new template. Built under a temporary name and renamed when complete, under an advisory lock:
 * parallel test processes wait for the first one instead of racing, and a crash mid-build leaves
 * nothing that looks finished.
 */
async function ensureTemplate(serverUrl: string): Promise<string> {
  const hash = migrationsHash(await readMigrationList(defaultMigrationsDir)).slice(0, 16);
  const template = `${TEMPLATE_PREFIX}${hash}`;
  return withClient(serverUrl, async (client) => {
    if (await databaseExists(client, template)) return template;
    await client.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    try {
      if (await databaseExists(client, template)) return template;
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${quote(building)}`);
      await client.query(`CREATE DATABASE ${quote(building)}`);
      await migrate({ kind: "postgres", url: databaseUrl(serverUrl, building) });
      await client.query(`ALTER DATABASE ${quote(building)} RENAME TO ${quote(template)}`);
      await dropStaleTemplates(client, template);
      return template;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK]);
    }
  });
}

async function dropStaleTemplates(client: pg.Client, current: string): Promise<void> {
  const stale = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE starts_with(datname, $1) AND datname <> $2",
    [TEMPLATE_PREFIX, current],
  );
  for (const { datname } of stale.rows) {
    // Another checkout's test run may be cloning it right now; then it stays for next time.
    await client.query(`DROP DATABASE IF EXISTS ${quote(datname)}`).catch(() => undefined);
  }
}

let template: Promise<string> | undefined;

/** Creates an empty, migrated database; returns its URL and a function that drops it. */
export async function createPostgresTestDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  template ??= ensureTemplate(serverUrl).catch((error: unknown) => {
    template = undefined;
    throw error;
  });
  const name = `hunar_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const clone = async (source: string) => {
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(source)}`));
  };
  await clone(await template).catch(async (error: unknown) => {
    // Another checkout's test run, on other migrations, dropped this template as stale while this
    // run was using it: build it again, once.
    if ((error as { code?: string }).code !== "3D000") throw error;
    const rebuilt = ensureTemplate(serverUrl);
    template = rebuilt;
    await clone(await rebuilt);
  });
  return {
    url: databaseUrl(serverUrl, name),
    drop: () =>
      withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`)).then(() => undefined),
  };
}

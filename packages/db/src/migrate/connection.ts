import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DbTarget } from "../client.ts";
import { openPGlite } from "../pglite.ts";

/**
 * One database session handed to the schema engine, plus the means to wrap its work in our own
 * transaction. Everything (the engine's queries, its migration scripts, our BEGIN/COMMIT) runs on
 * that one session, which is what makes "a failed migration changes nothing" possible.
 */
export type MigrationConnection = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  exec(sql: string): Promise<void>;
  /** The database error behind the last failed migration script, if any (then cleared). */
  takeScriptError(): ScriptError | undefined;
  close(): Promise<void>;
};

export type ScriptError = { message: string; detail?: string; hint?: string; position?: number };

type DatabaseErrorLike = {
  message: string;
  code?: string;
  severity?: string;
  detail?: string;
  column?: string;
  hint?: string;
  position?: string | number;
};

function asDatabaseError(error: unknown): DatabaseErrorLike | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as Partial<DatabaseErrorLike>;
  return typeof e.message === "string" && typeof e.code === "string" ? (e as DatabaseErrorLike) : undefined;
}

/*
 * Both adapters run migration scripts badly for our purposes: pglite-prisma-adapter does not await
 * the script (failures surface as unhandled rejections and the engine records success), and
 * @prisma/adapter-pg splits the script on ";" (breaking function bodies and strings) and runs the
 * pieces on whichever pooled connection is free. So every script goes to the database whole,
 * on the session we control, as one simple-protocol query.
 */
function withScriptRunner(
  adapter: SqlDriverAdapter,
  runScript: (script: string) => Promise<unknown>,
  onScriptError: (error: ScriptError) => void,
): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: () => adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose: () => adapter.dispose(),
    executeScript: async (script) => {
      try {
        await runScript(script);
      } catch (error) {
        const dbError = asDatabaseError(error);
        if (!dbError) throw error;
        const position = dbError.position === undefined ? undefined : Number(dbError.position);
        onScriptError({ message: dbError.message, detail: dbError.detail, hint: dbError.hint, position });
        throw new DriverAdapterError({
          kind: "postgres",
          code: dbError.code ?? "N/A",
          severity: dbError.severity ?? "ERROR",
          message: dbError.message,
          detail: dbError.detail,
          column: dbError.column,
          hint: dbError.hint,
        });
      }
    },
  };
}

function noShadowDatabase(): Promise<SqlDriverAdapter> {
  // Migrations are created by diffing a scratch PGlite (see create-migration.ts), never through
  // a shadow database; reaching this means an engine command we do not use.
  return Promise.reject(new Error("The migration runner does not use a shadow database."));
}

export function pgliteConnection(pglite: PGlite, onClose: () => Promise<void> = async () => {}): MigrationConnection {
  return scriptedConnection(new PrismaPGlite(pglite), (script) => pglite.exec(script), onClose);
}

export async function postgresConnection(url: string): Promise<MigrationConnection> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const session = await pool.connect();
  session.on("error", () => {
    // A dropped connection; the query in flight fails and reports it.
  });
  // PrismaPg only accepts a Pool, but the engine's statements and our BEGIN/COMMIT must share
  // one session, and pool.query() would throw the connection away on the first failed statement
  // (the engine expects some to fail, e.g. probing for _prisma_migrations). So the pool's queries
  // all go to one checked-out session.
  Object.assign(pool, { query: session.query.bind(session) });
  return scriptedConnection(
    new PrismaPg(pool),
    (script) => session.query(script),
    async () => {
      session.release();
      await pool.end();
    },
  );
}

/**
 * Wraps a driver adapter so the engine's migration scripts run whole on one session through
 * `runScript`, and remembers the script error the engine would otherwise swallow.
 */
function scriptedConnection(
  base: PrismaPGlite | PrismaPg,
  runScript: (script: string) => Promise<unknown>,
  close: () => Promise<void>,
): MigrationConnection {
  let scriptError: ScriptError | undefined;
  return {
    factory: {
      provider: "postgres",
      adapterName: base.adapterName,
      connect: async () => withScriptRunner(await base.connect(), runScript, (e) => (scriptError = e)),
      connectToShadowDb: noShadowDatabase,
    },
    exec: async (sql) => {
      await runScript(sql);
    },
    takeScriptError: () => {
      const error = scriptError;
      scriptError = undefined;
      return error;
    },
    close,
  };
}

export async function openConnection(target: DbTarget): Promise<MigrationConnection> {
  if (target.kind === "postgres") return postgresConnection(target.url);
  const { pglite, close } = await openPGlite({ dataDir: target.dataDir });
  return pgliteConnection(pglite, close);
}

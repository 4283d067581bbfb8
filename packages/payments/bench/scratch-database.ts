import { createDb, disposeDb, type Db } from "@hunar/db/client";
import { migrate } from "@hunar/db/migrate";

/**
 * A database of its own on the given PostgreSQL server, migrated, dropped afterwards (also when
 * the run fails), so the bench never touches data anyone cares about.
 */
export async function withScratchDatabase<T>(serverUrl: string, run: (db: Db, url: string) => Promise<T>): Promise<T> {
  const admin = await createDb({ kind: "postgres", url: serverUrl });
  const name = `hunar_bench_ledger_${process.pid}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
    await migrate({ kind: "postgres", url: url.toString() });
    const db = await createDb({ kind: "postgres", url: url.toString() });
    try {
      return await run(db, url.toString());
    } finally {
      await disposeDb(db);
    }
  } finally {
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await disposeDb(admin);
  }
}

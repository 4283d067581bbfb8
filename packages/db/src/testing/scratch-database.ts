import { createDb, disposeDb, type Db } from "../client.ts";
import { migrate } from "../migrate/migrate.ts";

/**
 * A database of its own on the given PostgreSQL server, migrated, dropped afterwards (also when
 * the run fails), so a bench never touches data anyone cares about. `label` names it
 * (hunar_bench_<label>_<pid>), so two benches on one server never collide.
 */
export async function withScratchDatabase<T>(serverUrl: string, label: string, run: (db: Db, url: string) => Promise<T>): Promise<T> {
  const admin = await createDb({ kind: "postgres", url: serverUrl });
  const name = `hunar_bench_${label}_${process.pid}`;
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

import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { lockDataDir } from "./pglite-lock.ts";

export type OpenPGliteOptions = {
  /** Folder holding the cluster; null keeps it in memory. */
  dataDir: string | null;
  /** A `dumpDataDir()` tarball to start from (clones a migrated database for tests). */
  loadDataDir?: Blob | File;
};

export type OpenedPGlite = {
  pglite: PGlite;
  /** Shuts PGlite down and releases the data directory. */
  close: () => Promise<void>;
};

/**
 * Embedded PostgreSQL with the extensions the schema relies on: pg_trgm backs the fuzzy and
 * Roman-Urdu search. Extensions must be registered when PGlite starts, not later.
 */
export async function openPGlite({ dataDir, loadDataDir }: OpenPGliteOptions): Promise<OpenedPGlite> {
  let unlock = async () => {};
  if (dataDir !== null) {
    await mkdir(dataDir, { recursive: true });
    unlock = await lockDataDir(dataDir);
  }
  try {
    const pglite = await PGlite.create({
      ...(dataDir === null ? {} : { dataDir }),
      ...(loadDataDir === undefined ? {} : { loadDataDir }),
      extensions: { pg_trgm },
    });
    return {
      pglite,
      close: async () => {
        try {
          await pglite.close();
        } finally {
          await unlock();
        }
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

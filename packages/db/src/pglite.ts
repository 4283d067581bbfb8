import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export type OpenPGliteOptions = {
  /** Folder holding the cluster; null keeps it in memory. */
  dataDir: string | null;
  /** A `dumpDataDir()` tarball to start from (clones a migrated database for tests). */
  loadDataDir?: Blob | File;
};

/**
 * Embedded PostgreSQL with the extensions the schema relies on: pg_trgm backs the fuzzy and
 * Roman-Urdu search. Extensions must be registered when PGlite starts, not later.
 */
export async function openPGlite({ dataDir, loadDataDir }: OpenPGliteOptions): Promise<PGlite> {
  if (dataDir !== null) await mkdir(dataDir, { recursive: true });
  return PGlite.create({
    ...(dataDir === null ? {} : { dataDir }),
    ...(loadDataDir === undefined ? {} : { loadDataDir }),
    extensions: { pg_trgm },
  });
}

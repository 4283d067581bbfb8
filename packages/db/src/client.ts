import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env, type DbEnv } from "./env.ts";
import { PrismaClient, type Prisma } from "./generated/prisma/client.ts";
import { openPGlite } from "./pglite.ts";

export type Db = PrismaClient;
/** The handle inside `db.$transaction(async (tx) => ...)`; domain functions accept Db | Tx. */
export type Tx = Prisma.TransactionClient;

export type DbTarget = { kind: "pglite"; /** null = in memory */ dataDir: string | null } | { kind: "postgres"; url: string };

/** PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite under DATA_DIR/pglite. */
export function targetFromEnv(source: DbEnv = env): DbTarget {
  if (source.DATABASE_URL) return { kind: "postgres", url: source.DATABASE_URL };
  return { kind: "pglite", dataDir: join(source.DATA_DIR, "pglite") };
}

export function describeTarget(target: DbTarget): string {
  if (target.kind === "pglite") return target.dataDir === null ? "PGlite (in memory)" : `PGlite at ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}

// PrismaClient.$disconnect() leaves an embedded PGlite running; these close what createDb opened.
const closers = new WeakMap<Db, () => Promise<void>>();

export async function createDb(target: DbTarget = targetFromEnv()): Promise<Db> {
  if (target.kind === "postgres") {
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
    closers.set(db, () => db.$disconnect());
    return db;
  }
  const { pglite, close } = await openPGlite({ dataDir: target.dataDir });
  return wrapPGlite(pglite, close);
}

/** A client over an already open PGlite (used for cloned test databases). */
export function wrapPGlite(pglite: PGlite, close: () => Promise<void>): Db {
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  closers.set(db, async () => {
    await db.$disconnect();
    await close();
  });
  return db;
}

/** Disconnects a client from createDb and shuts down what it opened (pool or PGlite). */
export async function disposeDb(db: Db): Promise<void> {
  const close = closers.get(db);
  closers.delete(db);
  await (close ? close() : db.$disconnect());
}

// One client per process, kept on globalThis so dev-server reloads reuse it instead of opening
// a second PGlite on the same folder (PGlite allows one owner per data directory).
const holder = globalThis as typeof globalThis & { __hunarDb?: Promise<Db> };

export function getDb(): Promise<Db> {
  holder.__hunarDb ??= createDb().catch((error: unknown) => {
    holder.__hunarDb = undefined;
    throw error;
  });
  return holder.__hunarDb;
}

export async function closeDb(): Promise<void> {
  const pending = holder.__hunarDb;
  holder.__hunarDb = undefined;
  if (pending) await disposeDb(await pending);
}

import type { Tx } from "../client.ts";

/**
 * What seed helpers write through: a PrismaClient or the client of an interactive transaction.
 * Helpers never open their own transaction so callers decide the unit of work.
 */
export type SeedDb = Tx;

import { CATALOG_TTL_MS } from "@hunar/gigs/catalog/cached-catalog";
import { cached } from "@hunar/core/ttl-cache";
import type { Db } from "@hunar/db/client";

/** The fee schedule in force now, or null before one is configured. */
export async function currentFees(db: Db, now: Date = new Date()) {
  return db.feeSchedule.findFirst({
    where: { effectiveFrom: { lte: now } },
    orderBy: { effectiveFrom: "desc" },
    select: { freelancerFeeBps: true, clientFeeBps: true },
  });
}

/**
 * The fees as advertised on public pages, remembered as long as the catalog: a new schedule shows
 * there within CATALOG_TTL_MS of taking effect. Anything that charges reads `currentFees` itself.
 */
export const advertisedFees = cached((db: Db) => currentFees(db), { ttlMs: CATALOG_TTL_MS });

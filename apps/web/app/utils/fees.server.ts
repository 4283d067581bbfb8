import { cached } from "@hunar/core/ttl-cache";
import type { Db } from "@hunar/db/client";
import { CATALOG_TTL_MS } from "@hunar/gigs/catalog/cached-catalog";
import { findFeeScheduleInForce } from "@hunar/payments/fees/fee-schedule";

/**
 * The fees as advertised on public pages (null before a schedule is configured), remembered as
 * long as the catalog: a new schedule shows there within CATALOG_TTL_MS of taking effect.
 * Anything that charges reads the schedule in force itself.
 */
export const advertisedFees = cached(
  async (db: Db) => {
    const schedule = await findFeeScheduleInForce(db);
    return schedule ? { freelancerFeeBps: schedule.freelancerFeeBps, clientFeeBps: schedule.clientFeeBps } : null;
  },
  { ttlMs: CATALOG_TTL_MS },
);

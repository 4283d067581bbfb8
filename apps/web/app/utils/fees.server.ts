import type { Db } from "@hunar/db/client";

/** The fee schedule in force now, or null before one is configured. */
export async function currentFees(db: Db, now: Date = new Date()) {
  return db.feeSchedule.findFirst({
    where: { effectiveFrom: { lte: now } },
    orderBy: { effectiveFrom: "desc" },
    select: { freelancerFeeBps: true, clientFeeBps: true },
  });
}

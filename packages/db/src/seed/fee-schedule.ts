import type { SeedDb } from "./db-handle.ts";

/**
 * The launch fee schedule from DESIGN.md: 5% from the freelancer, 2% from the client, nothing to
 * bid. Reference data (production needs a schedule before the first order), created once:
 * schedules are versioned and never edited, so an existing version 1 is left alone.
 */
export const DEFAULT_FEE_SCHEDULE = {
  version: 1,
  freelancerFeeBps: 500,
  clientFeeBps: 200,
  minimumFeePaisa: 0,
  clearanceDays: 7,
  // Rs 1,000: below this a bank transfer's cost is out of proportion.
  payoutMinimumPaisa: 100_000,
  effectiveFrom: new Date("2025-01-01T00:00:00.000Z"),
  note: "Launch rates",
} as const;

export async function seedFeeSchedule(db: SeedDb): Promise<{ id: string }> {
  return db.feeSchedule.upsert({
    where: { version: DEFAULT_FEE_SCHEDULE.version },
    create: DEFAULT_FEE_SCHEDULE,
    update: {},
    select: { id: true },
  });
}

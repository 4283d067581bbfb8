import type { Db, Tx } from "@hunar/db/types";
import { findOrderableGig, type OrderableGig } from "@hunar/gigs/orderable-gig";
import { calculateFees, type FeeBreakdown } from "@hunar/payments/fees/calculate-fees";
import { getFeeScheduleInForce } from "@hunar/payments/fees/fee-schedule";
import { parseInput } from "@hunar/core/parse-input";
import { type GigOrderQuoteInput, ZGigOrderQuoteInput } from "./checkout-input.ts";

export interface GigOrderQuote extends OrderableGig {
  fees: FeeBreakdown;
  feeSchedule: {
    id: string;
    version: number;
    freelancerFeeBps: number;
    clientFeeBps: number;
    minimumFeePaisa: number;
    clearanceDays: number;
  };
}

/**
 * What ordering a gig's package costs now: the package price, the fees of the schedule in force
 * through the one fee calculator, and the total the client pays. placeGigOrder stores exactly
 * these numbers, so the checkout page never shows one price and charges another. Whether the gig
 * can be ordered at all is the gigs package's rule (findOrderableGig).
 */
export async function quoteGigOrder(db: Db | Tx, raw: GigOrderQuoteInput, now = new Date()): Promise<GigOrderQuote> {
  const input = parseInput(ZGigOrderQuoteInput, raw);
  const orderable = await findOrderableGig(db, input.gigId, input.tier);
  const schedule = await getFeeScheduleInForce(db, now);
  return {
    ...orderable,
    fees: calculateFees(orderable.package.pricePaisa, schedule),
    feeSchedule: {
      id: schedule.id,
      version: schedule.version,
      freelancerFeeBps: schedule.freelancerFeeBps,
      clientFeeBps: schedule.clientFeeBps,
      minimumFeePaisa: schedule.minimumFeePaisa,
      clearanceDays: schedule.clearanceDays,
    },
  };
}

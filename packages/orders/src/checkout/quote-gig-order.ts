import { AppError } from "@hunar/core/app-error";
import type { Db, PackageTier, Tx } from "@hunar/db/types";
import { calculateFees, type FeeBreakdown } from "@hunar/payments/fees/calculate-fees";
import { getFeeScheduleInForce } from "@hunar/payments/fees/fee-schedule";
import { parseInput } from "@hunar/core/parse-input";
import { type GigOrderQuoteInput, ZGigOrderQuoteInput } from "./checkout-input.ts";

export interface GigOrderQuote {
  gig: { id: string; slug: string; freelancerId: string; titleUr: string | null; titleEn: string | null };
  package: {
    id: string;
    tier: PackageTier;
    name: string;
    description: string;
    pricePaisa: number;
    deliveryDays: number;
    /** Null: unlimited. */
    revisions: number | null;
    features: string[];
  };
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

function gigUnavailable(): AppError {
  return new AppError("NOT_FOUND", "payments:errors.checkout.gigUnavailable");
}

/**
 * What ordering a gig's package costs now: the package price, the fees of the schedule in force
 * through the one fee calculator, and the total the client pays. placeGigOrder stores exactly
 * these numbers, so the checkout page never shows one price and charges another.
 */
export async function quoteGigOrder(db: Db | Tx, raw: GigOrderQuoteInput, now = new Date()): Promise<GigOrderQuote> {
  const input = parseInput(ZGigOrderQuoteInput, raw);
  const gig = await db.gig.findUnique({
    where: { id: input.gigId },
    select: {
      id: true,
      slug: true,
      freelancerId: true,
      titleUr: true,
      titleEn: true,
      status: true,
      freelancer: { select: { suspendedAt: true } },
      packages: {
        where: { tier: input.tier },
        select: {
          id: true,
          tier: true,
          name: true,
          description: true,
          pricePaisa: true,
          deliveryDays: true,
          revisions: true,
          features: true,
        },
      },
    },
  });
  // Drafts, paused gigs and gigs of suspended freelancers cannot be ordered; to the client they
  // are simply not available (no hint which).
  if (!gig || gig.status !== "PUBLISHED" || gig.freelancer.suspendedAt) throw gigUnavailable();
  const pkg = gig.packages[0];
  if (!pkg) throw new AppError("NOT_FOUND", "payments:errors.checkout.packageUnavailable");
  const schedule = await getFeeScheduleInForce(db, now);
  const fees = calculateFees(pkg.pricePaisa, schedule);
  return {
    gig: { id: gig.id, slug: gig.slug, freelancerId: gig.freelancerId, titleUr: gig.titleUr, titleEn: gig.titleEn },
    package: pkg,
    fees,
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

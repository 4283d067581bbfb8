import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db, Tx } from "@hunar/db/types";
import { findOrderableGig, type GigExtraView, type OrderableGig } from "@hunar/gigs/orderable-gig";
import { moneyParam } from "@hunar/i18n/format";
import { calculateFees, type FeeBreakdown } from "@hunar/payments/fees/calculate-fees";
import { getFeeScheduleInForce } from "@hunar/payments/fees/fee-schedule";
import { type GigOrderQuoteInput, ZGigOrderQuoteInput } from "./checkout-input.ts";

/** Rs 20,000,000: an order's total must fit the Int columns orders keep their money in. */
export const MAX_ORDER_TOTAL_PAISA = 2_000_000_000;

export interface GigOrderQuote extends OrderableGig {
  /** The extras ticked, in the listing's order. */
  chosenExtras: GigExtraView[];
  /** The package's days plus the chosen extras' days. */
  deliveryDays: number;
  /** Fees on the subtotal: the package plus the chosen extras. */
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

const extraUnavailable = () =>
  new AppError("BAD_INPUT", "payments:errors.checkout.extraUnavailable", {
    fields: { extraIds: { key: "payments:errors.checkout.extraUnavailable" } },
  });

function orderTooLarge(): AppError {
  const key = "payments:errors.checkout.orderTooLarge";
  const params = { max: moneyParam(MAX_ORDER_TOTAL_PAISA) };
  return new AppError("BAD_INPUT", key, { params, fields: { extraIds: { key, params } } });
}

/**
 * What ordering a gig's package with some of its extras costs now: the package price plus the
 * extras' prices, the fees of the schedule in force on that subtotal through the one fee
 * calculator, the total, and the delivery days the extras add. placeGigOrder stores exactly
 * these numbers, so the checkout page never shows one price and charges another. Only the gig's
 * own extras can be chosen (any other id is a field error on `extraIds`). Whether the gig can
 * be ordered at all is the gigs package's rule (findOrderableGig).
 */
export async function quoteGigOrder(db: Db | Tx, raw: GigOrderQuoteInput, now = new Date()): Promise<GigOrderQuote> {
  const input = parseInput(ZGigOrderQuoteInput, raw);
  const orderable = await findOrderableGig(db, input.gigId, input.tier);
  const wanted = new Set(input.extraIds);
  const chosenExtras = orderable.extras.filter((extra) => wanted.has(extra.id));
  if (chosenExtras.length !== wanted.size) throw extraUnavailable();

  const schedule = await getFeeScheduleInForce(db, now);
  const subtotal = chosenExtras.reduce((sum, extra) => sum + extra.pricePaisa, orderable.package.pricePaisa);
  if (subtotal > MAX_ORDER_TOTAL_PAISA) throw orderTooLarge();
  const fees = calculateFees(subtotal, schedule);
  if (fees.totalPaisa > MAX_ORDER_TOTAL_PAISA) throw orderTooLarge();
  return {
    ...orderable,
    chosenExtras,
    deliveryDays: chosenExtras.reduce((days, extra) => days + extra.extraDays, orderable.package.deliveryDays),
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

import { AppError } from "@hunar/core/app-error";

export interface FeeRates {
  /** Basis points taken from the freelancer's subtotal: 500 = 5%. */
  freelancerFeeBps: number;
  /** Basis points the client pays on top of the subtotal. */
  clientFeeBps: number;
  /** Smallest fee taken where a rate is not zero. */
  minimumFeePaisa: number;
}

export interface FeeBreakdown {
  subtotalPaisa: number;
  clientFeePaisa: number;
  freelancerFeePaisa: number;
  /** What the client pays: subtotal + client fee. */
  totalPaisa: number;
  /** What the freelancer earns: subtotal - freelancer fee. */
  freelancerNetPaisa: number;
}

const isWhole = (n: number, max: number) => Number.isSafeInteger(n) && n >= 0 && n <= max;

/**
 * amount * bps / 10000, rounded half up to the paisa in integer arithmetic (no float ever holds
 * money: amount * bps stays far below 2^53 for any Int subtotal).
 */
function rate(amountPaisa: number, bps: number): number {
  return Math.floor((amountPaisa * bps + 5_000) / 10_000);
}

function fee(subtotalPaisa: number, bps: number, minimumPaisa: number): number {
  // A zero rate means "no fee", not "the minimum fee"; nothing is charged on nothing.
  if (bps === 0 || subtotalPaisa === 0) return 0;
  return Math.max(minimumPaisa, rate(subtotalPaisa, bps));
}

/**
 * The one fee calculator: checkout shows exactly what the ledger posts. The freelancer fee never
 * exceeds the subtotal (a minimum fee larger than a tiny order leaves the freelancer zero, never
 * less).
 */
export function calculateFees(subtotalPaisa: number, rates: FeeRates): FeeBreakdown {
  if (!isWhole(subtotalPaisa, 2_147_483_647)) {
    throw new AppError("BAD_INPUT", "payments:errors.fees.invalidAmount");
  }
  const { freelancerFeeBps, clientFeeBps, minimumFeePaisa } = rates;
  if (!isWhole(freelancerFeeBps, 10_000) || !isWhole(clientFeeBps, 10_000) || !isWhole(minimumFeePaisa, 2_147_483_647)) {
    throw new AppError("BAD_INPUT", "payments:errors.fees.invalidRates");
  }
  const clientFeePaisa = fee(subtotalPaisa, clientFeeBps, minimumFeePaisa);
  const freelancerFeePaisa = Math.min(subtotalPaisa, fee(subtotalPaisa, freelancerFeeBps, minimumFeePaisa));
  return {
    subtotalPaisa,
    clientFeePaisa,
    freelancerFeePaisa,
    totalPaisa: subtotalPaisa + clientFeePaisa,
    freelancerNetPaisa: subtotalPaisa - freelancerFeePaisa,
  };
}

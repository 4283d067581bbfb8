import { calculateFees, type FeeRates } from "../fees/calculate-fees.ts";

/**
 * The smallest subtotal whose net for the freelancer is exactly `netPaisa`. The net grows by 0
 * or 1 paisa per paisa of subtotal (the fee is rounded and capped at the subtotal), so every
 * amount is reachable and a binary search finds it.
 */
export function netToSubtotal(netPaisa: bigint, rates: FeeRates): number {
  const target = Number(netPaisa);
  if (!Number.isSafeInteger(target) || target <= 0) throw new Error(`net must be a positive whole paisa amount, got ${netPaisa}`);
  const net = (subtotal: number) => calculateFees(subtotal, rates).freelancerNetPaisa;
  let low = target;
  let high = target * 2 + rates.minimumFeePaisa + 2;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (net(mid) < target) low = mid + 1;
    else high = mid;
  }
  if (net(low) !== target) throw new Error(`no subtotal nets exactly ${netPaisa} paisa`);
  return low;
}

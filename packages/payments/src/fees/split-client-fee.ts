import { AppError } from "@hunar/core/app-error";

/**
 * Shares of an order's client fee across its milestones, in proportion to their amounts, that add
 * up to the fee exactly: each share is rounded down and the paisa left over go to the largest
 * remainders (earliest milestone first on a tie). Fixed on the contract when it is made, so
 * funding a milestone charges amount + share and a refund gives the same share back.
 */
export function splitClientFee(clientFeePaisa: number, amountsPaisa: readonly number[]): number[] {
  const total = amountsPaisa.reduce((sum, amount) => sum + amount, 0);
  const valid =
    Number.isSafeInteger(clientFeePaisa) &&
    clientFeePaisa >= 0 &&
    amountsPaisa.length > 0 &&
    amountsPaisa.every((amount) => Number.isSafeInteger(amount) && amount > 0) &&
    Number.isSafeInteger(total * Math.max(clientFeePaisa, 1));
  if (!valid) throw new AppError("BAD_INPUT", "payments:errors.fees.invalidAmount");
  const exact = amountsPaisa.map((amount) => amount * clientFeePaisa);
  const shares = exact.map((product) => Math.floor(product / total));
  let left = clientFeePaisa - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact
    .map((product, index) => ({ index, remainder: product % total }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/**
 * The freelancer fee owed once `releasedPaisa` of the subtotal has been released: the order's
 * snapshotted fee in proportion, rounded half up, and exactly the snapshotted fee at a full
 * release. Each release takes the difference between this before and after it, so however the
 * escrow is split (one release, several, a dispute split) the fees add up to the same total and
 * no release pays the minimum fee twice. The difference never exceeds the amount released,
 * because the fee never exceeds the subtotal.
 */
export function feeOwedAfter(releasedPaisa: bigint, order: { subtotalPaisa: number; freelancerFeePaisa: number }): bigint {
  const subtotal = BigInt(order.subtotalPaisa);
  const fee = BigInt(order.freelancerFeePaisa);
  if (subtotal === 0n || releasedPaisa <= 0n) return 0n;
  if (releasedPaisa >= subtotal) return fee;
  return (fee * releasedPaisa * 2n + subtotal) / (2n * subtotal);
}

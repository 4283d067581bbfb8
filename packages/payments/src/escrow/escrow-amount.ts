import { AppError } from "@hunar/core/app-error";

/**
 * The amount to take out of escrow: all of it when none is named. Checked here for a clear
 * message; the ledger's "escrow never below zero" rule would refuse an overdraw anyway.
 */
export function escrowAmount(requested: bigint | undefined, heldPaisa: bigint): bigint {
  if (heldPaisa <= 0n) throw new AppError("INVALID_STATE", "payments:errors.ledger.orderNotFunded");
  if (requested === undefined) return heldPaisa;
  if (typeof requested !== "bigint" || requested <= 0n) {
    throw new AppError("BAD_INPUT", "payments:errors.ledger.invalidAmount", {
      fields: { amountPaisa: { key: "payments:errors.ledger.invalidAmount" } },
    });
  }
  if (requested > heldPaisa) {
    throw new AppError("CONFLICT", "payments:errors.ledger.amountExceedsEscrow", {
      fields: { amountPaisa: { key: "payments:errors.ledger.amountExceedsEscrow" } },
    });
  }
  return requested;
}

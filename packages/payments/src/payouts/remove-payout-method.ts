import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import type { PayoutUser } from "./payout-actor.ts";
import { parseInput } from "@hunar/core/parse-input";
import { PAYOUTS_KEY, ZPayoutId } from "./payout-input.ts";
import { lockPayoutMethods } from "./payout-method-view.ts";

/** The user's own, not removed method; someone else's is NOT_FOUND so ids reveal nothing. */
export async function findOwnPayoutMethod(tx: Tx | Db, userId: string, methodId: string) {
  const method = await tx.payoutMethod.findFirst({
    where: { id: methodId, userId, deletedAt: null },
    select: { id: true, isDefault: true, rail: true, accountTitle: true, accountNumber: true },
  });
  if (!method) throw new AppError("NOT_FOUND", `${PAYOUTS_KEY}.methodNotFound`);
  return method;
}

/**
 * Removes a method from the list (soft delete: payout requests keep pointing at it). Requests
 * already made keep their copied account details. If it was the default, the newest remaining
 * method takes over.
 */
export async function removePayoutMethod(db: Db, user: PayoutUser, rawId: unknown): Promise<void> {
  const methodId = parseInput(ZPayoutId, rawId);
  await db.$transaction(async (tx) => {
    await lockPayoutMethods(tx, user.userId);
    const method = await findOwnPayoutMethod(tx, user.userId, methodId);
    await tx.payoutMethod.update({ where: { id: method.id }, data: { deletedAt: new Date(), isDefault: false } });
    if (!method.isDefault) return;
    const next = await tx.payoutMethod.findFirst({
      where: { userId: user.userId, deletedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (next) await tx.payoutMethod.update({ where: { id: next.id }, data: { isDefault: true } });
  });
}

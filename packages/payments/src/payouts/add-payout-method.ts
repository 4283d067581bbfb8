import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import type { PayoutUser } from "./payout-actor.ts";
import { parseInput } from "@hunar/core/parse-input";
import { PAYOUTS_KEY } from "./payout-input.ts";
import { ZPayoutMethodInput } from "./payout-method-input.ts";
import { lockPayoutMethods, PAYOUT_METHOD_SELECT, type PayoutMethodView } from "./payout-method-view.ts";

export const MAX_PAYOUT_METHODS = 10;

/**
 * Saves a bank account, Raast ID or wallet to withdraw to. The first one becomes the default.
 * The same rail and number twice is a CONFLICT; a method the user removed earlier and adds again
 * comes back (its row stays because old payout requests point at it).
 */
export async function addPayoutMethod(db: Db, user: PayoutUser, raw: unknown): Promise<PayoutMethodView> {
  const input = parseInput(ZPayoutMethodInput, raw);
  return db.$transaction(async (tx) => {
    if (!(await lockPayoutMethods(tx, user.userId))) throw new AppError("NOT_FOUND", "errors:notFound");
    const same = await tx.payoutMethod.findUnique({
      where: { userId_rail_accountNumber: { userId: user.userId, rail: input.rail, accountNumber: input.accountNumber } },
      select: { id: true, deletedAt: true },
    });
    if (same && !same.deletedAt) {
      throw new AppError("CONFLICT", `${PAYOUTS_KEY}.methodExists`, {
        fields: { accountNumber: { key: `${PAYOUTS_KEY}.methodExists` } },
      });
    }
    const active = await tx.payoutMethod.count({ where: { userId: user.userId, deletedAt: null } });
    if (active >= MAX_PAYOUT_METHODS) {
      throw new AppError("INVALID_STATE", `${PAYOUTS_KEY}.tooManyMethods`, { params: { max: MAX_PAYOUT_METHODS } });
    }
    const data = { accountTitle: input.accountTitle, bankName: input.bankName, isDefault: active === 0 };
    if (same) {
      return tx.payoutMethod.update({
        where: { id: same.id },
        data: { ...data, deletedAt: null, verifiedAt: null },
        select: PAYOUT_METHOD_SELECT,
      });
    }
    return tx.payoutMethod.create({
      data: { ...data, userId: user.userId, rail: input.rail, accountNumber: input.accountNumber },
      select: PAYOUT_METHOD_SELECT,
    });
  });
}

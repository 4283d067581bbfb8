import type { Db } from "@hunar/db/types";
import type { PayoutUser } from "./payout-actor.ts";
import { parseInput } from "@hunar/core/parse-input";
import { ZPayoutId } from "./payout-input.ts";
import { lockPayoutMethods } from "./payout-method-view.ts";
import { findOwnPayoutMethod } from "./remove-payout-method.ts";

/** Makes one of the user's methods the one the withdraw form preselects. */
export async function setDefaultPayoutMethod(db: Db, user: PayoutUser, rawId: unknown): Promise<void> {
  const methodId = parseInput(ZPayoutId, rawId);
  await db.$transaction(async (tx) => {
    await lockPayoutMethods(tx, user.userId);
    const method = await findOwnPayoutMethod(tx, user.userId, methodId);
    await tx.payoutMethod.updateMany({
      where: { userId: user.userId, isDefault: true, NOT: { id: method.id } },
      data: { isDefault: false },
    });
    await tx.payoutMethod.update({ where: { id: method.id }, data: { isDefault: true } });
  });
}

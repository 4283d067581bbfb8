import { AppError } from "@hunar/core/app-error";
import { activeUserSelect, isActiveUser } from "@hunar/db/active-user";
import type { Db } from "@hunar/db/types";
import { z } from "zod";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { type DecidedFunding, decideFunding } from "./decide-funding.ts";
import { parseInput } from "@hunar/core/parse-input";
import { ZDecisionReason, ZId } from "./funding-input.ts";
import type { OrderFunding } from "./order-funding.ts";
import type { FundingAdmin } from "./funding-view.ts";

export const ZFundingDecisionInput = z.object({ fundingRequestId: ZId, reason: ZDecisionReason });
export type FundingDecisionInput = z.input<typeof ZFundingDecisionInput>;

async function decideAsAdmin(
  db: Db,
  admin: FundingAdmin,
  raw: FundingDecisionInput,
  outcome: { outcome: "confirm"; orders: OrderFunding } | { outcome: "reject" },
): Promise<DecidedFunding> {
  // Callers check too (adminProcedure); this keeps the rule true for any other caller.
  if (!admin.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
  const input = parseInput(ZFundingDecisionInput, raw);
  return withMoneyTransaction(db, async (tx) => {
    // Money moves on this say-so: the flag the caller passed must also be true in the database.
    const actor = await tx.user.findUnique({ where: { id: admin.userId }, select: { isAdmin: true, ...activeUserSelect } });
    if (!actor?.isAdmin || !isActiveUser(actor)) throw new AppError("FORBIDDEN", "errors:forbidden");
    return decideFunding(tx, input.fundingRequestId, {
      ...outcome,
      actorId: admin.userId,
      action: `funding.${outcome.outcome}`,
      reason: input.reason,
      ip: admin.ip ?? null,
    });
  });
}

/**
 * The admin found the transfer on the platform's statement: the wallet is credited and a named
 * order waiting for payment is funded, in one transaction. The reason (e.g. the statement line)
 * goes into the audit log.
 */
export function confirmFunding(db: Db, admin: FundingAdmin, input: FundingDecisionInput, orders: OrderFunding): Promise<DecidedFunding> {
  return decideAsAdmin(db, admin, input, { outcome: "confirm", orders });
}

/** The transfer never arrived (or not as described); nothing moves, the client sees the reason. */
export function rejectFunding(db: Db, admin: FundingAdmin, input: FundingDecisionInput): Promise<DecidedFunding> {
  return decideAsAdmin(db, admin, input, { outcome: "reject" });
}

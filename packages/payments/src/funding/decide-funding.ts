import { AppError } from "@hunar/core/app-error";
import type { Prisma, Tx } from "@hunar/db/types";
import { creditFunding } from "./credit-funding.ts";
import { FUNDING_VIEW_SELECT, type FundingView } from "./funding-view.ts";
import { lockFunding, lockOrderRow } from "./lock-rows.ts";
import { notifyFundingDecision } from "./notify-funding-decision.ts";
import type { OrderFunding } from "./order-funding.ts";

interface DecisionBase {
  /** The admin deciding; null for the payment gateway. */
  actorId: string | null;
  /** Audit action: "funding.confirm", "funding.reject" or "funding.gateway". */
  action: string;
  reason: string | null;
  ip?: string | null;
  /** Extra audit data (the gateway's event id). */
  data?: Prisma.InputJsonObject;
}

/** A confirmation credits the wallet and hands a named order to `orders`; a rejection moves nothing. */
export type FundingDecision = DecisionBase & ({ outcome: "confirm"; orders: OrderFunding } | { outcome: "reject" });

export interface DecidedFunding {
  request: FundingView;
  orderFunded: boolean;
}

/**
 * Confirms or rejects a PENDING funding request inside the caller's transaction: lock, check the
 * status, change it, move the money (confirm), write the audit row, notify the client. Anything
 * but PENDING was decided already (or cancelled), so the second of two racing decisions gets
 * INVALID_STATE.
 */
export async function decideFunding(
  tx: Tx,
  fundingRequestId: string,
  decision: FundingDecision,
  now = new Date(),
): Promise<DecidedFunding> {
  const locked = await lockFunding(tx, fundingRequestId);
  if (!locked) throw new AppError("NOT_FOUND", "errors:notFound");
  if (locked.status !== "PENDING") {
    throw new AppError("INVALID_STATE", "payments:errors.funding.alreadyDecided", { params: { status: locked.status } });
  }
  if (decision.outcome === "confirm" && locked.orderId) await lockOrderRow(tx, locked.orderId);

  const confirmed = decision.outcome === "confirm";
  const request = await tx.fundingRequest.update({
    where: { id: locked.id },
    data: {
      status: confirmed ? "CONFIRMED" : "REJECTED",
      rejectionReason: confirmed ? null : decision.reason,
      reviewedById: decision.actorId,
      reviewedAt: now,
    },
    select: FUNDING_VIEW_SELECT,
  });
  const { orderFunded } =
    decision.outcome === "confirm" ? await creditFunding(tx, locked, decision.actorId, decision.orders) : { orderFunded: false };
  await tx.auditLog.create({
    data: {
      actorId: decision.actorId,
      action: decision.action,
      targetType: "FundingRequest",
      targetId: locked.id,
      reason: decision.reason,
      data: {
        // The gateway's replay check reads `outcome` and its `eventId` (in decision.data) at the top.
        outcome: decision.outcome,
        ...decision.data,
        before: { status: locked.status, rejectionReason: null },
        after: {
          status: request.status,
          rejectionReason: request.rejectionReason,
          amountPaisa: locked.amountPaisa.toString(),
          userId: locked.userId,
          orderId: locked.orderId,
          orderFunded,
        },
      },
      ip: decision.ip ?? null,
    },
  });
  await notifyFundingDecision(tx, locked, { confirmed, orderFunded, reason: decision.reason });
  return { request, orderFunded };
}

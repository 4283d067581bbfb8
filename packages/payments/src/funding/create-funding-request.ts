import { AppError } from "@hunar/core/app-error";
import type { FundingStatus, PaymentRail, Tx } from "@hunar/db/types";
import { FUNDING_VIEW_SELECT, type FundingView } from "./funding-view.ts";
import { lockOrder } from "./lock-rows.ts";

function referenceUsed(): AppError {
  return new AppError("CONFLICT", "payments:errors.funding.referenceUsed", {
    fields: { reference: { key: "payments:errors.funding.referenceUsed" } },
  });
}

/** Prisma reports a unique-index violation as P2002 (duck-typed: no runtime client import). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * A funding request may name only the user's own order, and only while it waits for payment.
 * The order stays locked until the transaction ends.
 */
export async function assertPayableOrder(tx: Tx, userId: string, orderId: string): Promise<{ totalPaisa: number }> {
  const order = await lockOrder(tx, orderId);
  if (!order || order.clientId !== userId) throw new AppError("NOT_FOUND", "errors:notFound");
  if (order.status !== "PENDING_PAYMENT") throw new AppError("INVALID_STATE", "payments:errors.checkout.notAwaitingPayment");
  return { totalPaisa: order.totalPaisa };
}

/**
 * Writes the request. The reference is unique per rail (one transfer is credited once): checked
 * first for a clear error, and enforced by the unique index when two submissions race.
 */
export async function createFundingRequest(
  tx: Tx,
  data: {
    userId: string;
    orderId: string | null;
    amountPaisa: bigint;
    rail: PaymentRail;
    reference: string;
    status: FundingStatus;
    reviewedAt?: Date;
  },
): Promise<FundingView> {
  const taken = await tx.fundingRequest.findUnique({
    where: { rail_providerReference: { rail: data.rail, providerReference: data.reference } },
    select: { id: true },
  });
  if (taken) throw referenceUsed();
  try {
    return await tx.fundingRequest.create({
      data: {
        userId: data.userId,
        orderId: data.orderId,
        amountPaisa: data.amountPaisa,
        rail: data.rail,
        providerReference: data.reference,
        status: data.status,
        reviewedAt: data.reviewedAt ?? null,
      },
      select: FUNDING_VIEW_SELECT,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw referenceUsed();
    throw error;
  }
}

import { AppError } from "@hunar/core/app-error";
import type { FundingStatus, PaymentRail, Tx } from "@hunar/db/types";
import { FUNDING_VIEW_SELECT, type FundingView } from "./funding-view.ts";

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

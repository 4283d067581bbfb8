import { AppError } from "@hunar/core/app-error";
import type { PaymentRail, PayoutStatus, Prisma, Tx } from "@hunar/db/types";
import type { PayoutAdmin } from "./payout-actor.ts";
import { PAYOUTS_KEY } from "./payout-input.ts";

export interface PayoutRequestView {
  id: string;
  status: PayoutStatus;
  amountPaisa: bigint;
  /** Copied from the method when requested, so later edits of the method cannot redirect it. */
  rail: PaymentRail;
  accountTitle: string;
  accountNumber: string;
  providerReference: string | null;
  rejectionReason: string | null;
  createdAt: Date;
  processedAt: Date | null;
}

export const PAYOUT_REQUEST_SELECT = {
  id: true,
  status: true,
  amountPaisa: true,
  rail: true,
  accountTitle: true,
  accountNumber: true,
  providerReference: true,
  rejectionReason: true,
  createdAt: true,
  processedAt: true,
} as const satisfies Prisma.PayoutRequestSelect;

export interface LockedPayoutRequest {
  id: string;
  userId: string;
  status: PayoutStatus;
  rail: PaymentRail;
  amountPaisa: bigint;
}

/**
 * Reads a payout request and locks its row until the transaction ends, so two admins (or an
 * admin and the owner cancelling) decide one after the other and the second sees REQUESTED no
 * more.
 */
export async function lockPayoutRequest(tx: Tx, payoutRequestId: string): Promise<LockedPayoutRequest> {
  const rows = await tx.$queryRaw<LockedPayoutRequest[]>`
    SELECT id, "userId", status::text AS status, rail::text AS rail, "amountPaisa"
    FROM "PayoutRequest" WHERE id = ${payoutRequestId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", `${PAYOUTS_KEY}.notFound`);
  return { ...row, amountPaisa: BigInt(row.amountPaisa) };
}

/** Only a REQUESTED payout can be paid, rejected or cancelled. */
export function assertRequested(request: LockedPayoutRequest): void {
  if (request.status !== "REQUESTED") {
    throw new AppError("INVALID_STATE", `${PAYOUTS_KEY}.alreadyDecided`, { params: { status: request.status } });
  }
}

/** The flag on the actor is checked first; the database has the last word before money moves. */
export function assertAdmin(admin: PayoutAdmin): void {
  if (!admin.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
}

export async function assertAdminInDb(tx: Tx, admin: PayoutAdmin): Promise<void> {
  const actor = await tx.user.findUnique({ where: { id: admin.userId }, select: { isAdmin: true } });
  if (!actor?.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
}

/**
 * One audit row per admin decision, written in the decision's own transaction: the request as it
 * stood (REQUESTED, nothing recorded yet) and as the decision left it, with its amount and rail.
 */
export async function auditPayoutDecision(
  tx: Tx,
  admin: PayoutAdmin,
  entry: { action: "payout.pay" | "payout.reject"; request: LockedPayoutRequest; decided: PayoutRequestView; reason: string },
): Promise<void> {
  const { request, decided } = entry;
  await tx.auditLog.create({
    data: {
      actorId: admin.userId,
      action: entry.action,
      targetType: "PayoutRequest",
      targetId: request.id,
      reason: entry.reason,
      data: {
        before: { status: request.status, providerReference: null, rejectionReason: null, processedAt: null },
        after: {
          status: decided.status,
          providerReference: decided.providerReference,
          rejectionReason: decided.rejectionReason,
          processedAt: decided.processedAt?.toISOString() ?? null,
          amountPaisa: request.amountPaisa.toString(),
          rail: request.rail,
          userId: request.userId,
        },
      },
      ip: admin.ip ?? null,
    },
  });
}

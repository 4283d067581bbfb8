import type { FundingStatus, PaymentRail } from "@hunar/db/types";

/** A funding request as the client and the admin queue see it. */
export interface FundingView {
  id: string;
  userId: string;
  orderId: string | null;
  amountPaisa: bigint;
  rail: PaymentRail;
  providerReference: string;
  status: FundingStatus;
  rejectionReason: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
}

export const FUNDING_VIEW_SELECT = {
  id: true,
  userId: true,
  orderId: true,
  amountPaisa: true,
  rail: true,
  providerReference: true,
  status: true,
  rejectionReason: true,
  reviewedAt: true,
  createdAt: true,
} as const;

/** The signed-in user funding their wallet. */
export interface FundingUser {
  userId: string;
}

/** An admin deciding on a funding request; the ip goes into the audit log. */
export interface FundingAdmin {
  userId: string;
  isAdmin: boolean;
  ip?: string | null;
}

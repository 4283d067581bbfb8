import type { PaymentRail, Tx } from "@hunar/db/types";

export interface PayoutMethodView {
  id: string;
  rail: PaymentRail;
  accountTitle: string;
  /** Stored form: PK + 22 characters, or 03XXXXXXXXX. */
  accountNumber: string;
  bankName: string | null;
  isDefault: boolean;
  createdAt: Date;
}

export const PAYOUT_METHOD_SELECT = {
  id: true,
  rail: true,
  accountTitle: true,
  accountNumber: true,
  bankName: true,
  isDefault: true,
  createdAt: true,
} as const;

/**
 * Serialises changes to one user's payout methods (the 10-method limit, the single default):
 * two tabs adding methods at once run one after the other. NO KEY UPDATE, so rows that merely
 * reference the user (ledger accounts, messages) are not held up.
 */
export async function lockPayoutMethods(tx: Tx, userId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
  return rows.length > 0;
}

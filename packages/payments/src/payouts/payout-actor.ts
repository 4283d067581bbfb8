/** The signed-in user acting on their own payout methods and withdrawals. */
export interface PayoutUser {
  userId: string;
}

/** An admin deciding a payout; the ip goes into the audit log. */
export interface PayoutAdmin {
  userId: string;
  isAdmin: boolean;
  ip?: string | null;
}

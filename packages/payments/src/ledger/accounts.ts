import type { LedgerAccountType } from "@hunar/db/types";

/**
 * Which ledger account a posting line touches. Accounts are found (or created) by a natural key
 * built from this, so callers never handle account ids: "user:<id>:FREELANCER_AVAILABLE",
 * "order:<id>:ORDER_ESCROW", "platform:PLATFORM_REVENUE".
 */
export type AccountRef =
  | { type: "CLIENT_BALANCE" | "FREELANCER_PENDING" | "FREELANCER_AVAILABLE" | "PAYOUT_CLEARING"; userId: string }
  | { type: "ORDER_ESCROW"; orderId: string }
  | { type: "PLATFORM_REVENUE" | "EXTERNAL_FUNDING" | "EXTERNAL_PAYOUTS" };

export function accountKey(ref: AccountRef): string {
  if ("userId" in ref) return `user:${ref.userId}:${ref.type}`;
  if ("orderId" in ref) return `order:${ref.orderId}:${ref.type}`;
  return `platform:${ref.type}`;
}

/**
 * Accounts that hold somebody's money may never go below zero; the outside world (money that
 * entered or left the platform) is negative or positive by construction (see the sign convention
 * in the schema).
 */
const MAY_GO_NEGATIVE: ReadonlySet<LedgerAccountType> = new Set(["EXTERNAL_FUNDING", "EXTERNAL_PAYOUTS"]);

export function mayGoNegative(type: LedgerAccountType): boolean {
  return MAY_GO_NEGATIVE.has(type);
}

/**
 * The platform's own account and the outside world's are entry-only: postings never lock them and
 * keep no cached balance for them; their balance is the sum of their entries. Every funding and
 * release credits PLATFORM_REVENUE, so locking and updating that one row serialised all postings.
 * The lock and the cache exist for the no-overdraw check, which only accounts holding a
 * customer's money need: the external accounts may go either way, and PLATFORM_REVENUE is
 * debited only to return a client fee to the order that paid it (ADR 008).
 */
export const ENTRY_ONLY_TYPES = [
  "PLATFORM_REVENUE",
  "EXTERNAL_FUNDING",
  "EXTERNAL_PAYOUTS",
] as const satisfies readonly LedgerAccountType[];

const ENTRY_ONLY: ReadonlySet<LedgerAccountType> = new Set(ENTRY_ONLY_TYPES);

export function isEntryOnly(type: LedgerAccountType): boolean {
  return ENTRY_ONLY.has(type);
}

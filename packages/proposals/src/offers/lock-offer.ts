import type { OfferStatus, Tx } from "@hunar/db/types";

export interface LockedOffer {
  id: string;
  senderId: string;
  clientId: string;
  freelancerId: string;
  conversationId: string | null;
  status: OfferStatus;
  expiresAt: Date | null;
}

/**
 * Locks the offer row until the transaction ends and reads its state, so two accepts, or an
 * accept and a withdraw, are decided by who locked first and the loser sees the new status.
 */
export async function lockOffer(tx: Tx, offerId: string): Promise<LockedOffer | null> {
  const rows = await tx.$queryRaw<LockedOffer[]>`
    SELECT id, "senderId", "clientId", "freelancerId", "conversationId", status::text AS status, "expiresAt"
    FROM "Offer" WHERE id = ${offerId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** A pending offer past its expiry can no longer be accepted; it reads as EXPIRED. */
export function offerStatusAt(offer: { status: OfferStatus; expiresAt: Date | null }, now: Date): OfferStatus {
  return offer.status === "PENDING" && offer.expiresAt !== null && offer.expiresAt <= now ? "EXPIRED" : offer.status;
}

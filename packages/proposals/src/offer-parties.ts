import type { Db, Tx } from "@hunar/db/types";

/** The client and freelancer of a custom offer; null if none. */
export async function offerParties(db: Db | Tx, offerId: string): Promise<string[] | null> {
  const offer = await db.offer.findUnique({ where: { id: offerId }, select: { clientId: true, freelancerId: true } });
  return offer ? [offer.clientId, offer.freelancerId] : null;
}

import type { Db, Tx } from "@hunar/db/types";
import { chatError } from "./chat-errors.ts";
import type { MessageAbout } from "./message-rules.ts";

export interface About {
  gigId: string | null;
  proposalId: string | null;
  offerId: string | null;
  orderId: string | null;
}

export const NO_ABOUT: About = { gigId: null, proposalId: null, offerId: null, orderId: null };

/** The people a linked gig, proposal, offer or order concerns; null when it does not exist. */
async function partiesOf(db: Db | Tx, kind: keyof MessageAbout, id: string): Promise<string[] | null> {
  switch (kind) {
    case "gigId": {
      const gig = await db.gig.findUnique({ where: { id }, select: { freelancerId: true } });
      return gig ? [gig.freelancerId] : null;
    }
    case "proposalId": {
      const proposal = await db.proposal.findUnique({ where: { id }, select: { freelancerId: true, job: { select: { clientId: true } } } });
      return proposal ? [proposal.freelancerId, proposal.job.clientId] : null;
    }
    case "offerId": {
      const offer = await db.offer.findUnique({ where: { id }, select: { clientId: true, freelancerId: true } });
      return offer ? [offer.clientId, offer.freelancerId] : null;
    }
    case "orderId": {
      const order = await db.order.findUnique({ where: { id }, select: { clientId: true, freelancerId: true } });
      return order ? [order.clientId, order.freelancerId] : null;
    }
  }
}

/**
 * What a conversation or message is about must exist and concern one of the two people, so a
 * message cannot point at a stranger's order. Unknown and unrelated look the same (NOT_FOUND).
 */
export async function verifyAbout(db: Db | Tx, about: MessageAbout | undefined, userIds: readonly string[]): Promise<About> {
  const verified: About = { ...NO_ABOUT };
  if (!about) return verified;
  for (const kind of ["gigId", "proposalId", "offerId", "orderId"] as const) {
    const id = about[kind];
    if (id === undefined) continue;
    const parties = await partiesOf(db, kind, id);
    if (!parties?.some((party) => userIds.includes(party))) throw chatError("NOT_FOUND", "aboutNotFound");
    verified[kind] = id;
  }
  return verified;
}

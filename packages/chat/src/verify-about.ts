import type { Db, Tx } from "@hunar/db/types";
import { chatError } from "./chat-errors.ts";
import type { ConversationSubjects } from "./conversation-subjects.ts";
import type { MessageAbout } from "./message-rules.ts";

export interface About {
  gigId: string | null;
  proposalId: string | null;
  offerId: string | null;
  orderId: string | null;
}

export const NO_ABOUT: About = { gigId: null, proposalId: null, offerId: null, orderId: null };

/** A gig is one person's (the other asks about it); an order, proposal or offer is between two. */
const BETWEEN_BOTH = new Set<keyof About>(["proposalId", "offerId", "orderId"]);

/**
 * What a conversation or message is about must exist and concern these two people: a gig one of
 * them sells, or an order, proposal or offer between exactly them, so a message cannot point at
 * a stranger's order, nor at an order one of them has with someone else. Unknown and unrelated
 * look the same (NOT_FOUND).
 * The owners of each kind answer through `subjects`; without them nothing can be vouched for,
 * so any link is refused.
 */
export async function verifyAbout(
  db: Db | Tx,
  about: MessageAbout | undefined,
  userIds: readonly string[],
  subjects: ConversationSubjects | undefined,
): Promise<About> {
  const verified: About = { ...NO_ABOUT };
  if (!about) return verified;
  for (const kind of ["gigId", "proposalId", "offerId", "orderId"] as const) {
    const id = about[kind];
    if (id === undefined) continue;
    const parties = subjects ? await subjects[kind](db, id) : null;
    const concerns = BETWEEN_BOTH.has(kind)
      ? userIds.every((userId) => parties?.includes(userId))
      : Boolean(parties?.some((party) => userIds.includes(party)));
    if (!concerns) throw chatError("NOT_FOUND", "aboutNotFound");
    verified[kind] = id;
  }
  return verified;
}

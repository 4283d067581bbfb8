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

/**
 * What a conversation or message is about must exist and concern one of the two people, so a
 * message cannot point at a stranger's order. Unknown and unrelated look the same (NOT_FOUND).
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
    if (!parties?.some((party) => userIds.includes(party))) throw chatError("NOT_FOUND", "aboutNotFound");
    verified[kind] = id;
  }
  return verified;
}

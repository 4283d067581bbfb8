import type { ConversationSubjects } from "@hunar/chat/conversation-subjects";
import { gigParties } from "@hunar/gigs/gig-parties";
import { orderParties } from "@hunar/orders/order-parties";
import { offerParties } from "@hunar/proposals/offer-parties";
import { proposalParties } from "@hunar/proposals/proposal-parties";

/**
 * What a conversation or message may be about, each kind answered by its owner. Composed here,
 * above every domain, and handed to chat by the pages and the socket handlers.
 */
export const conversationSubjects: ConversationSubjects = {
  gigId: gigParties,
  proposalId: proposalParties,
  offerId: offerParties,
  orderId: orderParties,
};

import type { ChatMessage } from "@hunar/chat/realtime/events";

export type OfferStatus = "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "EXPIRED";

export interface OfferState {
  status: OfferStatus;
  may: { accept: boolean; decline: boolean; withdraw: boolean };
}

export const OFFER_SENT_KEY = "chat:system.offerSent";
/** A client's request for a custom offer on a gig (proposals' requestOffer posts it). */
export const OFFER_REQUESTED_KEY = "chat:system.offerRequested";

const ANSWERS: Record<string, OfferStatus> = {
  "chat:system.offerAccepted": "ACCEPTED",
  "chat:system.offerDeclined": "DECLINED",
  "chat:system.offerWithdrawn": "WITHDRAWN",
};

const NONE = { accept: false, decline: false, withdraw: false };

/**
 * What an offer's card in the conversation says and offers. An answer that reached the chat (live,
 * after the page loaded) wins; otherwise the server's reading when the page loaded; for a card
 * that itself arrived live, its own terms: pending until it expires, answered by the other party.
 * The domain checks again under the offer's lock whatever the card shows.
 */
export function offerCardState(
  card: Pick<ChatMessage, "senderId" | "data" | "about">,
  messages: readonly Pick<ChatMessage, "body" | "about">[],
  loaded: Record<string, OfferState>,
  me: string,
  now: Date,
): OfferState | null {
  const offerId = card.about?.offerId;
  if (!offerId) return null;
  const answer = messages.find((message) => message.about?.offerId === offerId && ANSWERS[message.body]);
  if (answer) return { status: ANSWERS[answer.body]!, may: NONE };
  const known = loaded[offerId];
  if (known) return known;
  const expiresAt = typeof card.data?.expiresAt === "string" ? new Date(card.data.expiresAt) : null;
  if (expiresAt && expiresAt <= now) return { status: "EXPIRED", may: NONE };
  const sentByMe = card.senderId === me;
  return { status: "PENDING", may: { accept: !sentByMe, decline: !sentByMe, withdraw: sentByMe } };
}

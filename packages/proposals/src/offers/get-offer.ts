import { AppError } from "@hunar/core/app-error";
import type { Db, OfferStatus } from "@hunar/db/types";
import { readMilestonePlan } from "../terms/work-terms.ts";
import { offerStatusAt } from "./lock-offer.ts";

/**
 * A custom offer as its card shows it to one of its two parties: the terms, the status as of now
 * (a pending offer past its expiry reads EXPIRED), the order it became, and what the viewer may do.
 * Anyone else gets NOT_FOUND.
 */
export async function getOffer(db: Db, viewer: { userId: string }, offerId: string, now = new Date()) {
  const offer = await db.offer.findUnique({
    where: { id: offerId },
    select: {
      id: true,
      senderId: true,
      clientId: true,
      freelancerId: true,
      conversationId: true,
      title: true,
      description: true,
      pricePaisa: true,
      deliveryDays: true,
      revisions: true,
      milestonePlan: true,
      status: true,
      expiresAt: true,
      createdAt: true,
      order: { select: { id: true, number: true } },
    },
  });
  if (!offer || (offer.clientId !== viewer.userId && offer.freelancerId !== viewer.userId)) {
    throw new AppError("NOT_FOUND", "proposals:errors.offerNotFound");
  }
  const { milestonePlan, ...rest } = offer;
  return { ...rest, ...offerState(offer, viewer.userId, now), milestones: readMilestonePlan(milestonePlan) };
}

type OfferParties = { senderId: string; clientId: string; status: OfferStatus; expiresAt: Date | null };

/** The status as of now and what this party may do: the one rule for the offer page and the chat card. */
function offerState(offer: OfferParties, viewerId: string, now: Date) {
  const status = offerStatusAt(offer, now);
  const pending = status === "PENDING";
  return {
    status,
    may: {
      accept: pending && viewerId === offer.clientId,
      decline: pending && viewerId === offer.clientId,
      withdraw: pending && viewerId === offer.senderId,
    },
  };
}

/**
 * The status and the viewer's possible answers of the offers a page of a conversation shows, by
 * id; offers the viewer is not a party to are left out.
 */
export async function offerStates(db: Db, viewer: { userId: string }, offerIds: string[], now = new Date()) {
  if (offerIds.length === 0) return {};
  const offers = await db.offer.findMany({
    where: { id: { in: offerIds }, OR: [{ clientId: viewer.userId }, { freelancerId: viewer.userId }] },
    select: { id: true, senderId: true, clientId: true, status: true, expiresAt: true },
  });
  return Object.fromEntries(offers.map((offer) => [offer.id, offerState(offer, viewer.userId, now)]));
}

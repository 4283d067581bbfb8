import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
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
  const status = offerStatusAt(offer, now);
  const pending = status === "PENDING";
  return {
    ...rest,
    status,
    milestones: readMilestonePlan(milestonePlan),
    may: {
      accept: pending && viewer.userId === offer.clientId,
      decline: pending && viewer.userId === offer.clientId,
      withdraw: pending && viewer.userId === offer.senderId,
    },
  };
}

import { postSystemMessage } from "@hunar/chat/post-system-message";
import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { placeContractOrder } from "@hunar/orders/contracts/place-contract-order";
import { orderHref } from "@hunar/orders/order-link";
import { readMilestonePlan } from "../terms/work-terms.ts";
import { type LockedOffer, lockOffer, offerStatusAt } from "./lock-offer.ts";

/** The offer locked, when `role` may answer it now: NOT_FOUND for anyone else, INVALID_STATE once it is not pending. */
async function lockPendingOffer(tx: Tx, offerId: string, actorId: string, role: "clientId" | "senderId", now: Date): Promise<LockedOffer> {
  const offer = await lockOffer(tx, offerId);
  if (!offer || offer[role] !== actorId) throw new AppError("NOT_FOUND", "proposals:errors.offerNotFound");
  const status = offerStatusAt(offer, now);
  if (status === "EXPIRED") throw new AppError("INVALID_STATE", "proposals:errors.offerExpired");
  if (status !== "PENDING") throw new AppError("INVALID_STATE", "proposals:errors.offerNotPending");
  return offer;
}

/** The card's line in the conversation for what just happened to the offer. */
async function postOfferNotice(tx: Tx, offer: LockedOffer, key: string, actorId: string): Promise<void> {
  if (!offer.conversationId) return;
  await postSystemMessage(tx, {
    conversationId: offer.conversationId,
    key,
    offerId: offer.id,
    actorId,
    dedupeKey: `offer:${offer.id}:${key}`,
  });
}

/**
 * The client accepts a pending, unexpired offer: its order is created awaiting payment (with the
 * offer's milestones when it has them) in the same transaction, and the freelancer is told.
 * The offer lock decides two accepts at once; the unique Order.offerId is the last word.
 */
export async function acceptOffer(db: Db, actor: { userId: string }, offerId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const offer = await lockPendingOffer(tx, offerId, actor.userId, "clientId", now);
    const terms = await tx.offer.findUniqueOrThrow({
      where: { id: offerId },
      select: {
        title: true,
        description: true,
        pricePaisa: true,
        deliveryDays: true,
        revisions: true,
        milestonePlan: true,
        gigId: true,
        client: { select: { displayName: true } },
      },
    });
    const order = await placeContractOrder(
      tx,
      {
        source: "OFFER",
        clientId: offer.clientId,
        freelancerId: offer.freelancerId,
        title: terms.title,
        requirements: terms.description,
        pricePaisa: terms.pricePaisa,
        deliveryDays: terms.deliveryDays,
        revisionsAllowed: terms.revisions,
        milestones: readMilestonePlan(terms.milestonePlan),
        offerId,
        ...(terms.gigId ? { gigId: terms.gigId } : {}),
      },
      now,
    );
    await tx.offer.update({ where: { id: offerId }, data: { status: "ACCEPTED", respondedAt: now } });
    await postOfferNotice(tx, offer, "chat:system.offerAccepted", actor.userId);
    await notify(tx, {
      userId: offer.freelancerId,
      kind: "offer.accepted",
      data: { offerId, orderId: order.id, title: terms.title, clientName: terms.client.displayName },
      link: orderHref(order.id),
      dedupeKey: `offer:${offerId}:accepted`,
    });
    return { orderId: order.id, orderNumber: order.number };
  });
}

/** The client says no to a pending offer; the freelancer is told. */
export async function declineOffer(db: Db, actor: { userId: string }, offerId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const offer = await lockPendingOffer(tx, offerId, actor.userId, "clientId", now);
    const { title } = await tx.offer.update({
      where: { id: offerId },
      data: { status: "DECLINED", respondedAt: now },
      select: { title: true },
    });
    await postOfferNotice(tx, offer, "chat:system.offerDeclined", actor.userId);
    await notify(tx, {
      userId: offer.freelancerId,
      kind: "offer.declined",
      data: { offerId, title },
      link: offer.conversationId ? `/inbox/${offer.conversationId}` : "/inbox",
      dedupeKey: `offer:${offerId}:declined`,
    });
  });
}

/** The freelancer takes back an offer nobody has answered yet. */
export async function withdrawOffer(db: Db, actor: { userId: string }, offerId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const offer = await lockPendingOffer(tx, offerId, actor.userId, "senderId", now);
    await tx.offer.update({ where: { id: offerId }, data: { status: "WITHDRAWN", respondedAt: now } });
    await postOfferNotice(tx, offer, "chat:system.offerWithdrawn", actor.userId);
  });
}

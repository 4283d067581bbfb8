import { findParticipation } from "@hunar/chat/find-participation";
import { postSystemMessage } from "@hunar/chat/post-system-message";
import { isBlockedBetween } from "@hunar/chat/safety/blocks";
import { AppError } from "@hunar/core/app-error";
import { activeUserSelect, isActiveUser } from "@hunar/db/active-user";
import { publicName } from "@hunar/db/public-name";
import type { Db, Tx } from "@hunar/db/types";
import { orderableGigWhere } from "@hunar/gigs/orderable-gig";
import { notify } from "@hunar/notifications/notify";
import { addDays } from "@hunar/orders/order-link";
import { offerTerms, parseOfferInput } from "./offer-input.ts";

/** Open offers one freelancer may have waiting in one conversation: enough to offer options, not to flood. */
export const PENDING_OFFERS_MAX = 5;

/**
 * A freelancer sends the other person in a conversation a custom offer: firm terms the client can
 * accept into an order. It shows as a card in the conversation (a system message pointing at the
 * offer) and the client is notified, all in one transaction. The sender's row lock orders their
 * own offers, so the pending limit holds for offers sent at once.
 */
export async function sendOffer(
  db: Db,
  actor: { userId: string },
  raw: unknown,
  now = new Date(),
): Promise<{ offerId: string; conversationId: string }> {
  const input = parseOfferInput(raw);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.userId} FOR UPDATE`;
    const sender = await tx.user.findUnique({
      where: { id: actor.userId },
      select: { ...activeUserSelect, displayName: true, profile: { select: { showFirstNameOnly: true } } },
    });
    if (!sender || !isActiveUser(sender)) throw new AppError("FORBIDDEN", "proposals:errors.notActive");
    const { otherUserId: clientId } = await findParticipation(tx, actor.userId, input.conversationId);
    const client = await tx.user.findUnique({ where: { id: clientId }, select: activeUserSelect });
    if (!client || !isActiveUser(client)) throw new AppError("INVALID_STATE", "proposals:errors.offerClientUnavailable");
    if (await isBlockedBetween(tx, actor.userId, clientId)) throw new AppError("FORBIDDEN", "proposals:errors.offerBlocked");
    const pending = await tx.offer.count({
      where: { senderId: actor.userId, conversationId: input.conversationId, status: "PENDING", expiresAt: { gt: now } },
    });
    if (pending >= PENDING_OFFERS_MAX) {
      throw new AppError("RATE_LIMITED", "proposals:errors.offerPendingLimit", { params: { limit: PENDING_OFFERS_MAX } });
    }
    if (input.gigId && !(await ownOrderableGig(tx, input.gigId, actor.userId))) {
      throw new AppError("NOT_FOUND", "proposals:errors.offerGigUnavailable", {
        fields: { gigId: { key: "proposals:errors.offerGigUnavailable" } },
      });
    }
    const { milestonePlan, ...terms } = offerTerms(input);
    const expiresAt = addDays(now, input.expiresInDays);
    const offer = await tx.offer.create({
      data: {
        senderId: actor.userId,
        freelancerId: actor.userId,
        clientId,
        conversationId: input.conversationId,
        gigId: input.gigId ?? null,
        ...terms,
        ...(milestonePlan === null ? {} : { milestonePlan }),
        expiresAt,
        createdAt: now,
      },
      select: { id: true },
    });
    await postSystemMessage(tx, {
      conversationId: input.conversationId,
      key: "chat:system.offerSent",
      offerId: offer.id,
      // What the card in the conversation shows, also when it arrives live.
      data: {
        title: terms.title,
        pricePaisa: terms.pricePaisa,
        deliveryDays: terms.deliveryDays,
        milestones: input.milestones?.length ?? 0,
        expiresAt: expiresAt.toISOString(),
      },
      actorId: actor.userId,
      dedupeKey: `offer:${offer.id}:sent`,
    });
    await notify(tx, {
      userId: clientId,
      kind: "offer.received",
      data: {
        offerId: offer.id,
        conversationId: input.conversationId,
        title: terms.title,
        freelancerName: publicName(sender.displayName, sender.profile?.showFirstNameOnly ?? false),
        pricePaisa: String(terms.pricePaisa),
      },
      link: `/inbox/${input.conversationId}`,
      dedupeKey: `offer:${offer.id}:received`,
    });
    return { offerId: offer.id, conversationId: input.conversationId };
  });
}

/** An offer names a gig only when it is the sender's own and buyers can order it. */
async function ownOrderableGig(tx: Tx, gigId: string, freelancerId: string): Promise<boolean> {
  return (await tx.gig.findFirst({ where: { id: gigId, freelancerId, ...orderableGigWhere }, select: { id: true } })) !== null;
}

import type { ChatActor } from "@hunar/chat/chat-actor";
import type { ConversationSubjects } from "@hunar/chat/conversation-subjects";
import type { MessageLimiter } from "@hunar/chat/message-limiter";
import { postSystemMessage } from "@hunar/chat/post-system-message";
import { ZClientMessageId } from "@hunar/chat/message-rules";
import { type SendMessageResult, sendMessage } from "@hunar/chat/send-message";
import { startConversation } from "@hunar/chat/start-conversation";
import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import { publicName } from "@hunar/db/public-name";
import type { Db } from "@hunar/db/types";
import { orderableGigWhere } from "@hunar/gigs/orderable-gig";
import { block } from "@hunar/gigs/text-schemas";
import { notify } from "@hunar/notifications/notify";
import { z } from "zod";
import { localizedTitle } from "../localized-title.ts";
import { ZDays, ZPriceRupees } from "../terms/work-terms.ts";

export const OFFER_REQUESTED_KEY = "chat:system.offerRequested";

const blankIsAbsent = (value: unknown) => (value === "" || value === null ? undefined : value);

// What the client needs, and optionally what they would pay and by when: the same price and
// day bounds as an offer, so a request can always be answered with one.
export const ZRequestOfferInput = z.object({
  gigId: z.string().trim().min(1).max(64),
  clientMessageId: ZClientMessageId,
  details: block(20, 2000),
  budgetRupees: z.preprocess(blankIsAbsent, ZPriceRupees.optional()),
  days: z.preprocess(blankIsAbsent, ZDays.optional()),
});

export interface RequestOfferDeps {
  limiter: MessageLimiter;
  /** What chat may link a conversation to (the gig here); composed above the domains. */
  subjects: ConversationSubjects;
}

export interface RequestedOffer {
  conversationId: string;
  /** The client's words, to send live like any message. */
  sent: SendMessageResult;
  freelancerId: string;
}

/**
 * A client asks a freelancer for a custom offer on one of their gigs: what they need goes into
 * the conversation about that gig as the client's own message (every chat rule applies: blocks,
 * a confirmed e-mail, the message limit), followed by a note the freelancer answers with an
 * offer, and the freelancer is told. Sent again with the same clientMessageId (a retried form),
 * nothing is written twice.
 */
export async function requestOffer(db: Db, actor: ChatActor, raw: unknown, deps: RequestOfferDeps): Promise<RequestedOffer> {
  const input = parseInput(ZRequestOfferInput, raw, { keyPrefix: "gigs:errors." });
  const gig = await db.gig.findFirst({
    where: { id: input.gigId, ...orderableGigWhere },
    select: {
      id: true,
      titleUr: true,
      titleEn: true,
      freelancerId: true,
      freelancer: { select: { preferredLocale: true } },
    },
  });
  if (!gig) throw new AppError("NOT_FOUND", "gigs:errors.gigUnavailable");
  if (gig.freelancerId === actor.userId) throw new AppError("BAD_INPUT", "proposals:errors.requestOwnGig");
  const about = { gigId: gig.id };
  const conversationId = await startConversation(db, actor, { otherUserId: gig.freelancerId, about }, deps.subjects);
  const sent = await sendMessage(db, actor, { conversationId, clientMessageId: input.clientMessageId, body: input.details, about }, deps);
  // What the freelancer's note shows beside the client's words.
  const wish: Record<string, number> = {};
  if (input.budgetRupees !== undefined) wish.budgetPaisa = input.budgetRupees * 100;
  if (input.days !== undefined) wish.days = input.days;
  await db.$transaction(async (tx) => {
    const note = await postSystemMessage(tx, {
      conversationId,
      key: OFFER_REQUESTED_KEY,
      gigId: gig.id,
      data: wish,
      actorId: actor.userId,
      dedupeKey: `offer-request:${sent.message.id}`,
    });
    if (note.replayed) return;
    const client = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { displayName: true, profile: { select: { showFirstNameOnly: true } } },
    });
    await notify(tx, {
      userId: gig.freelancerId,
      kind: "offer.requested",
      data: {
        conversationId,
        gigId: gig.id,
        title: localizedTitle(gig, gig.freelancer.preferredLocale),
        clientName: publicName(client.displayName, client.profile?.showFirstNameOnly ?? false),
      },
      link: `/inbox/${conversationId}`,
      dedupeKey: `offer-request:${sent.message.id}`,
    });
  });
  return { conversationId, sent, freelancerId: gig.freelancerId };
}

import { activeUserSelect, isActiveUser } from "@hunar/auth/active-user";
import { assertEmailVerified, verifiedEmailSelect } from "@hunar/auth/verified-email";
import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db, Tx } from "@hunar/db/types";
import { writeAnswers } from "../requirements/write-answers.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { type PlaceGigOrderInput, ZPlaceGigOrderInput } from "./checkout-input.ts";
import { type GigOrderQuote, quoteGigOrder } from "./quote-gig-order.ts";

export interface PlacedOrder {
  id: string;
  number: number;
  totalPaisa: number;
}

/**
 * Creates the order, PENDING_PAYMENT, from the quote of this moment: package and chosen extras,
 * fees, the fee schedule snapshot (later rate changes never touch it), delivery days and
 * revisions. The extras bought and the gig's questions are copied onto the order, so later edits
 * of the gig change nothing here; answers given at checkout are stored with them (the rest can
 * follow on the order page). Nothing is charged yet; payOrder funds it. The title is in the
 * client's language, falling back to the other one when the gig has only one. One transaction:
 * any refusal (a bad answer, someone else's extra, a client whose e-mail is not verified yet)
 * leaves nothing behind.
 */
export async function placeGigOrder(db: Db, client: { userId: string }, raw: PlaceGigOrderInput, now = new Date()): Promise<PlacedOrder> {
  const input = parseInput(ZPlaceGigOrderInput, raw);
  return db.$transaction(async (tx) => {
    const buyer = await tx.user.findUnique({
      where: { id: client.userId },
      select: { ...activeUserSelect, ...verifiedEmailSelect, preferredLocale: true },
    });
    if (!buyer) throw new AppError("UNAUTHENTICATED", "errors:unauthenticated");
    if (!isActiveUser(buyer)) throw new AppError("FORBIDDEN", "payments:errors.checkout.accountSuspended");
    assertEmailVerified(buyer);
    const quote = await quoteGigOrder(tx, input, now);
    if (quote.gig.freelancerId === client.userId) throw new AppError("FORBIDDEN", "payments:errors.checkout.ownGig");
    const { gig, package: pkg, fees, feeSchedule } = quote;
    const title = (buyer.preferredLocale === "ur" ? (gig.titleUr ?? gig.titleEn) : (gig.titleEn ?? gig.titleUr)) ?? gig.slug;
    const order = await tx.order.create({
      data: {
        source: "GIG",
        clientId: client.userId,
        freelancerId: gig.freelancerId,
        gigId: gig.id,
        gigPackageId: pkg.id,
        packageTier: pkg.tier,
        title,
        requirements: input.requirements ?? null,
        subtotalPaisa: fees.subtotalPaisa,
        clientFeePaisa: fees.clientFeePaisa,
        freelancerFeePaisa: fees.freelancerFeePaisa,
        totalPaisa: fees.totalPaisa,
        feeScheduleId: feeSchedule.id,
        freelancerFeeBps: feeSchedule.freelancerFeeBps,
        clientFeeBps: feeSchedule.clientFeeBps,
        minimumFeePaisa: feeSchedule.minimumFeePaisa,
        clearanceDays: feeSchedule.clearanceDays,
        deliveryDays: quote.deliveryDays,
        revisionsAllowed: pkg.revisions,
        status: "PENDING_PAYMENT",
        createdAt: now,
      },
      select: { id: true, number: true, totalPaisa: true },
    });
    await copyGigTerms(tx, order.id, quote);
    await writeAnswers(tx, { orderId: order.id, clientId: client.userId, answers: input.answers, requireAll: false, now });
    await recordOrderEvent(tx, { order, kind: "placed", data: {}, actorId: client.userId, at: now, dedupeKey: `order:${order.id}:placed` });
    return order;
  });
}

/** The extras bought (named in both languages, so each party reads their own) and the questions to answer, as the gig has them now. */
async function copyGigTerms(tx: Tx, orderId: string, quote: GigOrderQuote): Promise<void> {
  await tx.orderExtra.createMany({
    data: quote.chosenExtras.map((extra) => ({
      orderId,
      gigExtraId: extra.id,
      titleUr: extra.titleUr,
      titleEn: extra.titleEn,
      pricePaisa: extra.pricePaisa,
      extraDays: extra.extraDays,
    })),
  });
  await tx.orderRequirement.createMany({
    data: quote.requirements.map((requirement) => ({ orderId, ...requirement })),
  });
}

import { activeUserSelect, isActiveUser } from "@hunar/auth/active-user";
import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { parseInput } from "@hunar/core/parse-input";
import { type PlaceGigOrderInput, ZPlaceGigOrderInput } from "./checkout-input.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { quoteGigOrder } from "./quote-gig-order.ts";

export interface PlacedOrder {
  id: string;
  number: number;
  totalPaisa: number;
}

/**
 * Creates the order, PENDING_PAYMENT, from the quote of this moment: package, fees, the fee
 * schedule snapshot (later rate changes never touch it), delivery days and revisions. Nothing is
 * charged yet; payOrder funds it. The title is in the client's language, falling back to the
 * other one when the gig has only one.
 */
export async function placeGigOrder(db: Db, client: { userId: string }, raw: PlaceGigOrderInput, now = new Date()): Promise<PlacedOrder> {
  const input = parseInput(ZPlaceGigOrderInput, raw);
  return db.$transaction(async (tx) => {
    const buyer = await tx.user.findUnique({
      where: { id: client.userId },
      select: { ...activeUserSelect, preferredLocale: true },
    });
    if (!buyer) throw new AppError("UNAUTHENTICATED", "errors:unauthenticated");
    if (!isActiveUser(buyer)) throw new AppError("FORBIDDEN", "payments:errors.checkout.accountSuspended");
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
        deliveryDays: pkg.deliveryDays,
        revisionsAllowed: pkg.revisions,
        status: "PENDING_PAYMENT",
        createdAt: now,
      },
      select: { id: true, number: true, totalPaisa: true },
    });
    await recordOrderEvent(tx, { order, kind: "placed", data: {}, actorId: client.userId, at: now, dedupeKey: `order:${order.id}:placed` });
    return order;
  });
}

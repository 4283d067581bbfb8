import type { SeedDb } from "./db-handle.ts";
import { DEMO_GIGS } from "./demo-gigs.ts";
import { DEMO_CLIENTS } from "./demo-people.ts";
import { DEMO_REVIEW_TEXTS } from "./demo-reviews.ts";
import { feePaisa } from "./money.ts";
import { type SeededGig, need } from "./seed-gigs.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Finished, reviewed orders behind the demo gigs' ratings, so every star on a card has a real
 * review and order behind it. Orders have no natural key, so each gets a stable id built from
 * the gig slug and its number; an order that exists is skipped. The ledger is not touched: demo
 * history is not money the platform holds.
 */
export async function seedDemoOrders(
  db: SeedDb,
  refs: {
    users: Map<string, string>;
    gigs: Map<string, SeededGig>;
    feeScheduleId: string;
    now?: Date;
  },
): Promise<{ created: number }> {
  const fees = await db.feeSchedule.findUniqueOrThrow({ where: { id: refs.feeScheduleId } });
  const now = refs.now ?? new Date();
  let created = 0;
  for (const [gigIndex, seed] of DEMO_GIGS.entries()) {
    const gig = refs.gigs.get(seed.slug);
    if (!gig) throw new Error(`gig ${seed.slug} was not seeded`);
    for (let n = 0; n < seed.completedOrders; n += 1) {
      const id = `seed-order-${seed.slug}-${n + 1}`;
      if (await db.order.findUnique({ where: { id }, select: { id: true } })) continue;

      const client = DEMO_CLIENTS[(gigIndex * 3 + n) % DEMO_CLIENTS.length];
      const review = DEMO_REVIEW_TEXTS[(gigIndex + n * 3) % DEMO_REVIEW_TEXTS.length];
      if (!client || !review) throw new Error("demo client or review list is empty");
      const clientId = need(refs.users, client.handle, "user");
      const pkg = gig.orderPackage;
      const completedAt = new Date(now.getTime() - (7 + 19 * n + gigIndex) * DAY_MS);
      const deliveredAt = new Date(completedAt.getTime() - DAY_MS);
      const fundedAt = new Date(deliveredAt.getTime() - pkg.deliveryDays * DAY_MS);
      const clientFee = feePaisa(pkg.pricePaisa, fees.clientFeeBps, fees.minimumFeePaisa);
      const freelancerFee = feePaisa(pkg.pricePaisa, fees.freelancerFeeBps, fees.minimumFeePaisa);

      await db.order.create({
        data: {
          id,
          source: "GIG",
          clientId,
          freelancerId: gig.freelancerId,
          gigId: gig.id,
          gigPackageId: pkg.id,
          packageTier: pkg.tier,
          title: client.locale === "ur" ? seed.titleUr : seed.titleEn,
          subtotalPaisa: pkg.pricePaisa,
          clientFeePaisa: clientFee,
          freelancerFeePaisa: freelancerFee,
          totalPaisa: pkg.pricePaisa + clientFee,
          feeScheduleId: fees.id,
          freelancerFeeBps: fees.freelancerFeeBps,
          clientFeeBps: fees.clientFeeBps,
          minimumFeePaisa: fees.minimumFeePaisa,
          clearanceDays: fees.clearanceDays,
          deliveryDays: pkg.deliveryDays,
          revisionsAllowed: pkg.revisions,
          status: "COMPLETED",
          createdAt: fundedAt,
          fundedAt,
          dueAt: new Date(fundedAt.getTime() + pkg.deliveryDays * DAY_MS),
          deliveredAt,
          completedAt,
          requirementsSubmittedAt: fundedAt,
          reviewsCloseAt: new Date(completedAt.getTime() + 10 * DAY_MS),
          deliveries: {
            create: {
              senderId: gig.freelancerId,
              message: "Final files attached.",
              createdAt: deliveredAt,
            },
          },
          reviews: {
            create: {
              authorId: clientId,
              subjectId: gig.freelancerId,
              subjectRole: "FREELANCER",
              gigId: gig.id,
              packageTier: pkg.tier,
              rating: review.rating,
              // Seeded as if the window had closed: public, and counted in the aggregates.
              revealedAt: completedAt,
              comment: review.comment,
              createdAt: completedAt,
            },
          },
        },
      });
      created += 1;
    }
  }
  return { created };
}

import type { SeedDb } from "./db-handle.ts";

/**
 * Recomputes gigs' and freelancers' rating sums and counts and gigs' completed-order counts from
 * the rows themselves, writing only what differs, so running it again changes nothing.
 */
export async function syncRatingAggregates(db: SeedDb, gigIds: string[]): Promise<void> {
  // Sequential on purpose: inside an interactive transaction queries share one connection.
  const ratings = await db.review.groupBy({
    by: ["gigId"],
    where: { gigId: { in: gigIds }, hiddenAt: null, revealedAt: { not: null } },
    _sum: { rating: true },
    _count: { _all: true },
  });
  const completions = await db.order.groupBy({
    by: ["gigId"],
    where: { gigId: { in: gigIds }, status: "COMPLETED" },
    _count: { _all: true },
  });
  const gigs = await db.gig.findMany({
    where: { id: { in: gigIds } },
    select: {
      id: true,
      freelancerId: true,
      ratingSum: true,
      ratingCount: true,
      ordersCompleted: true,
    },
  });
  for (const gig of gigs) {
    const rating = ratings.find((r) => r.gigId === gig.id);
    const want = {
      ratingSum: rating?._sum.rating ?? 0,
      ratingCount: rating?._count._all ?? 0,
      ordersCompleted: completions.find((c) => c.gigId === gig.id)?._count._all ?? 0,
    };
    const same = want.ratingSum === gig.ratingSum && want.ratingCount === gig.ratingCount && want.ordersCompleted === gig.ordersCompleted;
    if (same) continue;
    await db.gig.update({ where: { id: gig.id }, data: want });
  }
  await syncProfileRatings(db, [...new Set(gigs.map((g) => g.freelancerId))]);
}

async function syncProfileRatings(db: SeedDb, userIds: string[]): Promise<void> {
  const ratings = await db.review.groupBy({
    by: ["subjectId"],
    where: { subjectId: { in: userIds }, subjectRole: "FREELANCER", hiddenAt: null, revealedAt: { not: null } },
    _sum: { rating: true },
    _count: { _all: true },
  });
  const profiles = await db.profile.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, ratingSum: true, ratingCount: true },
  });
  for (const profile of profiles) {
    const rating = ratings.find((r) => r.subjectId === profile.userId);
    const want = { ratingSum: rating?._sum.rating ?? 0, ratingCount: rating?._count._all ?? 0 };
    if (want.ratingSum === profile.ratingSum && want.ratingCount === profile.ratingCount) continue;
    await db.profile.update({ where: { userId: profile.userId }, data: want });
  }
}

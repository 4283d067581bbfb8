import type { ReviewSubjectRole, Tx } from "@hunar/db/types";

/** A review at the moment it is revealed: what its rating adds to which aggregates. */
export interface RevealedRating {
  subjectId: string;
  subjectRole: ReviewSubjectRole;
  gigId: string | null;
  rating: number;
  hiddenAt: Date | null;
}

/**
 * Adds newly revealed ratings to the gig's and the profiles' sums and counts, in the revealing
 * transaction, so an aggregate always equals its revealed, visible rows. A review moderation
 * hid before its reveal never counts. Gigs first, then profiles in id order: every revealing
 * transaction takes these row locks in the same order, so two of them never deadlock.
 */
export async function countRevealedRatings(tx: Tx, revealed: readonly RevealedRating[]): Promise<void> {
  const counted = revealed.filter((review) => review.hiddenAt === null);
  const freelancerReviews = counted.filter((review) => review.subjectRole === "FREELANCER");
  for (const [gigId, sum, count] of totals(freelancerReviews, (review) => review.gigId)) {
    // Raw SQL: a rating is not an edit of the listing, so Gig.updatedAt stays as it is; the
    // database trigger recomputes ratingAverage and searchBoost from the new sum and count.
    await tx.$executeRaw`
      UPDATE "Gig" SET "ratingSum" = "ratingSum" + ${sum}, "ratingCount" = "ratingCount" + ${count} WHERE id = ${gigId}`;
  }
  const subjects = [...new Set(counted.map((review) => review.subjectId))].sort();
  for (const userId of subjects) {
    const mine = counted.filter((review) => review.subjectId === userId);
    const [asFreelancer, asClient] = [sumOf(mine, "FREELANCER"), sumOf(mine, "CLIENT")];
    await tx.$executeRaw`
      INSERT INTO "Profile" ("userId", "ratingSum", "ratingCount", "clientRatingSum", "clientRatingCount", "updatedAt")
      VALUES (${userId}, ${asFreelancer.sum}, ${asFreelancer.count}, ${asClient.sum}, ${asClient.count}, now())
      ON CONFLICT ("userId") DO UPDATE SET
        "ratingSum" = "Profile"."ratingSum" + EXCLUDED."ratingSum",
        "ratingCount" = "Profile"."ratingCount" + EXCLUDED."ratingCount",
        "clientRatingSum" = "Profile"."clientRatingSum" + EXCLUDED."clientRatingSum",
        "clientRatingCount" = "Profile"."clientRatingCount" + EXCLUDED."clientRatingCount"`;
  }
}

function sumOf(reviews: readonly RevealedRating[], role: ReviewSubjectRole): { sum: number; count: number } {
  const matching = reviews.filter((review) => review.subjectRole === role);
  return { sum: matching.reduce((total, review) => total + review.rating, 0), count: matching.length };
}

/** [key, sum, count] per non-null key, keys in sorted order. */
function totals(reviews: readonly RevealedRating[], keyOf: (review: RevealedRating) => string | null): [string, number, number][] {
  const byKey = new Map<string, [number, number]>();
  for (const review of reviews) {
    const key = keyOf(review);
    if (key === null) continue;
    const [sum, count] = byKey.get(key) ?? [0, 0];
    byKey.set(key, [sum + review.rating, count + 1]);
  }
  return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, [sum, count]]) => [key, sum, count]);
}

import type { Db } from "@hunar/db/client";
import { orderableGigWhere } from "../orderable-gig.ts";
import { averageRating } from "../rating.ts";

export interface PopularGig {
  id: string;
  slug: string;
  titleUr: string | null;
  titleEn: string | null;
  /** Paisa; null until the gig has a package. */
  startingPricePaisa: number | null;
  /** Average stars to one decimal, null before the first review. */
  rating: number | null;
  ratingCount: number;
  ordersCompleted: number;
  category: { slug: string; nameUr: string; nameEn: string };
  freelancer: { displayName: string; handle: string | null; city: string | null; avatarKey: string | null };
  image: { storageKey: string; width: number; height: number; altUr: string | null; altEn: string | null } | null;
}

/** Orderable gigs (published, by active sellers) people order most, then the best rated, then the newest. */
export async function loadPopularGigs(db: Db, limit: number): Promise<PopularGig[]> {
  const gigs = await db.gig.findMany({
    where: orderableGigWhere,
    orderBy: [{ ordersCompleted: "desc" }, { ratingCount: "desc" }, { publishedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      titleUr: true,
      titleEn: true,
      startingPricePaisa: true,
      ratingSum: true,
      ratingCount: true,
      ordersCompleted: true,
      category: { select: { slug: true, nameUr: true, nameEn: true } },
      freelancer: { select: { displayName: true, handle: true, profile: { select: { city: true, avatarKey: true } } } },
      images: {
        select: { storageKey: true, width: true, height: true, altUr: true, altEn: true },
        orderBy: { position: "asc" },
        take: 1,
      },
    },
  });
  return gigs.map(({ ratingSum, freelancer, images, ...gig }) => ({
    ...gig,
    rating: averageRating(ratingSum, gig.ratingCount),
    freelancer: {
      displayName: freelancer.displayName,
      handle: freelancer.handle,
      city: freelancer.profile?.city ?? null,
      avatarKey: freelancer.profile?.avatarKey ?? null,
    },
    image: images[0] ?? null,
  }));
}

import { activeUserWhere } from "@hunar/db/active-user";
import type { Db } from "@hunar/db/client";
import { orderableGigWhere } from "../orderable-gig.ts";
import { averageRating } from "../rating.ts";
import { loadSellerCard, type SellerCard } from "../seller-card.ts";

/** The seller card the gig page shows, plus the bio, published gigs and reviews. */
export interface SellerProfile extends SellerCard {
  bioUr: string | null;
  bioEn: string | null;
  gigs: SellerGig[];
  reviews: SellerReview[];
}

export interface SellerGig {
  id: string;
  slug: string;
  titleUr: string | null;
  titleEn: string | null;
  startingPricePaisa: number | null;
  rating: number | null;
  ratingCount: number;
  image: { storageKey: string; width: number; height: number; variantWidths: number[] } | null;
}

export interface SellerReview {
  id: string;
  rating: number;
  comment: string | null;
  reply: string | null;
  createdAt: Date;
  author: { displayName: string };
}

const REVIEWS_SHOWN = 10;
const GIGS_SHOWN = 24;

/**
 * A seller's public page by handle or id: the same card as on their gigs, their bio, orderable
 * gigs and the newest visible reviews they received. Only active accounts have a public page: a
 * suspended seller's is null, as for an unknown one, so the page says "not available" without
 * telling the world why.
 */
export async function loadSellerProfile(db: Db, by: { handle: string } | { id: string }): Promise<SellerProfile | null> {
  const user = await db.user.findFirst({
    where: { ...("handle" in by ? { handle: by.handle } : { id: by.id }), ...activeUserWhere },
    select: { id: true, profile: { select: { bioUr: true, bioEn: true } } },
  });
  if (!user) return null;
  const [card, gigs, reviews] = await Promise.all([
    loadSellerCard(db, user.id),
    db.gig.findMany({
      where: { freelancerId: user.id, ...orderableGigWhere },
      orderBy: [{ ordersCompleted: "desc" }, { publishedAt: "desc" }, { id: "asc" }],
      take: GIGS_SHOWN,
      select: {
        id: true,
        slug: true,
        titleUr: true,
        titleEn: true,
        startingPricePaisa: true,
        ratingSum: true,
        ratingCount: true,
        images: { select: { storageKey: true, width: true, height: true, variantWidths: true }, orderBy: { position: "asc" }, take: 1 },
      },
    }),
    db.review.findMany({
      // Public reviews of their work only: revealed (double-blind) and not hidden by moderation.
      where: { subjectId: user.id, subjectRole: "FREELANCER", hiddenAt: null, revealedAt: { not: null } },
      orderBy: [{ revealedAt: "desc" }, { id: "desc" }],
      take: REVIEWS_SHOWN,
      select: { id: true, rating: true, comment: true, reply: true, createdAt: true, author: { select: { displayName: true } } },
    }),
  ]);
  if (!card) return null;
  return {
    ...card,
    bioUr: user.profile?.bioUr ?? null,
    bioEn: user.profile?.bioEn ?? null,
    gigs: gigs.map(({ ratingSum, images, ...gig }) => ({
      ...gig,
      rating: averageRating(ratingSum, gig.ratingCount),
      image: images[0] ?? null,
    })),
    reviews,
  };
}

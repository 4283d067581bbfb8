import { isActiveUser } from "@hunar/db/active-user";
import type { Db, GigStatus, Tx } from "@hunar/db/types";
import type { GigActor } from "./gig-actor.ts";
import { type CategoryRef, type GigFaqView, type GigImageView, loadGigRow } from "./load-gig-row.ts";
import { renderGigMarkdown } from "./markdown.ts";
import { type GigExtraView, type GigPackageView, gigUnavailable, isOrderableGig } from "./orderable-gig.ts";
import { averageRating } from "./rating.ts";
import { loadSellerCard, type SellerCard } from "./seller-card.ts";
import { PACKAGE_TIERS } from "./validation.ts";

export interface GigPage {
  id: string;
  slug: string;
  status: GigStatus;
  titleUr: string | null;
  titleEn: string | null;
  descriptionUr: string | null;
  descriptionEn: string | null;
  /** The descriptions rendered from the safe markdown subset and sanitised: insert as is. */
  descriptionHtmlUr: string | null;
  descriptionHtmlEn: string | null;
  category: CategoryRef & { parent: CategoryRef | null };
  packages: GigPackageView[];
  images: GigImageView[];
  tags: Array<{ slug: string; label: string }>;
  extras: GigExtraView[];
  faqs: GigFaqView[];
  startingPricePaisa: number | null;
  rating: number | null;
  ratingCount: number;
  ordersCompleted: number;
  viewCount: number;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  seller: SellerCard;
  viewer: { isOwner: boolean; isAdmin: boolean };
  /** False when the seller's account is not active (only owners and admins ever see such a gig). */
  sellerActive: boolean;
  /** Owner and admins only; null for everyone else. */
  rejectionReason: string | null;
  pendingRevision: { id: string; createdAt: Date } | null;
  lastRevisionDecision: { status: "REJECTED"; reason: string | null; reviewedAt: Date | null } | null;
}

const REVIEWS_SHOWN = 10;

/**
 * Everything the gig page shows. An orderable gig (published, by an active seller) is public;
 * any other is NOT_FOUND `gigs:errors.gigUnavailable` for everyone but its owner and admins (who
 * see it with its status and the moderator's reason), the same answer as for a gig that does not
 * exist, so the page never tells which.
 */
export async function getGig(db: Db | Tx, idOrSlug: string, viewer: GigActor | null): Promise<GigPage> {
  if (idOrSlug.length === 0 || idOrSlug.length > 200) throw gigUnavailable();
  const gig = await loadGigRow(db, idOrSlug);
  if (!gig) throw gigUnavailable();
  const isOwner = viewer?.userId === gig.freelancerId;
  const isAdmin = viewer?.isAdmin === true;
  const privileged = isOwner || isAdmin;
  if (!isOrderableGig(gig) && !privileged) throw gigUnavailable();

  const [seller, revisions] = await Promise.all([
    loadSellerCard(db, gig.freelancerId),
    privileged
      ? db.gigRevision.findMany({
          where: { gigId: gig.id, status: { in: ["PENDING_REVIEW", "REJECTED"] } },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { id: true, status: true, createdAt: true, rejectionReason: true, reviewedAt: true },
        })
      : Promise.resolve([]),
  ]);
  if (!seller) throw gigUnavailable();
  const latest = revisions[0];

  return {
    id: gig.id,
    slug: gig.slug,
    status: gig.status,
    titleUr: gig.titleUr,
    titleEn: gig.titleEn,
    descriptionUr: gig.descriptionUr,
    descriptionEn: gig.descriptionEn,
    descriptionHtmlUr: gig.descriptionUr === null ? null : renderGigMarkdown(gig.descriptionUr),
    descriptionHtmlEn: gig.descriptionEn === null ? null : renderGigMarkdown(gig.descriptionEn),
    category: gig.category,
    // The statement selects exactly the view's fields: the rows are passed on as they are.
    packages: [...gig.packages].sort((a, b) => PACKAGE_TIERS.indexOf(a.tier) - PACKAGE_TIERS.indexOf(b.tier)),
    images: gig.images,
    tags: [...gig.tags].sort((a, b) => a.label.localeCompare(b.label)),
    extras: gig.extras,
    faqs: gig.faqs,
    startingPricePaisa: gig.startingPricePaisa,
    rating: averageRating(gig.ratingSum, gig.ratingCount),
    ratingCount: gig.ratingCount,
    ordersCompleted: gig.ordersCompleted,
    viewCount: gig.viewCount,
    publishedAt: gig.publishedAt,
    createdAt: gig.createdAt,
    updatedAt: gig.updatedAt,
    seller,
    viewer: { isOwner, isAdmin },
    sellerActive: isActiveUser(gig.freelancer),
    rejectionReason: privileged ? gig.rejectionReason : null,
    pendingRevision: latest?.status === "PENDING_REVIEW" ? { id: latest.id, createdAt: latest.createdAt } : null,
    lastRevisionDecision:
      latest?.status === "REJECTED" ? { status: "REJECTED", reason: latest.rejectionReason, reviewedAt: latest.reviewedAt } : null,
  };
}

/**
 * The gig page with its latest public reviews, for API clients that read the gig in one call (the
 * web page pages through reviews with listGigReviews instead). Double-blind reviews stay hidden
 * until revealed, and hidden ones are left out.
 */
export async function getGigWithReviews(db: Db | Tx, idOrSlug: string, viewer: GigActor | null) {
  const page = await getGig(db, idOrSlug, viewer);
  const reviews = await db.review.findMany({
    where: { gigId: page.id, hiddenAt: null, revealedAt: { not: null } },
    orderBy: [{ revealedAt: "desc" }, { id: "desc" }],
    take: REVIEWS_SHOWN,
    select: {
      id: true,
      rating: true,
      comment: true,
      reply: true,
      createdAt: true,
      author: { select: { displayName: true, handle: true } },
    },
  });
  return { ...page, reviews };
}

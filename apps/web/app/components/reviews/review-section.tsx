import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { ReviewCard, type ReviewCardView } from "./review-card.tsx";

export interface ReviewSectionProps {
  reviews: (ReviewCardView & { author: { displayName: string } })[];
  nextCursor: string | null;
  /** The page being shown is an older one (the address has `?reviews=`). */
  paged: boolean;
  rating: number | null;
  ratingCount: number;
}

/** Where the "more" link lands: the section itself, so the reader keeps their place without JavaScript. */
export const REVIEWS_ANCHOR = "reviews";

/**
 * The revealed reviews of a gig or a freelancer, newest first, a page at a time. "Older reviews"
 * is a plain link to `?reviews=<cursor>`, so paging works before (or without) JavaScript.
 */
export function ReviewSection({ reviews, nextCursor, paged, rating, ratingCount }: ReviewSectionProps) {
  const { t, i18n } = useTranslation("reviews");
  const locale = i18n.language as Locale;
  return (
    <section id={REVIEWS_ANCHOR} aria-labelledby="reviews-title" className="flex flex-col gap-3">
      <h2 id="reviews-title" className="text-xl font-bold">
        {t("list.title")}
      </h2>
      <p className="text-stone-700">
        {rating !== null
          ? t("list.summary", { rating: formatNumber(rating, locale), count: ratingCount, total: formatNumber(ratingCount, locale) })
          : t("list.none")}
      </p>
      {reviews.length > 0 ? (
        <ul className="flex flex-col gap-3">
          {reviews.map((review) => (
            <li key={review.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <ReviewCard review={review} />
            </li>
          ))}
        </ul>
      ) : paged ? (
        <p className="text-stone-700">{t("list.noMore")}</p>
      ) : null}
      {nextCursor || paged ? (
        <nav className="flex flex-wrap gap-4">
          {nextCursor ? (
            <Link
              to={{ search: `?reviews=${encodeURIComponent(nextCursor)}`, hash: REVIEWS_ANCHOR }}
              className="text-emerald-800 underline"
            >
              {t("list.more")}
            </Link>
          ) : null}
          {paged ? (
            <Link to={{ search: "", hash: REVIEWS_ANCHOR }} className="text-emerald-800 underline">
              {t("list.newest")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { useTranslation } from "react-i18next";

export interface ReviewView {
  id: string;
  rating: number;
  comment: string | null;
  reply: string | null;
  createdAt: Date | string;
  author: { displayName: string };
}

export function ReviewList({ reviews, rating, ratingCount }: { reviews: ReviewView[]; rating: number | null; ratingCount: number }) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  return (
    <section aria-labelledby="gig-reviews" className="flex flex-col gap-3">
      <h2 id="gig-reviews" className="text-xl font-bold">
        {t("reviews.title")}
      </h2>
      <p className="text-stone-700">
        {rating !== null ? t("gigCard.rating", { rating: formatNumber(rating, locale), count: ratingCount }) : t("gigCard.noReviews")}
      </p>
      {reviews.length > 0 ? (
        <ul className="flex flex-col gap-3">
          {reviews.map((review) => (
            <li key={review.id} className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-4">
              <p className="flex flex-wrap items-center gap-x-3 text-sm text-stone-600">
                <span className="font-semibold text-stone-900">
                  <bdi>{review.author.displayName}</bdi>
                </span>
                <span>{t("reviews.stars", { rating: formatNumber(review.rating, locale) })}</span>
                <time dateTime={new Date(review.createdAt).toISOString()}>{formatDate(review.createdAt, locale)}</time>
              </p>
              {review.comment ? (
                <p dir="auto" className="whitespace-pre-line">
                  {review.comment}
                </p>
              ) : null}
              {review.reply ? (
                <div className="mt-2 border-s-4 border-stone-200 ps-3 text-sm">
                  <p className="font-semibold text-stone-600">{t("reviews.sellerReply")}</p>
                  <p dir="auto" className="whitespace-pre-line">
                    {review.reply}
                  </p>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

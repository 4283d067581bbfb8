import type { Locale } from "@hunar/i18n/config";
import { formatDate } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";
import { StarRating } from "./star-rating.tsx";

/** A review as the pages receive it (dates may arrive as strings). */
export interface ReviewCardView {
  id: string;
  rating: number;
  communication: number | null;
  quality: number | null;
  onTime: number | null;
  comment: string | null;
  reply: string | null;
  packageTier: "BASIC" | "STANDARD" | "PREMIUM" | null;
  revealedAt: Date | string | null;
  author?: { displayName: string };
}

const DETAILS = ["communication", "quality", "onTime"] as const;

/** One review: who wrote it, the stars, the package bought, the text and the freelancer's reply. */
export function ReviewCard({ review }: { review: ReviewCardView }) {
  const { t, i18n } = useTranslation("reviews");
  const locale = i18n.language as Locale;
  const details = DETAILS.flatMap((name) => {
    const value = review[name];
    return value === null ? [] : [{ name, value }];
  });
  return (
    <article className="flex flex-col gap-2">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
        {review.author ? (
          <span className="font-semibold text-stone-900">
            <bdi>{review.author.displayName}</bdi>
          </span>
        ) : null}
        <StarRating rating={review.rating} />
        {review.packageTier ? <span className="rounded bg-stone-100 px-2 text-stone-700">{t(`tier.${review.packageTier}`)}</span> : null}
        {review.revealedAt ? (
          <time dateTime={new Date(review.revealedAt).toISOString()}>{formatDate(review.revealedAt, locale)}</time>
        ) : null}
      </p>
      {details.length > 0 ? (
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
          {details.map(({ name, value }) => (
            <div key={name} className="flex items-center gap-1">
              <dt>{t(`details.${name}`)}</dt>
              <dd>
                <StarRating rating={value} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {review.comment ? (
        <p dir="auto" className="whitespace-pre-line">
          {review.comment}
        </p>
      ) : null}
      {review.reply ? (
        <div className="mt-1 border-s-4 border-stone-200 ps-3 text-sm">
          <p className="font-semibold text-stone-600">{t("list.reply")}</p>
          <p dir="auto" className="whitespace-pre-line">
            {review.reply}
          </p>
        </div>
      ) : null}
    </article>
  );
}

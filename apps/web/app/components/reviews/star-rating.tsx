import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";

const STARS = 5;

/**
 * Filled and empty stars with the rating as their accessible name ("Rated 4 out of 5"), so a
 * screen reader says the number instead of reading out five symbols.
 */
export function StarRating({ rating, className }: { rating: number; className?: string }) {
  const { t, i18n } = useTranslation("reviews");
  const whole = Math.round(rating);
  return (
    <span role="img" aria-label={t("stars", { rating: formatNumber(rating, i18n.language as Locale) })} className={className}>
      <span aria-hidden="true" className="text-amber-600">
        {"★".repeat(whole)}
      </span>
      <span aria-hidden="true" className="text-stone-300">
        {"★".repeat(STARS - whole)}
      </span>
    </span>
  );
}

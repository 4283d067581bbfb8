import { cityName } from "@hunar/i18n/cities";
import type { Locale } from "@hunar/i18n/config";
import { formatMoney, formatNumber } from "@hunar/i18n/format";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { gigHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";

/** What a gig card shows; loaders build it (image URLs are resolved on the server). */
export interface GigCardView {
  id: string;
  slug: string;
  titleUr: string | null;
  titleEn: string | null;
  startingPricePaisa: number | null;
  rating: number | null;
  ratingCount: number;
  sellerName: string;
  sellerHref: string | null;
  city: string | null;
  image: { src: string; srcSet?: string } | null;
  category?: { nameUr: string; nameEn: string } | null;
}

/** A listing in a grid: image, title linking to the gig, seller, rating and starting price. */
export function GigCard({ gig, locale }: { gig: GigCardView; locale: Locale }) {
  const { t } = useTranslation("pages");
  const title = pickLocalized({ ur: gig.titleUr, en: gig.titleEn }, locale);
  const category = gig.category ? pickLocalized({ ur: gig.category.nameUr, en: gig.category.nameEn }, locale) : null;
  return (
    <Card className="relative flex h-full flex-col gap-2 overflow-hidden p-0">
      <div className="aspect-[4/3] bg-stone-100">
        {gig.image ? (
          <img
            src={gig.image.src}
            srcSet={gig.image.srcSet}
            sizes="(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw"
            alt=""
            loading="lazy"
            decoding="async"
            className="size-full object-cover"
          />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-2 px-4 pb-4">
        {category ? (
          <p lang={category.lang} className="text-sm text-emerald-800">
            {category.text}
          </p>
        ) : null}
        <h3 className="font-semibold text-stone-900">
          {/* The whole card is clickable through this link's overlay; titles set their own direction. */}
          <Link to={gigHref(gig)} lang={title?.lang} dir="auto" className="after:absolute after:inset-0 hover:underline">
            {title?.text ?? gig.slug}
          </Link>
        </h3>
        <p className="text-sm text-stone-600">
          {gig.sellerHref ? (
            <Link to={gig.sellerHref} className="relative z-10 hover:underline">
              <bdi>{gig.sellerName}</bdi>
            </Link>
          ) : (
            <bdi>{gig.sellerName}</bdi>
          )}
          {gig.city ? (
            <>
              {" · "}
              <bdi>{cityName(gig.city, locale)}</bdi>
            </>
          ) : null}
        </p>
        <p className="text-sm text-stone-600">
          {gig.rating !== null
            ? t("gigCard.rating", { rating: formatNumber(gig.rating, locale), count: gig.ratingCount })
            : t("gigCard.noReviews")}
        </p>
        {gig.startingPricePaisa !== null ? (
          <p className="mt-auto pt-1 font-semibold">{t("gigCard.startingAt", { price: formatMoney(gig.startingPricePaisa, locale) })}</p>
        ) : null}
      </div>
    </Card>
  );
}

/** Cards in a grid: four across on a full-width page, three beside a sidebar (`narrow`). */
export function GigGrid({ gigs, locale, narrow = false }: { gigs: GigCardView[]; locale: Locale; narrow?: boolean }) {
  return (
    <ul className={narrow ? "grid gap-4 sm:grid-cols-2 xl:grid-cols-3" : "grid gap-4 sm:grid-cols-2 lg:grid-cols-4"}>
      {gigs.map((gig) => (
        <li key={gig.id}>
          <GigCard gig={gig} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

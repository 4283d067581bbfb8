import { cityName } from "@hunar/i18n/cities";
import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { photoUrl } from "@hunar/profiles/profile-media-urls";
import { Card } from "@hunar/ui/layout";
import type { TFunction } from "i18next";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { languageKey } from "#app/utils/catalog-options.ts";
import { pickLocalized } from "#app/utils/localized.ts";

export interface SellerView {
  /** With `avatarKey`, the photo's address; the read model leaves the key out when the seller hides their photo. */
  id?: string;
  avatarKey?: string | null;
  displayName: string;
  href: string | null;
  headlineUr: string | null;
  headlineEn: string | null;
  city: string | null;
  languages: string[];
  memberSince: Date | string;
  rating: number | null;
  ratingCount: number;
  completedOrders: number;
  responseTimeMinutes: number | null;
}

/**
 * "About the seller": who they are and the facts a client weighs before ordering. `label` names
 * the card where the person is not selling a gig (a freelancer who proposed on a job).
 */
export function SellerCard({ seller, headingLevel = 2, label }: { seller: SellerView; headingLevel?: 1 | 2; label?: string }) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const name = <bdi>{seller.displayName}</bdi>;
  const headline = pickLocalized({ ur: seller.headlineUr, en: seller.headlineEn }, locale);
  const facts: [string, string][] = [
    [t("seller.city"), seller.city ? cityName(seller.city, locale) : t("seller.notGiven")],
    [
      t("seller.languages"),
      seller.languages.length > 0
        ? seller.languages.map((code) => languageName(t, code)).join(t("seller.listSeparator"))
        : t("seller.notGiven"),
    ],
    [t("seller.memberSince"), formatDate(seller.memberSince, locale, { year: "numeric", month: "long" })],
    [
      t("seller.rating"),
      seller.rating !== null
        ? t("gigCard.rating", { rating: formatNumber(seller.rating, locale), count: seller.ratingCount })
        : t("gigCard.noReviews"),
    ],
    [t("seller.completedOrders"), formatNumber(seller.completedOrders, locale)],
    [t("seller.responseTime"), responseTime(t, seller.responseTimeMinutes)],
  ];
  return (
    <Card className="flex flex-col gap-4">
      <div className="flex items-center gap-3">
        {seller.avatarKey && seller.id ? (
          <img
            src={photoUrl(seller.id, seller.avatarKey, 96)}
            width={48}
            height={48}
            alt=""
            className="size-12 shrink-0 rounded-full object-cover"
          />
        ) : (
          <span
            aria-hidden="true"
            className="flex size-12 shrink-0 items-center justify-center rounded-full bg-emerald-700 text-xl font-bold text-white"
          >
            {[...seller.displayName.trim()][0]?.toUpperCase() ?? "?"}
          </span>
        )}
        <div className="flex min-w-0 flex-col">
          {headingLevel === 2 ? <p className="text-sm text-stone-600">{label ?? t("seller.title")}</p> : null}
          <Heading className={headingLevel === 1 ? "text-2xl font-bold" : "text-lg font-bold"}>
            {seller.href && headingLevel === 2 ? (
              <Link to={seller.href} className="text-emerald-800 hover:underline">
                {name}
              </Link>
            ) : (
              name
            )}
          </Heading>
        </div>
      </div>
      {headline ? (
        <p lang={headline.lang} dir="auto" className="text-stone-700">
          {headline.text}
        </p>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            <dd className="font-medium">
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

function languageName(t: TFunction, code: string): string {
  const key = languageKey(code);
  return key ? t(key) : code;
}

function responseTime(t: TFunction, minutes: number | null): string {
  if (minutes === null) return t("seller.responseUnknown");
  if (minutes < 60) return t("seller.responseWithinHour");
  const hours = Math.round(minutes / 60);
  if (hours < 24) return t("seller.responseHours", { count: hours });
  return t("seller.responseDays", { count: Math.round(hours / 24) });
}

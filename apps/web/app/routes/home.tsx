import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { buttonClassName } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, useRouteLoaderData } from "react-router";
import { cachedCategoryTree, cachedPopularGigs } from "@hunar/gigs/catalog/cached-catalog";
import { advertisedFees } from "#app/utils/fees.server.ts";
import { GigGrid } from "#app/components/gigs/gig-card.tsx";
import { cardFromPopular } from "#app/utils/gig-cards.server.ts";
import { categoryHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import type { loader as rootLoader } from "../root.tsx";
import type { Route } from "./+types/home";

const POPULAR_GIGS = 8;

export async function loader({ context }: Route.LoaderArgs) {
  const [categories, gigs, fees] = await Promise.all([
    cachedCategoryTree(context.db),
    cachedPopularGigs(context.db, POPULAR_GIGS),
    advertisedFees(context.db),
  ]);
  return { categories, gigs: gigs.map(cardFromPopular), fees };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const signedIn = Boolean(useRouteLoaderData<typeof rootLoader>("root")?.user);
  const { categories, gigs, fees } = loaderData;

  return (
    <>
      <title>{`${t("appName")} · ${t("tagline")}`}</title>
      <section className="border-b border-emerald-100 bg-emerald-50">
        <Container className="flex flex-col items-start gap-4 py-12">
          <h1 className="text-3xl font-bold text-emerald-950 md:text-4xl">{t("home.title")}</h1>
          <p className="max-w-3xl text-lg text-stone-700">{t("home.subtitle")}</p>
          {fees ? (
            <p className="text-stone-700">
              {t("home.fees", {
                freelancerFee: formatNumber(fees.freelancerFeeBps / 10_000, locale, { style: "percent", maximumFractionDigits: 2 }),
                clientFee: formatNumber(fees.clientFeeBps / 10_000, locale, { style: "percent", maximumFractionDigits: 2 }),
              })}
            </p>
          ) : null}
          {signedIn ? null : (
            <div className="flex flex-wrap gap-3">
              <Link to="/signup?intent=HIRE" className={buttonClassName("primary", "lg")}>
                {t("home.ctaHire")}
              </Link>
              <Link to="/signup?intent=WORK" className={buttonClassName("secondary", "lg")}>
                {t("home.ctaWork")}
              </Link>
            </div>
          )}
        </Container>
      </section>

      <Container className="flex flex-col gap-12 py-10">
        <section id="categories" aria-labelledby="categories-title" className="flex flex-col gap-4">
          <h2 id="categories-title" className="text-2xl font-bold">
            {t("home.categoriesTitle")}
          </h2>
          {categories.length === 0 ? (
            <p className="text-stone-600">{t("home.categoriesEmpty")}</p>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {categories.map((category) => (
                <li key={category.id}>
                  <CategoryCard category={category} locale={locale} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="gigs-title" className="flex flex-col gap-4">
          <h2 id="gigs-title" className="text-2xl font-bold">
            {t("home.popularGigsTitle")}
          </h2>
          {gigs.length === 0 ? <p className="text-stone-600">{t("home.popularGigsEmpty")}</p> : <GigGrid gigs={gigs} locale={locale} />}
        </section>
      </Container>
    </>
  );
}

type HomeData = Awaited<ReturnType<typeof loader>>;

function CategoryCard({ category, locale }: { category: HomeData["categories"][number]; locale: Locale }) {
  const name = pickLocalized({ ur: category.nameUr, en: category.nameEn }, locale);
  return (
    <Card className="flex h-full flex-col gap-2">
      <Link to={categoryHref(category)} lang={name?.lang} className="text-lg font-semibold text-emerald-800 hover:underline">
        {name?.text ?? category.slug}
      </Link>
      {category.children.length > 0 ? (
        <ul className="flex flex-wrap gap-2 text-sm">
          {category.children.map((child) => {
            const childName = pickLocalized({ ur: child.nameUr, en: child.nameEn }, locale);
            return (
              <li key={child.id}>
                <Link
                  to={categoryHref(child)}
                  lang={childName?.lang}
                  className="inline-block rounded-full bg-stone-100 px-3 py-0.5 text-stone-700 hover:bg-stone-200"
                >
                  {childName?.text ?? child.slug}
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </Card>
  );
}

import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { isAppError } from "@hunar/core/app-error";
import { validateSearchParams } from "@hunar/gigs/search/search-params";
import { searchGigs } from "@hunar/gigs/search/search-gigs";
import { cachedCategoryTree } from "@hunar/gigs/catalog/cached-catalog";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { data, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { GigGrid } from "#app/components/gigs/gig-card.tsx";
import { NextPageLink } from "#app/components/gigs/next-page-link.tsx";
import { SearchFilters } from "#app/components/gigs/search-filters.tsx";
import { cardFromSearch } from "#app/utils/gig-cards.server.ts";
import type { Route } from "./+types/search";

// Search is plain HTML: GET forms and links. A first visit downloads no JavaScript at all.
export const handle = { hydrate: false };

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const categories = await cachedCategoryTree(context.db);
  const parsed = validateSearchParams(url.searchParams);
  if (!parsed.ok) return data({ categories, results: null, errors: parsed.fields }, { status: 400 });
  try {
    const found = await searchGigs(context.db, parsed.data);
    return {
      categories,
      results: { items: found.items.map(cardFromSearch), nextCursor: found.nextCursor, total: found.total },
      errors: null,
    };
  } catch (error) {
    // A stale cursor or an unknown category is the visitor's input, not a server failure.
    if (isAppError(error) && error.code === "BAD_INPUT") {
      return data({ categories, results: null, errors: error.fields ?? {} }, { status: 400 });
    }
    throw error;
  }
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const { categories, results, errors } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <SearchHeading />
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <SearchFilters categories={categories} errors={errors ?? undefined} />
        <section aria-labelledby="results-title" className="flex flex-col gap-4">
          <h2 id="results-title" className="sr-only">
            {t("search.resultsTitle")}
          </h2>
          {errors ? <Alert tone="error">{t("search.invalid")}</Alert> : null}
          {results ? (
            <>
              <p role="status" className="text-stone-700">
                {t("search.count", { count: results.total, formatted: formatNumber(results.total, locale) })}
              </p>
              {results.items.length === 0 ? (
                <EmptyState />
              ) : (
                <>
                  <GigGrid gigs={results.items} locale={locale} narrow />
                  <NextPageLink cursor={results.nextCursor} />
                </>
              )}
            </>
          ) : null}
        </section>
      </div>
    </Container>
  );
}

function SearchHeading() {
  const { t } = useTranslation("pages");
  const query = useQuery();
  const title = query ? t("search.resultsFor", { query }) : t("search.title");
  return (
    <>
      <title>{`${title} · ${t("common:appName")}`}</title>
      <h1 className="text-2xl font-bold">
        {query ? (
          <>
            {/* The visitor's own words, in whichever script they typed them. */}
            {t("search.resultsForLabel")} <bdi>{query}</bdi>
          </>
        ) : (
          t("search.title")
        )}
      </h1>
    </>
  );
}

function EmptyState() {
  const { t } = useTranslation("pages");
  const query = useQuery();
  return (
    <div className="flex flex-col items-start gap-2 rounded-lg border border-dashed border-stone-300 bg-white p-6">
      <p className="font-semibold">{query ? t("search.emptyFor", { query }) : t("search.empty")}</p>
      <p className="text-stone-700">{t("search.emptyHint")}</p>
      <a href="/#categories" className="text-emerald-800 underline underline-offset-4">
        {t("search.browseCategories")}
      </a>
    </div>
  );
}

function useQuery(): string {
  // Read from the address, so the heading matches what was typed even when it was refused.
  const [params] = useSearchParams();
  return params.get("q")?.trim() ?? "";
}

import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { isAppError } from "@hunar/core/app-error";
import { validateSearchParams } from "@hunar/gigs/search/search-params";
import { searchGigs } from "@hunar/gigs/search/search-gigs";
import { cachedCategoryTree } from "@hunar/gigs/catalog/cached-catalog";
import { Container } from "@hunar/ui/layout";
import { data } from "react-router";
import { useTranslation } from "#app/utils/use-translation.ts";
import { GigGrid } from "#app/components/gigs/gig-card.tsx";
import { SearchFilters } from "#app/components/gigs/search-filters.tsx";
import { SearchHeading, SearchResults } from "#app/components/search/search-results.tsx";
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
      <SearchHeading ns="pages" />
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <SearchFilters categories={categories} errors={errors ?? undefined} />
        <SearchResults
          ns="pages"
          invalid={errors !== null}
          results={results ? { itemCount: results.items.length, nextCursor: results.nextCursor } : null}
          count={results ? t("search.count", { count: results.total, formatted: formatNumber(results.total, locale) }) : ""}
          emptyExtra={
            <a href="/#categories" className="text-emerald-800 underline underline-offset-4">
              {t("search.browseCategories")}
            </a>
          }
        >
          {results ? <GigGrid gigs={results.items} locale={locale} narrow /> : null}
        </SearchResults>
      </div>
    </Container>
  );
}

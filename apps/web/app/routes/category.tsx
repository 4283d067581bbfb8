import { cachedCategoryTree } from "@hunar/gigs/catalog/cached-catalog";
import type { CategoryNode } from "@hunar/gigs/catalog/category-tree";
import { isAppError } from "@hunar/core/app-error";
import { searchGigs } from "@hunar/gigs/search/search-gigs";
import { validateSearchParams } from "@hunar/gigs/search/search-params";
import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Link } from "react-router";
import { GigGrid } from "#app/components/gigs/gig-card.tsx";
import { NextPageLink } from "#app/components/gigs/next-page-link.tsx";
import { SearchFilters } from "#app/components/gigs/search-filters.tsx";
import { cardFromSearch } from "#app/utils/gig-cards.server.ts";
import { categoryHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import type { Route } from "./+types/category";

// A category page is a search with the category fixed: plain HTML, no JavaScript needed.
export const handle = { hydrate: false };

function findCategory(tree: CategoryNode[], slug: string): { category: CategoryNode; parent: CategoryNode | null } | null {
  for (const root of tree) {
    if (root.slug === slug) return { category: root, parent: null };
    const child = root.children.find((node) => node.slug === slug);
    if (child) return { category: child, parent: root };
  }
  return null;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const tree = await cachedCategoryTree(context.db);
  const found = findCategory(tree, params.slug);
  if (!found) throw data({ messageKey: "errors:notFound" }, { status: 404 });
  const { category, parent } = found;
  const page = {
    category: { slug: category.slug, nameUr: category.nameUr, nameEn: category.nameEn, children: category.children },
    parent: parent ? { slug: parent.slug, nameUr: parent.nameUr, nameEn: parent.nameEn } : null,
  };
  // Every search filter works here too; the category itself comes from the address.
  const query = new URL(request.url).searchParams;
  query.set("category", category.slug);
  const parsed = validateSearchParams(query);
  if (!parsed.ok) return data({ ...page, results: null, errors: parsed.fields }, { status: 400 });
  try {
    const result = await searchGigs(context.db, parsed.data);
    return {
      ...page,
      results: { items: result.items.map(cardFromSearch), nextCursor: result.nextCursor, total: result.total },
      errors: null,
    };
  } catch (error) {
    if (isAppError(error) && error.code === "BAD_INPUT")
      return data({ ...page, results: null, errors: error.fields ?? {} }, { status: 400 });
    throw error;
  }
}

export default function CategoryPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const { category, parent, results, errors } = loaderData;
  const name = (node: { nameUr: string; nameEn: string }) => pickLocalized({ ur: node.nameUr, en: node.nameEn }, locale);
  const title = name(category);
  const parentName = parent ? name(parent) : null;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${title?.text ?? category.slug} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        {parent ? (
          <nav aria-label={t("category.breadcrumb")} className="text-sm">
            <Link to={categoryHref(parent)} lang={parentName?.lang} className="text-emerald-800 hover:underline">
              {parentName?.text}
            </Link>
          </nav>
        ) : null}
        <h1 lang={title?.lang} className="text-3xl font-bold">
          {title?.text}
        </h1>
        {category.children.length > 0 ? (
          <ul aria-label={t("category.subcategories")} className="flex flex-wrap gap-2 text-sm">
            {category.children.map((child) => {
              const childName = name(child);
              return (
                <li key={child.id}>
                  <Link
                    to={categoryHref(child)}
                    lang={childName?.lang}
                    className="inline-block rounded-full bg-stone-100 px-3 py-0.5 text-stone-700 hover:bg-stone-200"
                  >
                    {childName?.text}
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <SearchFilters categories={[]} errors={errors ?? undefined} action={categoryHref(category)} fixedCategory />
        <section aria-labelledby="category-results" className="flex flex-col gap-4">
          <h2 id="category-results" className="sr-only">
            {t("search.resultsTitle")}
          </h2>
          {errors ? <Alert tone="error">{t("search.invalid")}</Alert> : null}
          {results ? (
            <>
              <p role="status" className="text-stone-700">
                {t("search.count", { count: results.total, formatted: formatNumber(results.total, locale) })}
              </p>
              {results.items.length === 0 ? (
                <p className="text-stone-700">{t("category.empty")}</p>
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

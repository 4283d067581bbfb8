import { Alert } from "@hunar/ui/alert";
import type { ReactNode } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { useSearchParams } from "react-router";
import { NextPageLink } from "#app/components/gigs/next-page-link.tsx";

/**
 * The parts every search page (/search for gigs, /jobs) shares: the heading with the visitor's
 * words, and the results section (refusal, count, empty state, the page and the next-page link).
 * Each page's texts live in its own namespace under the same `search.*` keys.
 */
type SearchNamespace = "pages" | "jobs";

/**
 * The page's own `search.*` texts. Both hooks run (hooks cannot be conditional), named literally
 * so the key check (i18n-keys.test.ts) sees the keys exist in both namespaces.
 */
function useSearchTexts(ns: SearchNamespace) {
  const pages = useTranslation("pages");
  const jobs = useTranslation("jobs");
  return ns === "jobs" ? jobs.t : pages.t;
}

/** The query as typed, read from the address so the heading matches it even when it was refused. */
export function useSearchQuery(): string {
  const [params] = useSearchParams();
  return params.get("q")?.trim() ?? "";
}

export function SearchHeading({ ns }: { ns: SearchNamespace }) {
  const t = useSearchTexts(ns);
  const query = useSearchQuery();
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

export function SearchResults({
  ns,
  invalid,
  results,
  count,
  emptyExtra,
  children,
}: {
  ns: SearchNamespace;
  invalid: boolean;
  results: { itemCount: number; nextCursor: string | null } | null;
  /** "24 gigs found", as the page words it. */
  count: string;
  /** Under the empty state's hint (gigs point at the categories). */
  emptyExtra?: ReactNode;
  children: ReactNode;
}) {
  const t = useSearchTexts(ns);
  const query = useSearchQuery();
  return (
    <section aria-labelledby="results-title" className="flex flex-col gap-4">
      <h2 id="results-title" className="sr-only">
        {t("search.resultsTitle")}
      </h2>
      {invalid ? <Alert tone="error">{t("search.invalid")}</Alert> : null}
      {results ? (
        <>
          <p role="status" className="text-stone-700">
            {count}
          </p>
          {results.itemCount === 0 ? (
            <div className="flex flex-col items-start gap-2 rounded-lg border border-dashed border-stone-300 bg-white p-6">
              <p className="font-semibold">{query ? t("search.emptyFor", { query }) : t("search.empty")}</p>
              <p className="text-stone-700">{t("search.emptyHint")}</p>
              {emptyExtra}
            </div>
          ) : (
            <>
              {children}
              <NextPageLink cursor={results.nextCursor} />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

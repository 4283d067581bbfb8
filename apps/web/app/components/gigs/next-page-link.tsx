import { buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, useLocation } from "react-router";

/**
 * Keyset pagination: "next page" carries the cursor of the last result, every other parameter
 * unchanged; "first page" drops it. No page numbers, because there is no OFFSET to jump with.
 */
export function NextPageLink({ cursor }: { cursor: string | null }) {
  const { t } = useTranslation("pages");
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const onLaterPage = params.has("cursor");
  if (!cursor && !onLaterPage) return null;
  const first = new URLSearchParams(params);
  first.delete("cursor");
  const next = new URLSearchParams(params);
  if (cursor) next.set("cursor", cursor);
  const href = (search: URLSearchParams) => `${location.pathname}${search.size > 0 ? `?${search.toString()}` : ""}`;
  return (
    <nav aria-label={t("search.pagination")} className="flex flex-wrap items-center gap-3 pt-2">
      {onLaterPage ? (
        <Link to={href(first)} className={buttonClassName("ghost")}>
          {t("search.firstPage")}
        </Link>
      ) : null}
      {cursor ? (
        <Link to={href(next)} rel="next" className={buttonClassName("secondary")}>
          {t("search.nextPage")}
        </Link>
      ) : null}
    </nav>
  );
}

import { buttonClassName } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import type { ReactNode } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";

/**
 * A search page's filters as one GET form (gigs' /search, /jobs): every filter is a URL parameter,
 * so results can be shared and bookmarked, and the form works without JavaScript. It starts with
 * the search words; submitting starts again at page one, and "clear" keeps only the words.
 */
export function FilterForm({
  action,
  title,
  applyLabel,
  clearLabel,
  query,
  queryError,
  children,
}: {
  action: string;
  title: string;
  applyLabel: string;
  clearLabel: string;
  /** The search words as the URL has them. */
  query: string;
  queryError: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation("pages");
  return (
    <Form
      method="get"
      action={action}
      aria-label={title}
      className="flex flex-col gap-4 self-start rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 className="text-lg font-bold">{title}</h2>
      <TextField name="q" type="search" label={t("search.query")} dir="auto" maxLength={100} defaultValue={query} error={queryError} />
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClassName("primary")}>
          {applyLabel}
        </button>
        <Link to={query ? `${action}?q=${encodeURIComponent(query)}` : action} className="text-emerald-800 underline underline-offset-4">
          {clearLabel}
        </Link>
      </div>
    </Form>
  );
}

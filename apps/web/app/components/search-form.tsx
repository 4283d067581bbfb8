import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, useLocation } from "react-router";
import { inputClassName } from "@hunar/ui/field";
import { buttonClassName } from "@hunar/ui/button";
import { cx } from "@hunar/ui/class-names";

/** A plain GET form to /search, so searching works before (or without) JavaScript. */
export function SearchForm({ className }: { className?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const current = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : "";
  return (
    <Form method="get" action="/search" role="search" className={cx("flex gap-2", className)}>
      <label htmlFor="site-search" className="sr-only">
        {t("search.label")}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        dir="auto"
        defaultValue={current}
        key={current}
        placeholder={t("search.placeholder")}
        maxLength={200}
        className={cx(inputClassName, "min-w-0 flex-1")}
      />
      <button type="submit" className={buttonClassName("secondary")}>
        {t("search.submit")}
      </button>
    </Form>
  );
}

import type { FieldError } from "@hunar/core/app-error";
import { cityName, isKnownCity } from "@hunar/i18n/cities";
import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { buttonClassName } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { SelectField } from "@hunar/ui/select";
import { useTranslation } from "react-i18next";
import { Form, Link, useSearchParams } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import { DELIVERY_DAY_CHOICES, languageKey, MIN_RATINGS, SELLER_CITIES, SELLER_LANGUAGES } from "#app/utils/catalog-options.ts";
import { pickLocalized } from "#app/utils/localized.ts";

export const SORTS = ["relevance", "price_asc", "price_desc", "rating", "newest"] as const;

interface CategoryOption {
  id: string;
  slug: string;
  nameUr: string;
  nameEn: string;
  children: CategoryOption[];
}

/**
 * The search filters as one GET form: every filter is a URL parameter, so results can be shared
 * and bookmarked, and the form works without JavaScript. Submitting starts again at page one.
 */
export function SearchFilters({
  categories,
  errors,
  action = "/search",
  fixedCategory,
}: {
  categories: CategoryOption[];
  errors: Record<string, FieldError> | undefined;
  action?: string;
  /** On a category page the category is the page itself, not a filter. */
  fixedCategory?: boolean;
}) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name) ?? "";
  const error = (name: string) => message(errors?.[name]);
  const name = (category: CategoryOption) => pickLocalized({ ur: category.nameUr, en: category.nameEn }, locale)?.text ?? category.slug;
  const city = value("city");

  return (
    <Form
      method="get"
      action={action}
      aria-label={t("search.filtersTitle")}
      className="flex flex-col gap-4 self-start rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 className="text-lg font-bold">{t("search.filtersTitle")}</h2>
      <TextField name="q" type="search" label={t("search.query")} dir="auto" maxLength={100} defaultValue={value("q")} error={error("q")} />
      {fixedCategory ? null : (
        <SelectField name="category" label={t("search.category")} defaultValue={value("category")} error={error("category")}>
          <option value="">{t("search.anyCategory")}</option>
          {categories.map((root) => (
            <optgroup key={root.id} label={name(root)}>
              <option value={root.slug}>{t("search.allOf", { category: name(root) })}</option>
              {root.children.map((child) => (
                <option key={child.id} value={child.slug}>
                  {name(child)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      )}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium text-stone-800">{t("search.price")}</legend>
        <div className="grid grid-cols-2 gap-2">
          <TextField
            name="min"
            label={t("search.minPrice")}
            inputMode="numeric"
            dir="ltr"
            defaultValue={value("min")}
            error={error("min")}
          />
          <TextField
            name="max"
            label={t("search.maxPrice")}
            inputMode="numeric"
            dir="ltr"
            defaultValue={value("max")}
            error={error("max")}
          />
        </div>
      </fieldset>
      <SelectField name="days" label={t("search.delivery")} defaultValue={value("days")} error={error("days")}>
        <option value="">{t("search.anyDelivery")}</option>
        {DELIVERY_DAY_CHOICES.map((days) => (
          <option key={days} value={days}>
            {t("search.deliveryWithin", { count: Number(days) })}
          </option>
        ))}
      </SelectField>
      <SelectField name="city" label={t("search.city")} defaultValue={city} error={error("city")}>
        <option value="">{t("search.anyCity")}</option>
        {/* A city from a shared link that is not in our list still shows as chosen. */}
        {city && !isKnownCity(city) ? <option value={city}>{city}</option> : null}
        {SELLER_CITIES.map((option) => (
          <option key={option} value={option}>
            {cityName(option, locale)}
          </option>
        ))}
      </SelectField>
      <SelectField name="lang" label={t("search.language")} defaultValue={value("lang")} error={error("lang")}>
        <option value="">{t("search.anyLanguage")}</option>
        {value("lang") && !languageKey(value("lang")) ? <option value={value("lang")}>{value("lang")}</option> : null}
        {SELLER_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`languages.${code}`)}
          </option>
        ))}
      </SelectField>
      <SelectField name="rating" label={t("search.rating")} defaultValue={value("rating")} error={error("rating")}>
        <option value="">{t("search.anyRating")}</option>
        {MIN_RATINGS.map((rating) => (
          <option key={rating} value={rating}>
            {t("search.ratingAtLeast", { rating: formatNumber(Number(rating), locale) })}
          </option>
        ))}
      </SelectField>
      <SelectField name="sort" label={t("search.sort")} defaultValue={value("sort") || "relevance"} error={error("sort")}>
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`search.sorts.${sort}`)}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClassName("primary")}>
          {t("search.apply")}
        </button>
        <Link
          to={value("q") ? `${action}?q=${encodeURIComponent(value("q"))}` : action}
          className="text-emerald-800 underline underline-offset-4"
        >
          {t("search.clear")}
        </Link>
      </div>
    </Form>
  );
}

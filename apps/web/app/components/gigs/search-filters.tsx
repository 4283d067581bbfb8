import type { FieldError } from "@hunar/core/app-error";
import { cityName, isKnownCity } from "@hunar/i18n/cities";
import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { SelectField } from "@hunar/ui/select";
import { useTranslation } from "#app/utils/use-translation.ts";
import { useSearchParams } from "react-router";
import { CategorySelect, type CategoryOption } from "#app/components/search/category-select.tsx";
import { FilterForm } from "#app/components/search/filter-form.tsx";
import { RupeeRangeFields } from "#app/components/search/rupee-range-fields.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { DELIVERY_DAY_CHOICES, languageKey, MIN_RATINGS, SELLER_CITIES, SELLER_LANGUAGES } from "#app/utils/catalog-options.ts";

export const SORTS = ["relevance", "price_asc", "price_desc", "rating", "newest"] as const;

/** Gig search's filters (FilterForm: one GET form, every filter a URL parameter). */
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
  const city = value("city");

  return (
    <FilterForm
      action={action}
      title={t("search.filtersTitle")}
      applyLabel={t("search.apply")}
      clearLabel={t("search.clear")}
      query={value("q")}
      queryError={error("q")}
    >
      {fixedCategory ? null : <CategorySelect categories={categories} value={value("category")} error={error("category")} />}
      <RupeeRangeFields
        legend={t("search.price")}
        minLabel={t("search.minPrice")}
        maxLabel={t("search.maxPrice")}
        value={value}
        error={error}
      />
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
    </FilterForm>
  );
}

import type { Locale } from "@hunar/i18n/config";
import { SelectField } from "@hunar/ui/select";
import { useTranslation } from "#app/utils/use-translation.ts";
import { pickLocalized } from "#app/utils/localized.ts";

export interface CategoryOption {
  id: string;
  slug: string;
  nameUr: string;
  nameEn: string;
  children: CategoryOption[];
}

/**
 * The category filter of a search form (gigs and jobs): each top category as a group whose first
 * choice is the whole category, then its subcategories. The value is a slug, as the URL carries it.
 */
export function CategorySelect({ categories, value, error }: { categories: CategoryOption[]; value: string; error: string | undefined }) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const name = (category: CategoryOption) => pickLocalized({ ur: category.nameUr, en: category.nameEn }, locale)?.text ?? category.slug;
  return (
    <SelectField name="category" label={t("search.category")} defaultValue={value} error={error}>
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
  );
}

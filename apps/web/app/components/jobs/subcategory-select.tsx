import type { Locale } from "@hunar/i18n/config";
import { SelectField } from "@hunar/ui/select";
import { useTranslation } from "#app/utils/use-translation.ts";
import type { CategoryChoice } from "#app/components/gig-form/text-section.tsx";
import { pickLocalized } from "#app/utils/localized.ts";

/**
 * A job is filed under a subcategory, as a gig is: main categories only group the choices. The
 * gig form's select sits inside its text section, so this is the same markup on its own.
 */
export function SubcategorySelect({
  categories,
  value,
  error,
}: {
  categories: CategoryChoice[];
  value: string;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation("jobs");
  const locale = i18n.language as Locale;
  const name = (category: CategoryChoice) => pickLocalized({ ur: category.nameUr, en: category.nameEn }, locale)?.text ?? category.slug;
  return (
    <SelectField name="categoryId" label={t("gigs:form.category")} required defaultValue={value} error={error}>
      <option value="" disabled>
        {t("pages:gigForm.chooseCategory")}
      </option>
      {categories.map((root) => (
        <optgroup key={root.id} label={name(root)}>
          {root.children.map((child) => (
            <option key={child.id} value={child.id}>
              {name(child)}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}

import { DESCRIPTION_MAX, MAX_TAGS, TITLE_MAX, TITLE_MIN } from "@hunar/gigs/validation";
import type { Locale } from "@hunar/i18n/config";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { SelectField } from "@hunar/ui/select";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import type { GigFormFields } from "#app/utils/gig-form-data.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import type { FieldMessage } from "./field-message.ts";

export interface CategoryChoice {
  id: string;
  slug: string;
  nameUr: string;
  nameEn: string;
  children: CategoryChoice[];
}

/** Titles and descriptions in both languages, the category and the tags. */
export function TextSection({ fields, error, categories }: { fields: GigFormFields; error: FieldMessage; categories: CategoryChoice[] }) {
  const { t, i18n } = useTranslation("gigs");
  const locale = i18n.language as Locale;
  const name = (category: CategoryChoice) => pickLocalized({ ur: category.nameUr, en: category.nameEn }, locale)?.text ?? category.slug;
  return (
    <Card className="flex flex-col gap-5">
      <h2 className="text-xl font-bold">{t("pages:gigForm.aboutTitle")}</h2>
      <p className="text-stone-700">{t("pages:gigForm.languagesIntro")}</p>
      <div className="grid gap-5 md:grid-cols-2">
        <div className="flex flex-col gap-5">
          <TextField
            name="titleUr"
            lang="ur"
            dir="rtl"
            label={t("form.titleUr")}
            hint={t("form.titleHelp", { min: TITLE_MIN, max: TITLE_MAX })}
            maxLength={TITLE_MAX}
            defaultValue={fields.titleUr}
            error={error("titleUr")}
          />
          <TextAreaField
            name="descriptionUr"
            lang="ur"
            dir="rtl"
            label={t("form.descriptionUr")}
            hint={t("form.descriptionHelp", { max: DESCRIPTION_MAX })}
            rows={8}
            maxLength={DESCRIPTION_MAX}
            defaultValue={fields.descriptionUr}
            error={error("descriptionUr")}
          />
        </div>
        <div className="flex flex-col gap-5">
          <TextField
            name="titleEn"
            lang="en"
            dir="ltr"
            label={t("form.titleEn")}
            hint={t("form.titleHelp", { min: TITLE_MIN, max: TITLE_MAX })}
            maxLength={TITLE_MAX}
            defaultValue={fields.titleEn}
            error={error("titleEn")}
          />
          <TextAreaField
            name="descriptionEn"
            lang="en"
            dir="ltr"
            label={t("form.descriptionEn")}
            hint={t("form.descriptionHelp", { max: DESCRIPTION_MAX })}
            rows={8}
            maxLength={DESCRIPTION_MAX}
            defaultValue={fields.descriptionEn}
            error={error("descriptionEn")}
          />
        </div>
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField name="categoryId" label={t("form.category")} required defaultValue={fields.categoryId} error={error("categoryId")}>
          <option value="" disabled>
            {t("pages:gigForm.chooseCategory")}
          </option>
          {/* A gig belongs to a subcategory; main categories only group them. */}
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
        <TextField
          name="tags"
          label={t("form.tags")}
          hint={t("form.tagsHelp", { max: MAX_TAGS })}
          dir="auto"
          defaultValue={fields.tags.join(", ")}
          error={error("tags")}
        />
      </div>
    </Card>
  );
}

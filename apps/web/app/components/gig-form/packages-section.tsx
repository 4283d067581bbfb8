import { DELIVERY_DAYS_MAX, MAX_FEATURES, REVISIONS_MAX } from "@hunar/gigs/validation";
import { FieldError, TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { SelectField } from "@hunar/ui/select";
import { useTranslation } from "#app/utils/use-translation.ts";
import { type GigFormFields, PACKAGE_SLOTS, packageInSlot, UNLIMITED_REVISIONS } from "#app/utils/gig-form-data.ts";
import { BilingualFields } from "./bilingual-fields.tsx";
import type { FieldMessage } from "./field-message.ts";

const REVISION_CHOICES = Array.from({ length: REVISIONS_MAX + 1 }, (_, count) => String(count));

/**
 * Basic, Standard and Premium side by side on wide screens. Every slot is always there, so the
 * form works without JavaScript: a slot left blank is not a package.
 */
export function PackagesSection({ fields, error }: { fields: GigFormFields; error: FieldMessage }) {
  const { t } = useTranslation("gigs");
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("form.packages")}</h2>
      <p className="text-stone-700">{t("pages:gigForm.packagesIntro")}</p>
      <FieldError id="packages-error">{error("packages")}</FieldError>
      <div className="grid gap-4 lg:grid-cols-3">
        {PACKAGE_SLOTS.map((tier, slot) => {
          const pkg = packageInSlot(fields, tier);
          const name = (field: string) => `packages.${slot}.${field}`;
          return (
            <fieldset key={tier} className="flex min-w-0 flex-col gap-4 rounded-lg border border-stone-200 p-4">
              <legend className="px-1 font-bold">
                {t(`tier.${tier}`)}
                {slot > 0 ? <span className="ms-2 text-sm font-normal text-stone-600">{t("pages:gigForm.optional")}</span> : null}
              </legend>
              <FieldError id={`${name("slot")}-error`}>{error(`packages.${slot}`)}</FieldError>
              <BilingualFields
                stacked
                name={name("name")}
                label={t("form.packageName")}
                maxLength={40}
                values={{ ur: pkg?.nameUr, en: pkg?.nameEn }}
                error={error}
              />
              <BilingualFields
                stacked
                name={name("description")}
                label={t("form.packageDescription")}
                rows={3}
                maxLength={300}
                values={{ ur: pkg?.descriptionUr, en: pkg?.descriptionEn }}
                error={error}
              />
              <TextField
                name={name("priceRupees")}
                label={t("form.priceRupees")}
                inputMode="numeric"
                dir="ltr"
                defaultValue={pkg?.priceRupees}
                error={error(name("priceRupees"))}
              />
              <TextField
                name={name("deliveryDays")}
                label={t("form.deliveryDays")}
                type="number"
                min={1}
                max={DELIVERY_DAYS_MAX}
                dir="ltr"
                defaultValue={pkg?.deliveryDays}
                error={error(name("deliveryDays"))}
              />
              <SelectField
                name={name("revisions")}
                label={t("form.revisions")}
                defaultValue={pkg?.revisions ?? "1"}
                error={error(name("revisions"))}
              >
                {REVISION_CHOICES.map((count) => (
                  <option key={count} value={count}>
                    {count}
                  </option>
                ))}
                <option value={UNLIMITED_REVISIONS}>{t("form.revisionsUnlimited")}</option>
              </SelectField>
              <BilingualFields
                stacked
                name={name("features")}
                label={t("form.features")}
                hint={t("form.featuresHelp", { max: MAX_FEATURES })}
                rows={4}
                values={{ ur: pkg?.featuresUr.join("\n"), en: pkg?.featuresEn.join("\n") }}
                error={error}
              />
            </fieldset>
          );
        })}
      </div>
    </Card>
  );
}

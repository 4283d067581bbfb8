import { EXTRA_DAYS_MAX } from "@hunar/gigs/validation";
import { FieldError, TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { EXTRA_SLOTS, type GigFormFields } from "#app/utils/gig-form-data.ts";
import { BilingualFields } from "./bilingual-fields.tsx";
import type { FieldMessage } from "./field-message.ts";

/** Paid extras: fixed rows, blank ones ignored. Filled rows and the next empty one are open. */
export function ExtrasSection({ fields, error }: { fields: GigFormFields; error: FieldMessage }) {
  const { t } = useTranslation("gigs");
  const firstEmpty = Array.from({ length: EXTRA_SLOTS }, (_, s) => s).find((s) => !fields.extras.some((row) => row.slot === s));
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("form.extras")}</h2>
      <p className="text-stone-700">{t("pages:gigForm.extrasIntro")}</p>
      <FieldError id="extras-error">{error("extras")}</FieldError>
      <div className="flex flex-col gap-3">
        {Array.from({ length: EXTRA_SLOTS }, (_, slot) => {
          const extra = fields.extras.find((row) => row.slot === slot);
          const name = (field: string) => `extras.${slot}.${field}`;
          const hasError = ["titleUr", "titleEn", "descriptionUr", "descriptionEn", "priceRupees", "extraDays"].some((field) =>
            error(name(field)),
          );
          return (
            <details key={slot} open={Boolean(extra) || hasError || slot === firstEmpty} className="rounded-lg border border-stone-200 p-3">
              <summary className="cursor-pointer font-medium">{t("pages:gigForm.extraRow", { number: slot + 1 })}</summary>
              {extra?.id ? <input type="hidden" name={name("id")} value={extra.id} /> : null}
              <div className="flex flex-col gap-4 pt-3">
                <BilingualFields
                  name={name("title")}
                  label={t("form.extraTitle")}
                  maxLength={80}
                  values={{ ur: extra?.titleUr, en: extra?.titleEn }}
                  error={error}
                />
                <BilingualFields
                  name={name("description")}
                  label={t("form.extraDetails")}
                  maxLength={300}
                  values={{ ur: extra?.descriptionUr, en: extra?.descriptionEn }}
                  error={error}
                />
              </div>
              <div className="grid gap-4 pt-4 md:grid-cols-2">
                <TextField
                  name={name("priceRupees")}
                  label={t("form.extraPrice")}
                  inputMode="numeric"
                  dir="ltr"
                  defaultValue={extra?.priceRupees}
                  error={error(name("priceRupees"))}
                />
                <TextField
                  name={name("extraDays")}
                  label={t("form.extraDays")}
                  type="number"
                  min={0}
                  max={EXTRA_DAYS_MAX}
                  dir="ltr"
                  defaultValue={extra?.extraDays}
                  error={error(name("extraDays"))}
                />
              </div>
            </details>
          );
        })}
      </div>
    </Card>
  );
}

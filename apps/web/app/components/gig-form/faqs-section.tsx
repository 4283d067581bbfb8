import { FieldError } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { FAQ_SLOTS, type GigFormFields } from "#app/utils/gig-form-data.ts";
import { BilingualFields } from "./bilingual-fields.tsx";
import type { FieldMessage } from "./field-message.ts";

/** Questions buyers ask: fixed rows, blank ones ignored; filled rows and the next empty one open. */
export function FaqsSection({ fields, error }: { fields: GigFormFields; error: FieldMessage }) {
  const { t } = useTranslation("gigs");
  const firstEmpty = Array.from({ length: FAQ_SLOTS }, (_, s) => s).find((s) => !fields.faqs.some((row) => row.slot === s));
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("form.faqs")}</h2>
      <FieldError id="faqs-error">{error("faqs")}</FieldError>
      <div className="flex flex-col gap-3">
        {Array.from({ length: FAQ_SLOTS }, (_, slot) => {
          const faq = fields.faqs.find((row) => row.slot === slot);
          const name = (field: string) => `faqs.${slot}.${field}`;
          const hasError = ["questionUr", "questionEn", "answerUr", "answerEn"].some((field) => error(name(field)));
          return (
            <details key={slot} open={Boolean(faq) || hasError || slot === firstEmpty} className="rounded-lg border border-stone-200 p-3">
              <summary className="cursor-pointer font-medium">{t("pages:gigForm.faqRow", { number: slot + 1 })}</summary>
              <div className="flex flex-col gap-4 pt-3">
                <BilingualFields
                  name={name("question")}
                  label={t("form.question")}
                  maxLength={200}
                  values={{ ur: faq?.questionUr, en: faq?.questionEn }}
                  error={error}
                />
                <BilingualFields
                  name={name("answer")}
                  label={t("form.answer")}
                  rows={3}
                  maxLength={1000}
                  values={{ ur: faq?.answerUr, en: faq?.answerEn }}
                  error={error}
                />
              </div>
            </details>
          );
        })}
      </div>
    </Card>
  );
}

import { REQUIREMENT_QUESTION_MAX } from "@hunar/gigs/validation";
import { FieldError } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { type GigFormFields, REQUIREMENT_SLOTS } from "#app/utils/gig-form-data.ts";
import type { FieldMessage } from "./field-message.ts";

/**
 * What the freelancer asks the client before starting: fixed rows, a row without a question is
 * ignored (clearing it removes the question). Filled rows and the next empty one are open.
 */
export function RequirementsSection({ fields, error }: { fields: GigFormFields; error: FieldMessage }) {
  const { t } = useTranslation("gigs");
  const slots = Array.from({ length: REQUIREMENT_SLOTS }, (_, slot) => slot);
  const firstEmpty = slots.find((s) => !fields.requirements.some((row) => row.slot === s));
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("form.requirements")}</h2>
      <p className="text-stone-700">{t("pages:gigForm.requirementsIntro")}</p>
      <FieldError id="requirements-error">{error("requirements")}</FieldError>
      <div className="flex flex-col gap-3">
        {slots.map((slot) => {
          const requirement = fields.requirements.find((row) => row.slot === slot);
          const name = (field: string) => `requirements.${slot}.${field}`;
          const hasError = [name("question"), name("required"), name("allowFile")].some((field) => error(field));
          return (
            <details
              key={slot}
              open={Boolean(requirement) || hasError || slot === firstEmpty}
              className="rounded-lg border border-stone-200 p-3"
            >
              <summary className="cursor-pointer font-medium">{t("pages:gigForm.requirementRow", { number: slot + 1 })}</summary>
              <div className="flex flex-col gap-3 pt-3">
                <TextAreaField
                  name={name("question")}
                  label={t("form.requirementQuestion")}
                  dir="auto"
                  rows={2}
                  maxLength={REQUIREMENT_QUESTION_MAX}
                  defaultValue={requirement?.question}
                  error={error(name("question"))}
                />
                <div className="flex flex-wrap gap-x-6 gap-y-2">
                  <Checkbox name={name("required")} label={t("form.requirementRequired")} defaultChecked={requirement?.required ?? true} />
                  <Checkbox
                    name={name("allowFile")}
                    label={t("form.requirementAllowFile")}
                    defaultChecked={requirement?.allowFile ?? false}
                  />
                </div>
              </div>
            </details>
          );
        })}
      </div>
    </Card>
  );
}

function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <label className="inline-flex items-center gap-2">
      <input type="checkbox" name={name} value="on" defaultChecked={defaultChecked} className="size-4 accent-emerald-700" />
      <span>{label}</span>
    </label>
  );
}

import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { COVER_LETTER_MAX, COVER_LETTER_MIN } from "@hunar/proposals/proposals/proposal-input";
import { MILESTONES_MIN } from "@hunar/proposals/terms/work-terms";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import type { Message } from "#app/utils/form-errors.ts";
import type { ProposalFormFields } from "./proposal-form-data.ts";

interface ProposalFormProps {
  /** A new bid, or the freelancer's changes to the one they sent. */
  mode?: "propose" | "editProposal";
  fields: ProposalFormFields;
  errors: Record<string, Message> | undefined;
  formError: Message | undefined;
}

/** A freelancer's bid on the job page: cover letter, price, days and an optional milestone plan. */
export function ProposalForm({ mode = "propose", fields, errors, formError }: ProposalFormProps) {
  const { t, i18n } = useTranslation("proposals");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const error = (name: string) => message(errors?.[name]);
  return (
    <Card className="flex flex-col gap-4">
      <h2 id="proposal-form-title" className="text-xl font-bold">
        {mode === "propose" ? t("form.title") : t("mine.edit")}
      </h2>
      {mode === "propose" ? <p className="text-stone-700">{t("form.free")}</p> : null}
      <Form method="post" aria-labelledby="proposal-form-title" className="flex flex-col gap-4">
        <input type="hidden" name="intent" value={mode} />
        <FormErrorAlert error={formError} />
        <TextAreaField
          name="coverLetter"
          label={t("form.coverLetter")}
          hint={t("form.coverLetterHelp", { min: formatNumber(COVER_LETTER_MIN, locale), max: formatNumber(COVER_LETTER_MAX, locale) })}
          dir="auto"
          rows={8}
          maxLength={COVER_LETTER_MAX}
          defaultValue={fields.coverLetter}
          error={error("coverLetter")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="priceRupees"
            label={t("form.price")}
            inputMode="numeric"
            dir="ltr"
            defaultValue={fields.priceRupees}
            error={error("priceRupees")}
          />
          <TextField
            name="deliveryDays"
            label={t("form.days")}
            inputMode="numeric"
            dir="ltr"
            defaultValue={fields.deliveryDays}
            error={error("deliveryDays")}
          />
        </div>
        <fieldset className="flex flex-col gap-3" aria-describedby="milestones-help">
          <legend className="font-medium text-stone-800">{t("form.milestones")}</legend>
          <p id="milestones-help" className="text-sm text-stone-600">
            {t("form.milestonesHelp", { min: formatNumber(MILESTONES_MIN, locale) })}
          </p>
          {error("milestones") ? <p className="text-sm text-red-700">{error("milestones")}</p> : null}
          {fields.milestones.map((row, index) => (
            <div key={index} className="grid gap-3 sm:grid-cols-[1fr_8rem_6rem]">
              <TextField
                name={`milestones.${index}.title`}
                label={t("form.milestoneTitle", { number: formatNumber(index + 1, locale) })}
                dir="auto"
                defaultValue={row.title}
                error={error(`milestones.${index}.title`)}
              />
              <TextField
                name={`milestones.${index}.amountRupees`}
                label={t("form.milestoneAmount")}
                inputMode="numeric"
                dir="ltr"
                defaultValue={row.amountRupees}
                error={error(`milestones.${index}.amountRupees`)}
              />
              <TextField
                name={`milestones.${index}.dueDays`}
                label={t("form.milestoneDueDay")}
                inputMode="numeric"
                dir="ltr"
                defaultValue={row.dueDays}
                error={error(`milestones.${index}.dueDays`)}
              />
            </div>
          ))}
        </fieldset>
        <div>
          <Button type="submit">{mode === "propose" ? t("form.submit") : t("form.save")}</Button>
        </div>
      </Form>
    </Card>
  );
}

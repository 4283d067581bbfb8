import { BUDGET_MAX_RUPEES, BUDGET_MIN_RUPEES, JOB_DESCRIPTION_MAX, JOB_TITLE_MAX, MAX_SKILLS } from "@hunar/proposals/jobs/job-schema";
import { formatNumber } from "@hunar/i18n/format";
import type { Locale } from "@hunar/i18n/config";
import { Button } from "@hunar/ui/button";
import { ChoiceGroup } from "@hunar/ui/choice-group";
import { DateField } from "@hunar/ui/date-time-field";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import { BilingualFields } from "#app/components/gig-form/bilingual-fields.tsx";
import type { CategoryChoice } from "#app/components/gig-form/text-section.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import type { Message } from "#app/utils/form-errors.ts";
import type { JobFormFields } from "./job-form-data.ts";
import { SubcategorySelect } from "./subcategory-select.tsx";

export interface JobFormProps {
  fields: JobFormFields;
  errors: Record<string, Message> | undefined;
  formError: Message | undefined;
  categories: CategoryChoice[];
  submitLabel: string;
}

/** The whole job as one plain POST form, for posting and for editing before the first proposal. */
export function JobForm({ fields, errors, formError, categories, submitLabel }: JobFormProps) {
  const { t, i18n } = useTranslation("jobs");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const error = (name: string) => message(errors?.[name]);
  return (
    <Form method="post" className="flex flex-col gap-6">
      <FormErrorAlert error={formError} />
      <Card className="flex flex-col gap-5">
        <h2 className="text-xl font-bold">{t("form.aboutTitle")}</h2>
        <p className="text-stone-700">{t("form.languagesIntro")}</p>
        <BilingualFields
          name="title"
          label={t("form.title")}
          values={{ ur: fields.titleUr, en: fields.titleEn }}
          error={error}
          maxLength={JOB_TITLE_MAX}
        />
        <BilingualFields
          name="description"
          label={t("form.description")}
          values={{ ur: fields.descriptionUr, en: fields.descriptionEn }}
          error={error}
          maxLength={JOB_DESCRIPTION_MAX}
          rows={8}
        />
        <div className="grid gap-5 md:grid-cols-2">
          <SubcategorySelect categories={categories} value={fields.categoryId} error={error("categoryId")} />
          <TextField
            name="skills"
            label={t("form.skills")}
            hint={t("form.skillsHelp", { max: formatNumber(MAX_SKILLS, locale) })}
            dir="auto"
            defaultValue={fields.skills}
            error={error("skills")}
          />
        </div>
      </Card>
      <Card className="flex flex-col gap-5">
        <h2 className="text-xl font-bold">{t("form.budgetTitle")}</h2>
        <ChoiceGroup
          name="budgetType"
          legend={t("form.budgetType")}
          defaultValue={fields.budgetType}
          error={error("budgetType")}
          choices={[
            { value: "FIXED", label: t("form.budgetFixed") },
            { value: "RANGE", label: t("form.budgetRange") },
          ]}
        />
        <p className="text-sm text-stone-600">
          {t("form.budgetHelp", { min: formatNumber(BUDGET_MIN_RUPEES, locale), max: formatNumber(BUDGET_MAX_RUPEES, locale) })}
        </p>
        <div className="grid gap-5 md:grid-cols-2">
          <TextField
            name="budgetMinRupees"
            label={t("form.budgetMin")}
            inputMode="numeric"
            dir="ltr"
            defaultValue={fields.budgetMinRupees}
            error={error("budgetMinRupees")}
          />
          <TextField
            name="budgetMaxRupees"
            label={t("form.budgetMax")}
            hint={t("form.budgetMaxHelp")}
            inputMode="numeric"
            dir="ltr"
            defaultValue={fields.budgetMaxRupees}
            error={error("budgetMaxRupees")}
          />
        </div>
      </Card>
      <Card className="flex flex-col gap-5">
        <h2 className="text-xl font-bold">{t("form.timingTitle")}</h2>
        <DateField
          name="deadline"
          label={t("form.deadline")}
          hint={t("form.deadlineHelp")}
          formatHint={t("form.dateFormat")}
          defaultValue={fields.deadline}
          error={error("deadline")}
        />
        <ChoiceGroup
          name="visibility"
          legend={t("form.visibility")}
          defaultValue={fields.visibility}
          error={error("visibility")}
          choices={[
            { value: "PUBLIC", label: t("form.visibilityPublic") },
            { value: "INVITE_ONLY", label: t("form.visibilityInviteOnly") },
          ]}
        />
      </Card>
      <div>
        <Button type="submit" size="lg">
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}

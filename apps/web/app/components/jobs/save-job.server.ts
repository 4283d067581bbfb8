import { isAppError } from "@hunar/core/app-error";
import { HTTP_STATUS } from "@hunar/core/http-status";
import { postJob } from "@hunar/proposals/jobs/post-job";
import { updateJob } from "@hunar/proposals/jobs/update-job";
import { data, redirect } from "react-router";
import type { HunarLoadContext } from "#app/load-context.ts";
import { readForm } from "#app/utils/form-data.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { jobFieldErrors, jobFieldsFromForm, jobInputFromFields, type JobFormFields } from "./job-form-data.ts";

/** What the form page gets back when the job cannot be saved as sent. */
export interface JobFormRejection {
  fields: JobFormFields;
  errors: FormErrors;
}

/** The post and edit pages' action: save the job, or send the form back with its errors and values. */
export async function saveJobFromForm(request: Request, { db }: Pick<HunarLoadContext, "db">, userId: string, jobId: string | null) {
  const form = await readForm(request);
  const fields = jobFieldsFromForm(form);
  try {
    const input = jobInputFromFields(fields);
    const id = jobId ?? (await postJob(db, { userId }, input)).id;
    if (jobId) await updateJob(db, { userId }, jobId, input);
    return redirect(`/jobs/${encodeURIComponent(id)}`);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fieldErrors = jobFieldErrors(error.fields ?? {});
    const hasFields = Object.keys(fieldErrors).length > 0;
    const rejection: JobFormRejection = {
      fields,
      errors: {
        fields: fieldErrors,
        form: hasFields ? { key: "account:formErrorSummary" } : { key: error.messageKey, params: error.params },
      },
    };
    return data(rejection, { status: HTTP_STATUS[error.code] });
  }
}

import type { FieldError } from "@hunar/core/app-error";
import { tagList } from "#app/utils/gig-form-data.ts";
import { writtenDate } from "#app/utils/pakistan-time.ts";

// The job form as posted (plain strings, kept as typed so a refused form comes back unchanged)
// and what the domain's ZPostJobInput reads from it. Shared by the post and edit pages.

export interface JobFormFields {
  titleUr: string;
  titleEn: string;
  descriptionUr: string;
  descriptionEn: string;
  categoryId: string;
  /** Comma-separated (Latin or Urdu commas), as the gig form's tags. */
  skills: string;
  budgetType: string;
  budgetMinRupees: string;
  budgetMaxRupees: string;
  /** YYYY-MM-DD, or blank for none. */
  deadline: string;
  visibility: string;
}

type Entries = Pick<FormData, "get">;

const text = (form: Entries, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export function emptyJobFields(): JobFormFields {
  return {
    titleUr: "",
    titleEn: "",
    descriptionUr: "",
    descriptionEn: "",
    categoryId: "",
    skills: "",
    budgetType: "RANGE",
    budgetMinRupees: "",
    budgetMaxRupees: "",
    deadline: "",
    visibility: "PUBLIC",
  };
}

export function jobFieldsFromForm(form: Entries): JobFormFields {
  const fields = emptyJobFields();
  for (const name of Object.keys(fields) as (keyof JobFormFields)[]) fields[name] = text(form, name);
  return fields;
}

/**
 * What postJob and updateJob validate. A date is the end of that day in Pakistan (UTC+5, no DST),
 * so "today" is still a future deadline until midnight; anything else goes as typed for the
 * domain to refuse in its words.
 */
export function jobInputFromFields(fields: JobFormFields) {
  const date = writtenDate(fields.deadline);
  const deadline = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T23:59:59+05:00` : date.trim();
  return {
    ...fields,
    skills: tagList(fields.skills),
    budgetMaxRupees: fields.budgetType === "FIXED" || fields.budgetMaxRupees.trim() === "" ? null : fields.budgetMaxRupees,
    deadline: deadline === "" ? null : deadline,
  };
}

/** Every skill's error lands on the one skills input. */
export function jobFieldErrors(errors: Record<string, FieldError>): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const [path, error] of Object.entries(errors)) out[/^skills\./.test(path) ? "skills" : path] ??= error;
  return out;
}

export interface StoredJob {
  titleUr: string | null;
  titleEn: string | null;
  descriptionUr: string | null;
  descriptionEn: string | null;
  categoryId: string;
  skills: string[];
  budgetType: string;
  budgetMinPaisa: number | null;
  budgetMaxPaisa: number | null;
  deadlineAt: Date | string | null;
  visibility: string;
}

const rupees = (paisa: number | null) => (paisa === null ? "" : String(paisa / 100));

/** A saved job as the edit form shows it; the deadline as its date in Pakistan. */
export function jobFieldsFromJob(job: StoredJob): JobFormFields {
  const deadline = job.deadlineAt ? new Date(new Date(job.deadlineAt).getTime() + 5 * 3600_000).toISOString().slice(0, 10) : "";
  return {
    titleUr: job.titleUr ?? "",
    titleEn: job.titleEn ?? "",
    descriptionUr: job.descriptionUr ?? "",
    descriptionEn: job.descriptionEn ?? "",
    categoryId: job.categoryId,
    skills: job.skills.join(", "),
    budgetType: job.budgetType,
    budgetMinRupees: rupees(job.budgetMinPaisa),
    budgetMaxRupees: job.budgetType === "FIXED" ? "" : rupees(job.budgetMaxPaisa),
    deadline,
    visibility: job.visibility,
  };
}

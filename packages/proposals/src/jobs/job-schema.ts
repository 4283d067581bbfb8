import { requireLanguages } from "@hunar/gigs/bilingual";
import { checkedText, optionalBlock, optionalLine, textList, wholeNumber } from "@hunar/gigs/text-schemas";
import { normaliseLine } from "@hunar/gigs/text-rules";
import { z } from "zod";

// The job form, shared by post-job and update-job. Texts follow the gig rules (same limits'
// shape, same gigs:errors.* keys, so forms show one wording); budget and deadline are job rules.

export const JOB_TITLE_MIN = 10;
export const JOB_TITLE_MAX = 100;
export const JOB_DESCRIPTION_MIN = 30;
export const JOB_DESCRIPTION_MAX = 5000;
export const MAX_SKILLS = 10;
export const BUDGET_MIN_RUPEES = 500;
export const BUDGET_MAX_RUPEES = 10_000_000;

const jobError = (name: string): string => `jobs:errors.${name}`;

// wholeNumber reads form text ("5,000", "۵۰۰۰"); the range is checked here so its message is a job one.
const ZRupees = wholeNumber(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "notANumber").pipe(
  z
    .number()
    .min(BUDGET_MIN_RUPEES, { error: jobError("budgetRange") })
    .max(BUDGET_MAX_RUPEES, { error: jobError("budgetRange") }),
);

const ZDeadline = z
  .union([z.date(), z.string()], { error: jobError("deadlineInvalid") })
  .nullish()
  .transform((value) => (value === null || value === undefined || value === "" ? null : new Date(value)))
  .refine((date) => date === null || !Number.isNaN(date.getTime()), { error: jobError("deadlineInvalid") })
  .refine((date) => date === null || date.getTime() > Date.now(), { error: jobError("deadlinePast") });

export const ZPostJobInput = z
  .object({
    titleUr: optionalLine(JOB_TITLE_MIN, JOB_TITLE_MAX),
    titleEn: optionalLine(JOB_TITLE_MIN, JOB_TITLE_MAX),
    descriptionUr: optionalBlock(JOB_DESCRIPTION_MIN, JOB_DESCRIPTION_MAX),
    descriptionEn: optionalBlock(JOB_DESCRIPTION_MIN, JOB_DESCRIPTION_MAX),
    categoryId: z.string({ error: "gigs:errors.categoryRequired" }).trim().min(1, { error: "gigs:errors.categoryRequired" }).max(64),
    skills: textList(normaliseLine, checkedText(2, 40), MAX_SKILLS, "tooManyTags", { unique: true }),
    budgetType: z.enum(["FIXED", "RANGE"], { error: jobError("budgetTypeInvalid") }),
    budgetMinRupees: ZRupees,
    // FIXED: one amount, so the maximum is the minimum and may be left out.
    budgetMaxRupees: ZRupees.nullish(),
    deadline: ZDeadline,
    visibility: z.enum(["PUBLIC", "INVITE_ONLY"], { error: jobError("visibilityInvalid") }).default("PUBLIC"),
  })
  .superRefine(
    requireLanguages({
      head: ["titleUr", "titleEn"],
      body: ["descriptionUr", "descriptionEn"],
      oneLanguage: "oneLanguageRequired",
      headMissing: "titleMissing",
      bodyMissing: "descriptionMissing",
    }),
    { when: () => true },
  )
  .superRefine((job, ctx) => {
    if (job.budgetType !== "RANGE") return;
    if (job.budgetMaxRupees === null || job.budgetMaxRupees === undefined) {
      ctx.addIssue({ code: "custom", message: jobError("budgetMaxRequired"), path: ["budgetMaxRupees"] });
    } else if (job.budgetMaxRupees < job.budgetMinRupees) {
      ctx.addIssue({ code: "custom", message: jobError("budgetMinAboveMax"), path: ["budgetMaxRupees"] });
    }
  });

export type PostJobInput = z.output<typeof ZPostJobInput>;

/** The row fields of a parsed job form: rupees become paisa, a fixed budget is one amount. */
export function jobData(input: PostJobInput) {
  const minPaisa = input.budgetMinRupees * 100;
  const maxPaisa = input.budgetType === "FIXED" ? minPaisa : (input.budgetMaxRupees ?? input.budgetMinRupees) * 100;
  return {
    titleUr: input.titleUr,
    titleEn: input.titleEn,
    descriptionUr: input.descriptionUr,
    descriptionEn: input.descriptionEn,
    categoryId: input.categoryId,
    skills: input.skills,
    budgetType: input.budgetType,
    budgetMinPaisa: minPaisa,
    budgetMaxPaisa: maxPaisa,
    deadlineAt: input.deadline,
    visibility: input.visibility,
  };
}

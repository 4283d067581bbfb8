import { badInput, type FieldError } from "@hunar/core/app-error";
import { MAX_SEARCH_LIMIT, QUERY_MAX, ZCategoryParam, ZCursorParam, ZLimitParam, ZQueryParam } from "@hunar/gigs/search/search-params";
import { validateUrlParams, wholeNumber, type UrlParamRules, type UrlParamsValidation } from "@hunar/gigs/search/url-params";
import { z } from "zod";
import { BUDGET_MAX_RUPEES } from "./job-schema.ts";

// The /jobs URL parameters, read the way /search reads its own (url-params.ts): blank and unknown
// parameters are dropped, a bad value is a field error. The query, category, cursor and page size
// are gig search's own schemas and `search:errors.*` messages, so both pages accept the same
// values and word them alike; the budget and the posting age are the job's, `jobs:search.errors.*`.

/** "Posted within": the choices the form offers, in days. */
export const POSTED_WITHIN_DAYS = [1, 3, 7, 30] as const;
export type PostedWithinDays = (typeof POSTED_WITHIN_DAYS)[number];

export interface JobSearchParams {
  q?: string;
  /** A top category (with its subcategories) or a subcategory, by slug. */
  category?: string;
  /** Whole rupees: jobs whose budget reaches this much. */
  min?: number;
  /** Whole rupees: jobs whose budget starts at or below this. */
  max?: number;
  posted?: PostedWithinDays;
  cursor?: string;
  limit: number;
}

const FIELDS = ["q", "category", "min", "max", "posted", "cursor", "limit"] as const;

const budget = (min: number) => wholeNumber("jobs:search.errors.budget", min, BUDGET_MAX_RUPEES);

const POSTED = POSTED_WITHIN_DAYS.map(String) as ["1", "3", "7", "30"];

export const ZJobSearchParams = z
  .object({
    q: ZQueryParam.optional(),
    category: ZCategoryParam.optional(),
    min: budget(0).optional(),
    max: budget(1).optional(),
    posted: z
      .enum(POSTED, { error: "jobs:search.errors.posted" })
      .transform((days) => Number(days) as PostedWithinDays)
      .optional(),
    cursor: ZCursorParam.optional(),
    limit: ZLimitParam,
  })
  .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
    error: "jobs:search.errors.budgetOrder",
    path: ["max"],
  });

const RULES: UrlParamRules = {
  fields: FIELDS,
  fallbackKeys: {
    q: "search:errors.queryNoWords",
    category: "search:errors.category",
    min: "jobs:search.errors.budget",
    max: "jobs:search.errors.budget",
    posted: "jobs:search.errors.posted",
    cursor: "search:errors.cursor",
    limit: "search:errors.limit",
  },
  fieldParams: {
    "search:errors.queryTooLong": { max: QUERY_MAX },
    "search:errors.limit": { min: 1, max: MAX_SEARCH_LIMIT },
    "jobs:search.errors.budget": { max: BUDGET_MAX_RUPEES },
  } satisfies Record<string, FieldError["params"]>,
};

/** The same as a result instead of a throw, for the page that shows the form again. */
export function validateJobSearchParams(input: URLSearchParams | Record<string, unknown>): UrlParamsValidation<JobSearchParams> {
  return validateUrlParams<JobSearchParams>(ZJobSearchParams, input, RULES);
}

/** Throws AppError BAD_INPUT with a field error per bad parameter. */
export function parseJobSearchParams(input: URLSearchParams | Record<string, unknown>): JobSearchParams {
  const result = validateJobSearchParams(input);
  if (!result.ok) throw badInput(result.fields);
  return result.data;
}

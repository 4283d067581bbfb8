import { badInput, type FieldError } from "@hunar/core/app-error";
import { z } from "zod";
import { validateUrlParams, wholeNumber, type UrlParamRules, type UrlParamsValidation } from "./url-params.ts";

// The /search URL parameters (read as url-params.ts reads every search page's). Messages are keys
// in the `search` i18n namespace; FIELD_PARAMS supplies their interpolation values.

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "rating", "newest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 50;
export const QUERY_MAX = 100;
export const PRICE_MAX_RUPEES = 10_000_000;
export const DAYS_MAX = 90;
const CITY_MAX = 60;
const CURSOR_MAX = 600;

export interface SearchParams {
  q?: string;
  category?: string;
  min?: number;
  max?: number;
  days?: number;
  city?: string;
  lang?: string;
  rating?: number;
  sort: SearchSort;
  cursor?: string;
  limit: number;
}

const FIELDS = ["q", "category", "min", "max", "days", "city", "lang", "rating", "sort", "cursor", "limit"] as const;

const FIELD_PARAMS: Record<string, FieldError["params"]> = {
  "search:errors.queryTooLong": { max: QUERY_MAX },
  "search:errors.price": { max: PRICE_MAX_RUPEES },
  "search:errors.days": { min: 1, max: DAYS_MAX },
  "search:errors.city": { max: CITY_MAX },
  "search:errors.rating": { min: 1, max: 5 },
  "search:errors.limit": { min: 1, max: MAX_SEARCH_LIMIT },
};

const FALLBACK_KEYS: Record<string, string> = {
  q: "search:errors.queryNoWords",
  category: "search:errors.category",
  min: "search:errors.price",
  max: "search:errors.price",
  days: "search:errors.days",
  city: "search:errors.city",
  lang: "search:errors.lang",
  rating: "search:errors.rating",
  sort: "search:errors.sort",
  cursor: "search:errors.cursor",
  limit: "search:errors.limit",
};

const text = z.string().trim();

/** The text query, shared by every search page so they accept the same queries. */
export const ZQueryParam = text
  .max(QUERY_MAX, { error: "search:errors.queryTooLong" })
  .regex(/[\p{L}\p{N}]/u, { error: "search:errors.queryNoWords" });

/** A category slug (a top category or a subcategory). */
export const ZCategoryParam = text
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "search:errors.category" })
  .max(80, { error: "search:errors.category" });

/** An opaque page cursor (search-cursor.ts), checked for shape here and decoded by the search. */
export const ZCursorParam = z
  .string()
  .max(CURSOR_MAX, { error: "search:errors.cursor" })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "search:errors.cursor" });

/** The page size. */
export const ZLimitParam = wholeNumber("search:errors.limit", 1, MAX_SEARCH_LIMIT).default(DEFAULT_SEARCH_LIMIT);

export const ZSearchParams = z
  .object({
    q: ZQueryParam.optional(),
    category: ZCategoryParam.optional(),
    min: wholeNumber("search:errors.price", 0, PRICE_MAX_RUPEES).optional(),
    max: wholeNumber("search:errors.price", 1, PRICE_MAX_RUPEES).optional(),
    days: wholeNumber("search:errors.days", 1, DAYS_MAX).optional(),
    city: text
      .max(CITY_MAX, { error: "search:errors.city" })
      .regex(/^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u, { error: "search:errors.city" })
      .optional(),
    lang: text.regex(/^[a-z]{2,3}$/, { error: "search:errors.lang" }).optional(),
    rating: text
      .regex(/^\d(?:\.\d)?$/, { error: "search:errors.rating" })
      .transform(Number)
      .pipe(z.number().min(1, { error: "search:errors.rating" }).max(5, { error: "search:errors.rating" }))
      .optional(),
    sort: z.enum(SEARCH_SORTS, { error: "search:errors.sort" }).default("relevance"),
    cursor: ZCursorParam.optional(),
    limit: ZLimitParam,
  })
  .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
    error: "search:errors.priceRange",
    path: ["max"],
  });

const RULES: UrlParamRules = { fields: FIELDS, fallbackKeys: FALLBACK_KEYS, fieldParams: FIELD_PARAMS };

export type SearchParamsValidation = UrlParamsValidation<SearchParams>;

export function validateSearchParams(input: URLSearchParams | Record<string, unknown>): SearchParamsValidation {
  return validateUrlParams(ZSearchParams, input, RULES);
}

/** Throws AppError BAD_INPUT with `search:errors.*` field errors. */
export function parseSearchParams(input: URLSearchParams | Record<string, unknown>): SearchParams {
  const result = validateSearchParams(input);
  if (!result.ok) throw badInput(result.fields);
  return result.data;
}

import { badInput, type FieldError } from "@hunar/core/app-error";
import { z } from "zod";

// The /search URL parameters. URLs carry strings (blank means "not set"), so every field is read
// from text with a strict pattern: "1e3" or "12abc" rupees is an error, not a silent guess. Messages
// are keys in the `search` i18n namespace; FIELD_PARAMS supplies their interpolation values.

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

function wholeNumber(message: string, min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, { error: message })
    .transform(Number)
    .pipe(z.number().min(min, { error: message }).max(max, { error: message }));
}

const text = z.string().trim();

export const ZSearchParams = z
  .object({
    q: text
      .max(QUERY_MAX, { error: "search:errors.queryTooLong" })
      .regex(/[\p{L}\p{N}]/u, { error: "search:errors.queryNoWords" })
      .optional(),
    category: text
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "search:errors.category" })
      .max(80, { error: "search:errors.category" })
      .optional(),
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
    cursor: z
      .string()
      .max(CURSOR_MAX, { error: "search:errors.cursor" })
      .regex(/^[A-Za-z0-9_-]+$/, { error: "search:errors.cursor" })
      .optional(),
    limit: wholeNumber("search:errors.limit", 1, MAX_SEARCH_LIMIT).default(DEFAULT_SEARCH_LIMIT),
  })
  .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
    error: "search:errors.priceRange",
    path: ["max"],
  });

/** One value per known parameter (the first if repeated); blank values and unknown parameters dropped. */
function urlValues(input: URLSearchParams | Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const raw = input instanceof URLSearchParams ? input.get(field) : first(input[field]);
    const value = typeof raw === "number" ? String(raw) : raw;
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) continue;
    values[field] = value;
  }
  return values;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? (value as unknown[])[0] : value;
}

function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const issue of issues) {
    const field = typeof issue.path[0] === "string" ? issue.path[0] : "q";
    if (fields[field]) continue;
    // Anything but text (an object posted as JSON) fails the type check with zod's own message.
    const key = issue.message.startsWith("search:") ? issue.message : (FALLBACK_KEYS[field] ?? "search:errors.queryNoWords");
    const params = FIELD_PARAMS[key];
    fields[field] = params ? { key, params } : { key };
  }
  return fields;
}

export type SearchParamsValidation = { ok: true; data: SearchParams } | { ok: false; fields: Record<string, FieldError> };

export function validateSearchParams(input: URLSearchParams | Record<string, unknown>): SearchParamsValidation {
  const result = ZSearchParams.safeParse(urlValues(input));
  if (!result.success) return { ok: false, fields: fieldErrors(result.error.issues) };
  return { ok: true, data: result.data };
}

/** Throws AppError BAD_INPUT with `search:errors.*` field errors. */
export function parseSearchParams(input: URLSearchParams | Record<string, unknown>): SearchParams {
  const result = validateSearchParams(input);
  if (!result.ok) throw badInput(result.fields);
  return result.data;
}

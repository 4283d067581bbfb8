import { type FieldError } from "@hunar/core/app-error";
import { z } from "zod";

// How search pages (gigs' /search, /jobs) read their URL parameters. URLs carry strings (blank
// means "not set"), so every field is read from text with a strict pattern: "1e3" or "12abc"
// rupees is an error, not a silent guess. Messages are i18n keys; `fieldParams` supplies their
// interpolation values.

export interface UrlParamRules {
  /** The parameters read; any other is dropped. */
  fields: readonly string[];
  /** The key for a field whose value is not even text (an object posted as JSON). */
  fallbackKeys: Readonly<Record<string, string>>;
  /** Interpolation values per message key. */
  fieldParams: Readonly<Record<string, FieldError["params"]>>;
}

export type UrlParamsValidation<T> = { ok: true; data: T } | { ok: false; fields: Record<string, FieldError> };

/** A whole number typed as text, `min..max`, with one message for every way it can be wrong. */
export function wholeNumber(message: string, min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, { error: message })
    .transform(Number)
    .pipe(z.number().min(min, { error: message }).max(max, { error: message }));
}

/** One value per known parameter (the first if repeated); blank values and unknown parameters dropped. */
function urlValues(input: URLSearchParams | Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
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

// Our messages are namespaced keys ("search:errors.price"); zod's own are English sentences.
const I18N_KEY = /^[a-z]+:[A-Za-z0-9_.]+$/;

function fieldErrors(issues: readonly z.core.$ZodIssue[], rules: UrlParamRules): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  const [firstField = "q"] = rules.fields;
  for (const issue of issues) {
    const field = typeof issue.path[0] === "string" ? issue.path[0] : firstField;
    if (fields[field]) continue;
    const key = I18N_KEY.test(issue.message)
      ? issue.message
      : (rules.fallbackKeys[field] ?? rules.fallbackKeys[firstField] ?? "errors:badInput");
    const params = rules.fieldParams[key];
    fields[field] = params ? { key, params } : { key };
  }
  return fields;
}

/** Validates URL parameters (or a plain object, from a JSON body) against `schema`. */
export function validateUrlParams<T>(
  schema: z.ZodType<T>,
  input: URLSearchParams | Record<string, unknown>,
  rules: UrlParamRules,
): UrlParamsValidation<T> {
  const result = schema.safeParse(urlValues(input, rules.fields));
  if (!result.success) return { ok: false, fields: fieldErrors(result.error.issues, rules) };
  return { ok: true, data: result.data };
}

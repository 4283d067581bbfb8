import type { z } from "zod";
import { AppError, type FieldError, type MessageParams } from "./app-error.ts";
import { pathsWithControlCharacters } from "./control-characters.ts";

/** A zod issue, or a Standard Schema issue (what tRPC hands back from its input parser). */
export interface SchemaIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
  readonly code?: string;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly params?: unknown;
}

export interface ParseInputOptions {
  /**
   * Where the package's generic keys live: `${keyPrefix}invalid` for problems zod described in its
   * own words, `${keyPrefix}controlCharacters` for refused characters. Default `errors:`.
   */
  keyPrefix?: string;
  /** The error's own message key, or how to pick it from the fields. Default `errors:badInput`. */
  formKey?: string | ((fields: Record<string, FieldError>) => string);
  /** Prepended to every field path: the schema checks one part of a bigger form. */
  path?: readonly PropertyKey[];
}

export type Validation<T> = { ok: true; data: T } | { ok: false; fields: Record<string, FieldError> };

// A schema's message is ours when it is an i18n key ("gigs:errors.titleTooShort"); zod's own
// messages are English sentences ("Invalid input: expected string").
const I18N_KEY = /^[a-z][A-Za-z0-9]*:[A-Za-z0-9_.-]+$/;

type PathSegment = PropertyKey | { readonly key: PropertyKey };

/** The dotted form-field name of a path: "packages.1.priceRupees"; the whole form is "form". */
export function fieldName(path: readonly PathSegment[]): string {
  if (path.length === 0) return "form";
  return path.map((segment) => String(typeof segment === "object" ? segment.key : segment)).join(".");
}

function limit(value: unknown): number | undefined {
  return typeof value === "number" || typeof value === "bigint" ? Number(value) : undefined;
}

/** The values a message interpolates: the limit of a size check, or a custom check's own params. */
function paramsOf(issue: SchemaIssue, key: string): MessageParams | undefined {
  // "Required" says nothing about a length, even when it comes from .min(1).
  if (key === "errors:required") return undefined;
  const max = issue.code === "too_big" ? limit(issue.maximum) : undefined;
  if (max !== undefined) return { max };
  const min = issue.code === "too_small" ? limit(issue.minimum) : undefined;
  if (min !== undefined) return { min };
  if (issue.code === "custom" && typeof issue.params === "object" && issue.params !== null) return issue.params as MessageParams;
  return undefined;
}

/** Field errors keyed by dotted path; the first problem of each field wins. */
export function fieldErrorsFromIssues(issues: readonly SchemaIssue[], options: ParseInputOptions = {}): Record<string, FieldError> {
  const fallback = `${options.keyPrefix ?? "errors:"}invalid`;
  const fields: Record<string, FieldError> = {};
  for (const issue of issues) {
    const field = fieldName([...(options.path ?? []), ...(issue.path ?? [])]);
    if (fields[field]) continue;
    const key = I18N_KEY.test(issue.message) ? issue.message : fallback;
    const params = key === fallback ? undefined : paramsOf(issue, key);
    fields[field] = params ? { key, params } : { key };
  }
  return fields;
}

/** A field error for every string in the input holding control characters (U+0000 and the like). */
export function controlCharacterFields(raw: unknown, options: ParseInputOptions = {}): Record<string, FieldError> {
  const key = `${options.keyPrefix ?? "errors:"}controlCharacters`;
  const fields: Record<string, FieldError> = {};
  for (const path of pathsWithControlCharacters(raw, options.path)) fields[fieldName(path)] = { key };
  return fields;
}

/**
 * Parses with any schema: the data, or field errors. Strings with control characters are refused
 * whatever the schema says, and that is the error their field shows.
 */
export function validateInput<S extends z.ZodType>(schema: S, raw: unknown, options: ParseInputOptions = {}): Validation<z.output<S>> {
  const refused = controlCharacterFields(raw, options);
  const result = schema.safeParse(raw);
  if (result.success && Object.keys(refused).length === 0) return { ok: true, data: result.data };
  const issues = result.success ? {} : fieldErrorsFromIssues(result.error.issues, options);
  return { ok: false, fields: { ...issues, ...refused } };
}

/** Parses or throws AppError BAD_INPUT carrying a localised error per bad field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, options: ParseInputOptions = {}): z.output<S> {
  const result = validateInput(schema, raw, options);
  if (result.ok) return result.data;
  const { formKey = "errors:badInput" } = options;
  throw new AppError("BAD_INPUT", typeof formKey === "function" ? formKey(result.fields) : formKey, { fields: result.fields });
}

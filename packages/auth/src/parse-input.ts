import { type FieldError, badInput } from "@hunar/core/app-error";
import type { z } from "zod";

/** A zod issue, or a Standard Schema issue (what tRPC hands back from its input parser). */
export interface SchemaIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
  readonly code?: string;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly params?: unknown;
}

function paramsOf(issue: SchemaIssue): FieldError["params"] {
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  if (issue.code === "custom" && issue.params) return issue.params as FieldError["params"];
  return undefined;
}

function fieldOf(issue: SchemaIssue): string {
  const first = issue.path?.[0];
  const key = typeof first === "object" && first !== null ? first.key : first;
  return typeof key === "string" ? key : "form";
}

/** Field errors keyed by form field; the first problem of each field wins. */
export function fieldErrorsFromIssues(issues: readonly SchemaIssue[]): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const issue of issues) {
    const field = fieldOf(issue);
    if (fields[field]) continue;
    const key = issue.message.startsWith("errors:") ? issue.message : "errors:invalid";
    const params = key === "errors:required" ? undefined : paramsOf(issue);
    fields[field] = params ? { key, params } : { key };
  }
  return fields;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; fields: Record<string, FieldError> };

export function validateInput<T>(schema: z.ZodType<T>, input: unknown): Validation<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, fields: fieldErrorsFromIssues(result.error.issues) };
}

/** Parses or throws AppError BAD_INPUT with field errors. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = validateInput(schema, input);
  if (!result.ok) throw badInput(result.fields);
  return result.data;
}

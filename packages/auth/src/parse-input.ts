import { type FieldError, badInput } from "@hunar/core/app-error";
import type { z } from "zod";

type Issue = z.core.$ZodIssue;

function paramsOf(issue: Issue): FieldError["params"] {
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  if (issue.code === "custom" && issue.params) return issue.params as FieldError["params"];
  return undefined;
}

/** Field errors keyed by form field; the first problem of each field wins. */
export function fieldErrorsOf(error: z.ZodError): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const field = typeof issue.path[0] === "string" ? issue.path[0] : "form";
    if (fields[field]) continue;
    const key = issue.message.startsWith("errors:") ? issue.message : "errors:invalid";
    const params = paramsOf(issue);
    fields[field] = params ? { key, params } : { key };
  }
  return fields;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; fields: Record<string, FieldError> };

export function validateInput<T>(schema: z.ZodType<T>, input: unknown): Validation<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, fields: fieldErrorsOf(result.error) };
}

/** Parses or throws AppError BAD_INPUT with field errors. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = validateInput(schema, input);
  if (!result.ok) throw badInput(result.fields);
  return result.data;
}

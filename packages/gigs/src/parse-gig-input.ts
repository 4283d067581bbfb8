import { type FieldError, badInput } from "@hunar/core/app-error";
import type { z } from "zod";
import { type GigInput, ZGigInput } from "./validation.ts";

type Issue = z.core.$ZodIssue;

// Keys from other namespaces pass through (images:errors.* from the image checks); anything
// else zod produced on its own becomes the generic "invalid".
const KNOWN_NAMESPACES = ["gigs:", "errors:", "images:"];

function paramsOf(issue: Issue): FieldError["params"] {
  if (issue.code === "too_big" && typeof issue.maximum === "number") return { max: issue.maximum };
  if (issue.code === "too_small" && typeof issue.minimum === "number") return { min: issue.minimum };
  return undefined;
}

/** The dotted form-field path of an issue: "packages.1.priceRupees"; the whole form is "form". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "form" : path.map(String).join(".");
}

/** Field errors keyed by dotted path; the first problem of each field wins. */
export function gigFieldErrors(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const issue of issues) {
    const field = fieldPath([...prefix, ...issue.path]);
    if (fields[field]) continue;
    const known = KNOWN_NAMESPACES.some((ns) => issue.message.startsWith(ns));
    const key = known ? issue.message : "gigs:errors.invalid";
    const params = known ? paramsOf(issue) : undefined;
    fields[field] = params ? { key, params } : { key };
  }
  return fields;
}

export function validateGigInput(raw: unknown): { ok: true; data: GigInput } | { ok: false; fields: Record<string, FieldError> } {
  const result = ZGigInput.safeParse(raw);
  return result.success ? { ok: true, data: result.data } : { ok: false, fields: gigFieldErrors(result.error.issues) };
}

/** Parses the listing form or throws AppError BAD_INPUT with a field error per bad field. */
export function parseGigInput(raw: unknown): GigInput {
  const result = validateGigInput(raw);
  if (!result.ok) throw badInput(result.fields);
  return result.data;
}

/** Any schema, with gig-style field errors (dotted paths, gigs: keys). */
export function parseWith<T extends z.ZodType>(schema: T, raw: unknown, prefix: readonly PropertyKey[] = []): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw badInput(gigFieldErrors(result.error.issues, prefix));
  return result.data;
}

import type { FieldError } from "@hunar/core/app-error";
import { type ParseInputOptions, parseInput, validateInput } from "@hunar/core/parse-input";
import type { z } from "zod";
import { type GigInput, ZGigInput } from "./validation.ts";

// zod's own messages become gigs:errors.invalid, refused characters gigs:errors.controlCharacters;
// keys the schemas name (gigs:, errors:, images:) pass through.
const GIG_KEYS: ParseInputOptions = { keyPrefix: "gigs:errors." };

export function validateGigInput(raw: unknown): { ok: true; data: GigInput } | { ok: false; fields: Record<string, FieldError> } {
  return validateInput(ZGigInput, raw, GIG_KEYS);
}

/** Parses the listing form or throws AppError BAD_INPUT with a field error per bad field. */
export function parseGigInput(raw: unknown): GigInput {
  return parseInput(ZGigInput, raw, GIG_KEYS);
}

/** Any schema, with gig-style field errors (dotted paths under `path`, gigs: keys). */
export function parseWith<T extends z.ZodType>(schema: T, raw: unknown, path: readonly PropertyKey[] = []): z.output<T> {
  return parseInput(schema, raw, { ...GIG_KEYS, path });
}

import type { Prisma } from "@hunar/db/types";
import { type GigInput, ZGigInput } from "./validation.ts";

// GigRevision.data holds the whole edited listing, validated and normalised, tagged with the
// shape's version so a later change of the form can still read old pending edits.
const VERSION = 1;

export function revisionData(input: GigInput): Prisma.InputJsonObject {
  return { version: VERSION, listing: input };
}

/**
 * The listing a revision proposes, validated again under today's rules (an edit that waited
 * while the rules tightened must not slip through). Null when it no longer passes.
 */
export function listingOfRevision(data: unknown): GigInput | null {
  if (typeof data !== "object" || data === null || (data as { version?: unknown }).version !== VERSION) return null;
  const result = ZGigInput.safeParse((data as { listing?: unknown }).listing);
  return result.success ? result.data : null;
}

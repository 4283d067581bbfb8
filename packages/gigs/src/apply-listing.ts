import { AppError, isAppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import type { LockedGig } from "./lock-gig.ts";
import { listingOfRevision } from "./revision-data.ts";
import { gigColumns, writeGigChildren } from "./write-gig-content.ts";

/**
 * Copies a revision's listing onto its gig (columns, packages, tags, extras, FAQ, requirement
 * questions, images) in the caller's transaction. An edit that no longer passes today's rules, names a category that is no
 * longer a subcategory or an image that is gone cannot be applied: INVALID_STATE for the admin,
 * who can still reject it with a reason. Every such refusal happens before anything is written.
 */
export async function applyRevisionListing(tx: Tx, gig: LockedGig, revisionData: unknown, extra: object = {}): Promise<void> {
  const outdated = () => new AppError("INVALID_STATE", "gigs:errors.revisionOutdated");
  const listing = listingOfRevision(revisionData);
  if (!listing) throw outdated();
  const category = await tx.category.findUnique({ where: { id: listing.categoryId }, select: { parentId: true } });
  if (!category || category.parentId === null) throw outdated();
  try {
    await writeGigChildren(tx, gig, listing);
  } catch (error) {
    if (isAppError(error) && error.code === "BAD_INPUT") throw outdated();
    throw error;
  }
  await tx.gig.update({ where: { id: gig.id }, data: { ...gigColumns(listing), ...extra } });
}

import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { assertSubcategory } from "./category-check.ts";
import { GIG_REF_SELECT, type GigActor, type GigRef } from "./gig-actor.ts";
import { reserveGigImagesForRevision } from "./images/attach-gig-images.ts";
import { type LockedGig, lockOwnGig } from "./lock-gig.ts";
import { parseGigInput } from "./parse-gig-input.ts";
import { revisionData } from "./revision-data.ts";
import { availableGigSlug, slugFromTitle } from "./slug.ts";
import { isUniqueViolation } from "./unique-violation.ts";
import type { GigFormValues, GigInput } from "./validation.ts";
import { gigColumns, writeGigChildren } from "./write-gig-content.ts";

export type UpdatedGig = GigRef & { pendingRevisionId: string | null };

/**
 * Saves the owner's edit of a listing.
 * - DRAFT / PENDING_REVIEW: edited in place; a gig under review goes back to DRAFT so an admin
 *   never approves text they did not see, and it must be submitted again.
 * - PUBLISHED / PAUSED: the edit waits in a GigRevision for review while buyers keep seeing the
 *   approved listing (docs/decisions/005-editing-published-gigs.md); a newer edit supersedes it.
 * - REJECTED: final, INVALID_STATE.
 */
export async function updateGig(db: Db, actor: GigActor, gigId: string, values: GigFormValues): Promise<UpdatedGig> {
  const input = parseGigInput(values);
  const attempt = (forceSuffix: boolean) =>
    db.$transaction(async (tx) => {
      const gig = await lockOwnGig(tx, actor, gigId);
      if (gig.status === "REJECTED") throw new AppError("INVALID_STATE", "gigs:errors.rejectedFinal");
      await assertSubcategory(tx, input.categoryId);
      if (gig.status === "PUBLISHED" || gig.status === "PAUSED") return proposeRevision(tx, gig, input);
      return editInPlace(tx, gig, input, forceSuffix);
    });
  try {
    return await attempt(false);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return attempt(true);
  }
}

async function editInPlace(tx: Tx, gig: LockedGig, input: GigInput, forceSuffix: boolean): Promise<UpdatedGig> {
  const updated = await tx.gig.update({
    where: { id: gig.id },
    data: { ...gigColumns(input), status: "DRAFT", slug: await draftSlug(tx, gig, input.titleEn, forceSuffix) },
    select: GIG_REF_SELECT,
  });
  await writeGigChildren(tx, gig, input);
  return { ...updated, pendingRevisionId: null };
}

/**
 * A gig that was never public follows its English title; once published its address is shared
 * and stays put.
 */
async function draftSlug(tx: Tx, gig: LockedGig, titleEn: string | null, forceSuffix: boolean): Promise<string> {
  if (gig.publishedAt !== null) return gig.slug;
  const base = slugFromTitle(titleEn);
  const keeps = base === null ? gig.slug.startsWith("gig-") : gig.slug === base || gig.slug.startsWith(`${base}-`);
  if (keeps && !forceSuffix) return gig.slug;
  return availableGigSlug(tx, titleEn, { forceSuffix });
}

async function proposeRevision(tx: Tx, gig: LockedGig, input: GigInput): Promise<UpdatedGig> {
  await tx.gigRevision.updateMany({
    where: { gigId: gig.id, status: "PENDING_REVIEW" },
    data: { status: "SUPERSEDED" },
  });
  const revision = await tx.gigRevision.create({ data: { gigId: gig.id, data: revisionData(input) }, select: { id: true } });
  await reserveGigImagesForRevision(tx, {
    ownerId: gig.freelancerId,
    gigId: gig.id,
    revisionId: revision.id,
    imageIds: input.imageIds,
    field: "imageIds",
  });
  return { id: gig.id, slug: gig.slug, status: gig.status, pendingRevisionId: revision.id };
}

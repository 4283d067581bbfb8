import type { Db, Prisma, Tx } from "@hunar/db/types";
import { imageError } from "./image-errors.ts";
import { MAX_GIG_IMAGES } from "./limits.ts";

/** Form field for a gig's list of image ids. */
export const GIG_IMAGES_FIELD = "imageIds";

export interface AttachGigImagesInput {
  /** The gig's freelancer: only their own uploads can be put on the gig. */
  ownerId: string;
  gigId: string;
  /** In display order; duplicates are ignored. */
  imageIds: readonly string[];
  field?: string;
}

/**
 * An image the owner may put on this gig: already on it, pending (on no gig and no revision), or
 * waiting on one of this gig's revisions. Used as the WHERE of each update, so an image that a
 * concurrent request put on another gig (or the cleanup deleted) meanwhile is refused.
 */
function claimable(ownerId: string, gigId: string): Prisma.GigImageWhereInput {
  return {
    uploaderId: ownerId,
    OR: [{ gigId }, { gigId: null, revisionId: null }, { gigId: null, revision: { is: { gigId } } }],
  };
}

/**
 * Makes `imageIds` the gig's live images, in that order; images the gig had and no longer
 * lists are detached and left to the cleanup (their URLs may still be in cached pages for a while).
 * Call inside the transaction that saves the gig: a refused id throws BAD_INPUT
 * (`images:errors.unknownImage` / `tooManyImages`) and the transaction must roll back.
 */
export async function attachGigImages(tx: Db | Tx, input: AttachGigImagesInput): Promise<void> {
  const field = input.field ?? GIG_IMAGES_FIELD;
  const ids = await checkClaimable(tx, input, field);

  await tx.gigImage.updateMany({
    where: { gigId: input.gigId, id: { notIn: ids } },
    data: { gigId: null, position: 0 },
  });
  for (const [position, id] of ids.entries()) {
    const { count } = await tx.gigImage.updateMany({
      where: { id, ...claimable(input.ownerId, input.gigId) },
      data: { gigId: input.gigId, revisionId: null, position },
    });
    if (count !== 1) throw imageError(field, "unknownImage");
  }
}

/**
 * For an edit of a published gig that waits in `revisionId`: new uploads among `imageIds` are
 * tied to the revision so the cleanup keeps them until it is reviewed; the gig's live images are
 * untouched. On approval, call attachGigImages with the revision's image list.
 */
export async function reserveGigImagesForRevision(tx: Db | Tx, input: AttachGigImagesInput & { revisionId: string }): Promise<void> {
  const field = input.field ?? GIG_IMAGES_FIELD;
  const ids = await checkClaimable(tx, input, field);
  const { ownerId, gigId } = input;
  for (const id of ids) {
    const reserved = await tx.gigImage.updateMany({
      where: { id, uploaderId: ownerId, gigId: null, OR: [{ revisionId: null }, { revision: { is: { gigId } } }] },
      data: { revisionId: input.revisionId },
    });
    if (reserved.count === 1) continue;
    const live = await tx.gigImage.count({ where: { id, uploaderId: ownerId, gigId } });
    if (live !== 1) throw imageError(field, "unknownImage");
  }
}

/** Checks the list up front so ordinary mistakes throw before anything is written. */
async function checkClaimable(tx: Db | Tx, input: AttachGigImagesInput, field: string): Promise<string[]> {
  const ids = [...new Set(input.imageIds)];
  if (ids.length > MAX_GIG_IMAGES) throw imageError(field, "tooManyImages", { max: MAX_GIG_IMAGES });
  if (ids.length === 0) return ids;
  const found = await tx.gigImage.count({ where: { id: { in: ids }, ...claimable(input.ownerId, input.gigId) } });
  if (found !== ids.length) throw imageError(field, "unknownImage");
  return ids;
}

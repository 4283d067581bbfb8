import { UPLOAD_AREA_FOLDERS, type UploadArea } from "@hunar/core/upload-keys";
import type { Prisma } from "@hunar/db/types";
import { ATTACHMENT_ORPHAN_MAX_AGE_MS } from "./limits.ts";

/*
 * Attachment rows are the uploads of every feature that takes files (chat messages, deliveries,
 * answers to an order's questions, later dispute evidence), each area in a storage of its own.
 * An upload is unclaimed until its feature puts it on one of those; the one list of owners is
 * here, so a new owner column is added once and no claim or sweep can forget it.
 */

/** Uploads of the area on nothing yet (the sweep's and the pending cap's WHERE). */
export function unclaimedUpload(area: UploadArea): Prisma.AttachmentWhereInput {
  return {
    storageKey: { startsWith: `${UPLOAD_AREA_FOLDERS[area]}/` },
    messageId: null,
    deliveryId: null,
    revisionRequestId: null,
    evidenceId: null,
    requirementId: null,
  };
}

/**
 * An upload `uploaderId` may still put on something: their own, of the area (a file in another
 * area's storage could not be served from there), unclaimed, and younger than the sweep's
 * cut-off (an older one may be deleted at any moment). Used as the WHERE of the claiming update
 * itself, so two claims, or a claim and the sweep, never both win.
 */
export function claimableUpload(area: UploadArea, uploaderId: string, now: Date): Prisma.AttachmentWhereInput {
  return { ...unclaimedUpload(area), uploaderId, createdAt: { gt: new Date(now.getTime() - ATTACHMENT_ORPHAN_MAX_AGE_MS) } };
}

import type { Prisma } from "@hunar/db/types";
import { UPLOAD_AREA_FOLDERS } from "@hunar/core/upload-keys";

/** A file on a delivery as the order page lists it. */
export const DELIVERY_FILE_SELECT = { id: true, fileName: true, mimeType: true, byteSize: true } as const satisfies Prisma.AttachmentSelect;

export interface DeliveryFile {
  id: string;
  fileName: string;
  mimeType: string;
  byteSize: number;
}

/**
 * An upload the freelancer may still put on a delivery: their own, stored in the deliveries
 * area (a chat upload lives in another storage and could not be served from here), and on
 * nothing yet. Used as the WHERE of the update itself, so two deliveries can never both claim
 * one file.
 */
export function unattachedDeliveryUpload(uploaderId: string): Prisma.AttachmentWhereInput {
  return {
    uploaderId,
    storageKey: { startsWith: `${UPLOAD_AREA_FOLDERS.deliveries}/` },
    messageId: null,
    deliveryId: null,
    revisionRequestId: null,
    evidenceId: null,
    requirementId: null,
  };
}

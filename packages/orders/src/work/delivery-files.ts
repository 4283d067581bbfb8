import type { Prisma } from "@hunar/db/types";

/** A file on a delivery as the order page lists it. */
export const DELIVERY_FILE_SELECT = { id: true, fileName: true, mimeType: true, byteSize: true } as const satisfies Prisma.AttachmentSelect;

export interface DeliveryFile {
  id: string;
  fileName: string;
  mimeType: string;
  byteSize: number;
}

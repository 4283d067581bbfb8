import { AppError } from "@hunar/core/app-error";
import type { StoredUpload, UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/types";
import { roleIn } from "../order-role.ts";
import { deliveryFileStorage } from "./default-storage.ts";
import type { DeliveryFile } from "./delivery-files.ts";

export interface OrderFileViewer {
  userId: string;
  isAdmin?: boolean;
}

export interface ReadableOrderFile {
  file: DeliveryFile;
  body: StoredUpload;
}

const ORDER_PARTIES = { id: true, clientId: true, freelancerId: true } as const;

const fileNotFound = () => new AppError("NOT_FOUND", "orders:errors.files.notFound");

/**
 * A delivered file of the order, one the client attached to an answer of its requirements, or
 * evidence posted in a dispute about it (stored in the same area), with its bytes, for the two parties and admins (who settle disputes over exactly this work).
 * Anyone else, a file of another order, one not delivered (or answered) yet and a missing file
 * all get the same NOT_FOUND, so an id reveals nothing.
 */
export async function readOrderFile(
  db: Db,
  viewer: OrderFileViewer,
  ids: { orderId: string; attachmentId: string },
  storage: UploadStorage = deliveryFileStorage(),
): Promise<ReadableOrderFile> {
  if (!ids.orderId || !ids.attachmentId) throw fileNotFound();
  const row = await db.attachment.findUnique({
    where: { id: ids.attachmentId },
    select: {
      id: true,
      fileName: true,
      mimeType: true,
      byteSize: true,
      storageKey: true,
      delivery: { select: { order: { select: ORDER_PARTIES } } },
      requirement: { select: { order: { select: ORDER_PARTIES } } },
      evidence: { select: { dispute: { select: { order: { select: ORDER_PARTIES } } } } },
    },
  });
  const order = row?.delivery?.order ?? row?.requirement?.order ?? row?.evidence?.dispute.order;
  if (!row || !order || order.id !== ids.orderId) throw fileNotFound();
  if (!viewer.isAdmin && !roleIn(order, viewer.userId)) throw fileNotFound();
  const body = await storage.get(row.storageKey);
  if (!body) throw fileNotFound();
  const { id, fileName, mimeType, byteSize } = row;
  return { file: { id, fileName, mimeType, byteSize }, body };
}

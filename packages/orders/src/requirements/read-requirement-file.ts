import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/types";
import type { StoredUpload } from "@hunar/core/upload-storage";
import { AppError } from "@hunar/core/app-error";
import { roleIn } from "../order-role.ts";
import { orderFileStorage } from "./order-file-storage.ts";

export interface RequirementFile {
  attachment: { id: string; fileName: string; mimeType: string; byteSize: number };
  file: StoredUpload;
}

const notFound = () => new AppError("NOT_FOUND", "orders:errors.files.notFound");

/**
 * A file the client attached to an answer of this order, for either party of the order. Anyone
 * else, a file of another order and a missing file all get the same NOT_FOUND.
 */
export async function readRequirementFile(
  db: Db,
  viewerId: string,
  input: { orderId: string; attachmentId: string },
  storage: UploadStorage = orderFileStorage(),
): Promise<RequirementFile> {
  if (input.attachmentId.length > 64 || input.orderId.length > 64) throw notFound();
  const row = await db.attachment.findUnique({
    where: { id: input.attachmentId },
    select: {
      id: true,
      storageKey: true,
      fileName: true,
      mimeType: true,
      byteSize: true,
      requirement: { select: { order: { select: { id: true, clientId: true, freelancerId: true } } } },
    },
  });
  const order = row?.requirement?.order;
  if (!row || !order || order.id !== input.orderId || !roleIn(order, viewerId)) throw notFound();
  const file = await storage.get(row.storageKey);
  if (!file) throw notFound();
  const { id, fileName, mimeType, byteSize } = row;
  return { attachment: { id, fileName, mimeType, byteSize }, file };
}

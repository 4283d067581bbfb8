import { isAppError } from "@hunar/core/app-error";
import { deliveryFileStorage } from "@hunar/orders/work/default-storage";
import { DELIVERY_FILES_FIELD, deliveryFileError } from "@hunar/orders/work/delivery-file-errors";
import { MAX_DELIVERY_FILE_BYTES, MAX_DELIVERY_TOTAL_BYTES } from "@hunar/orders/work/delivery-file-limits";
import { discardDeliveryFiles } from "@hunar/orders/work/discard-delivery-files";
import { deliveryFileTooLarge, storeDeliveryFile } from "@hunar/orders/work/store-delivery-file";
import { MAX_EVIDENCE_FILES } from "@hunar/disputes/dispute-rules";
import type { HunarLoadContext } from "#app/load-context.ts";
import { readMultipartForm } from "#app/utils/read-multipart-form.server.ts";

/**
 * A dispute form with evidence files (multipart, `files`): each file is checked and stored as a
 * delivery file is (evidence is the order's work, served by the order's file route), then `submit`
 * gets the text fields and the stored files' ids and calls the disputes domain. If the domain
 * refuses, or the browser goes away, the files this post stored are dropped, so nothing waits
 * for the unclaimed-upload sweep. Call only after checking the person may post (no stranger's
 * file is ever stored).
 */
export async function withEvidenceForm<T>(
  request: Request,
  context: HunarLoadContext,
  userId: string,
  submit: (form: FormData, attachmentIds: string[]) => Promise<T>,
): Promise<T> {
  const storage = deliveryFileStorage();
  const stored: string[] = [];
  try {
    const { form, files } = await readMultipartForm(request, {
      fileField: DELIVERY_FILES_FIELD,
      maxFiles: MAX_EVIDENCE_FILES,
      maxFileBytes: MAX_DELIVERY_FILE_BYTES,
      maxTotalBytes: MAX_DELIVERY_TOTAL_BYTES,
      refuse: {
        tooLarge: deliveryFileTooLarge,
        tooMany: () => deliveryFileError("tooMany", { max: MAX_EVIDENCE_FILES }),
        unreadable: () => deliveryFileError("unreadableForm"),
      },
    });
    for (const file of files) {
      const saved = await storeDeliveryFile(
        context.db,
        storage,
        { userId },
        {
          fileName: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
          signal: request.signal,
        },
      );
      stored.push(saved.id);
    }
    return await submit(form, stored);
  } catch (error) {
    if (stored.length > 0 && (isAppError(error) || request.signal.aborted)) await discardDeliveryFiles(context.db, storage, userId, stored);
    throw error;
  }
}

import { claimableUpload } from "@hunar/chat/attachments/unclaimed-upload";
import type { Tx } from "@hunar/db/types";
import { disputeError } from "./dispute-errors.ts";

/**
 * Puts the poster's own uploads on a post of the dispute's thread, all or nothing. Evidence is
 * stored and checked as delivery files are (the order's work area, storeDeliveryFile), so the
 * order's file route serves it to the parties and admins only.
 */
export async function claimEvidenceFiles(tx: Tx, userId: string, evidenceId: string, attachmentIds: string[], now: Date): Promise<void> {
  const ids = [...new Set(attachmentIds)];
  if (ids.length === 0) return;
  const { count } = await tx.attachment.updateMany({
    where: { id: { in: ids }, ...claimableUpload("deliveries", userId, now) },
    data: { evidenceId },
  });
  if (count !== ids.length) throw disputeError("BAD_INPUT", "files.unknown", "attachmentIds");
}

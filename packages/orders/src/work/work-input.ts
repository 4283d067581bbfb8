import { z } from "zod";
import { MAX_DELIVERY_FILES } from "./delivery-file-limits.ts";
import { DELIVERY_MESSAGE_MAX, REVISION_REASON_MAX } from "./work-limits.ts";

export const ZDeliverOrderInput = z.object({
  orderId: z.string(),
  message: z
    .string({ error: "orders:errors.messageRequired" })
    .trim()
    .min(1, "orders:errors.messageRequired")
    .max(DELIVERY_MESSAGE_MAX, "orders:errors.messageTooLong"),
  attachmentIds: z
    .array(z.string().min(1).max(64), { error: "orders:errors.files.unknown" })
    .max(MAX_DELIVERY_FILES, "orders:errors.files.tooMany")
    .default([]),
});
export type DeliverOrderInput = z.input<typeof ZDeliverOrderInput>;

export const ZRequestRevisionInput = z.object({
  orderId: z.string(),
  reason: z
    .string({ error: "orders:errors.reasonRequired" })
    .trim()
    .min(1, "orders:errors.reasonRequired")
    .max(REVISION_REASON_MAX, "orders:errors.reasonTooLong"),
});
export type RequestRevisionInput = z.input<typeof ZRequestRevisionInput>;

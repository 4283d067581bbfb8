import type { Db, Tx } from "@hunar/db/types";
import { orderNotFound } from "../order-role.ts";
import { orderFileHref } from "../work/order-file-href.ts";

export interface RequirementFileView {
  id: string;
  fileName: string;
  mimeType: string;
  byteSize: number;
  /** Where the order's parties download it (the order file route). */
  href: string;
}

export interface OrderRequirementView {
  position: number;
  question: string;
  required: boolean;
  allowFile: boolean;
  answer: string | null;
  files: RequirementFileView[];
}

export interface OrderRequirements {
  questions: OrderRequirementView[];
  /** When the client answered (or the work started without questions); null while they are awaited. */
  submittedAt: Date | null;
  /** The order is paid and its clock waits for the client's answers: the order page shows the form. */
  awaitingAnswers: boolean;
  /** What the client wrote at checkout for a gig without questions (older orders too). */
  brief: string | null;
}

/**
 * The order's questions with the client's answers and files, as the order page shows them to
 * both parties. The caller has already checked that the viewer is one of them.
 */
export async function readOrderRequirements(db: Db | Tx, orderId: string): Promise<OrderRequirements> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      status: true,
      requirements: true,
      requirementsSubmittedAt: true,
      requirementAnswers: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          question: true,
          required: true,
          allowFile: true,
          answer: true,
          attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, mimeType: true, byteSize: true } },
        },
      },
    },
  });
  if (!order) throw orderNotFound();
  return {
    questions: order.requirementAnswers.map(({ attachments, ...question }) => ({
      ...question,
      files: attachments.map((file) => ({ ...file, href: orderFileHref(order.id, file.id) })),
    })),
    submittedAt: order.requirementsSubmittedAt,
    awaitingAnswers: order.status === "IN_PROGRESS" && order.requirementsSubmittedAt === null,
    brief: order.requirements,
  };
}

import { AppError } from "@hunar/core/app-error";
import type { Db, DisputeStatus } from "@hunar/db/types";
import { toChatAttachment } from "../attachments/attach-to-message.ts";
import type { ChatAttachment } from "../realtime/events.ts";
import type { SafetyAdmin } from "./resolve-message-report.ts";
import { assertAdmin, safetyBadInput, safetyError } from "./safety-errors.ts";

export const MAX_READ_REASON = 500;
/** The newest messages shown; a dispute is about recent work, and the page must stay light. */
export const DISPUTE_READ_LIMIT = 1000;

export interface DisputePerson {
  id: string;
  displayName: string;
  handle: string | null;
}

export interface DisputeConversation {
  dispute: { id: string; orderId: string; orderNumber: number; orderTitle: string; status: DisputeStatus };
  client: DisputePerson;
  freelancer: DisputePerson;
  conversationId: string;
  messages: {
    id: string;
    seq: number;
    senderId: string;
    kind: "TEXT" | "SYSTEM";
    body: string;
    data: unknown;
    createdAt: Date;
    deletedAt: Date | null;
    attachments: ChatAttachment[];
  }[];
}

const PERSON = { select: { id: true, displayName: true, handle: true } } as const;

/**
 * An admin reads the conversation between a disputed order's client and freelancer. A reason is
 * required; the read is written to the audit log ("conversation.read", with the reason and the
 * dispute) in the same transaction that reads the messages, so no read goes unrecorded. With a
 * `conversationId`, it must be that pair's conversation (INVALID_STATE otherwise). Non-admins get
 * FORBIDDEN; a dispute whose two users never talked, NOT_FOUND.
 */
export async function readConversationForDispute(
  db: Db,
  admin: SafetyAdmin,
  input: { disputeId: string; reason: string; conversationId?: string },
): Promise<DisputeConversation> {
  assertAdmin(admin);
  const reason = typeof input.reason === "string" ? input.reason.trim() : "";
  if (!reason) throw safetyBadInput("reason", "readReasonRequired");
  if (reason.length > MAX_READ_REASON) throw safetyBadInput("reason", "readReasonTooLong", { max: MAX_READ_REASON });

  return db.$transaction(async (tx) => {
    const dispute = await tx.dispute.findUnique({
      where: { id: input.disputeId },
      select: {
        id: true,
        status: true,
        order: { select: { id: true, number: true, title: true, client: PERSON, freelancer: PERSON } },
      },
    });
    if (!dispute) throw new AppError("NOT_FOUND", "errors:notFound");
    const { client, freelancer } = dispute.order;
    const [userAId, userBId] = [client.id, freelancer.id].sort() as [string, string];
    const conversation = await tx.conversation.findUnique({ where: { userAId_userBId: { userAId, userBId } }, select: { id: true } });
    if (input.conversationId !== undefined && input.conversationId !== conversation?.id) {
      throw safetyError("INVALID_STATE", "conversationNotInDispute");
    }
    if (!conversation) throw safetyError("NOT_FOUND", "noConversation");

    await tx.auditLog.create({
      data: {
        actorId: admin.userId,
        action: "conversation.read",
        targetType: "Conversation",
        targetId: conversation.id,
        reason,
        data: { disputeId: dispute.id },
        ip: admin.ip ?? null,
      },
    });
    const newestFirst = await tx.message.findMany({
      where: { conversationId: conversation.id },
      orderBy: { seq: "desc" },
      take: DISPUTE_READ_LIMIT,
      select: {
        id: true,
        seq: true,
        senderId: true,
        kind: true,
        body: true,
        data: true,
        createdAt: true,
        deletedAt: true,
        attachments: { select: { id: true, fileName: true, mimeType: true, byteSize: true, width: true, height: true } },
      },
    });
    return {
      dispute: {
        id: dispute.id,
        orderId: dispute.order.id,
        orderNumber: dispute.order.number,
        orderTitle: dispute.order.title,
        status: dispute.status,
      },
      client,
      freelancer,
      conversationId: conversation.id,
      messages: newestFirst.reverse().map((message) => ({ ...message, attachments: message.attachments.map(toChatAttachment) })),
    };
  });
}

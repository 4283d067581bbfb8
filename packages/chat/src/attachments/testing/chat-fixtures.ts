// Rows for attachment and safety tests, written directly so these tests depend only on the
// schema: a conversation is its row plus both participants, a message a row with the next seq.
import type { Db } from "@hunar/db/client";
import { createTestConversation, createTestUser } from "@hunar/db/testing/factories";
import { seedFeeSchedule } from "@hunar/db/seed";

let counter = 0;

export interface Person {
  userId: string;
  isAdmin: boolean;
}

export async function createPerson(db: Db, name: string, options: { isAdmin?: boolean } = {}): Promise<Person> {
  const { userId, isAdmin } = await createTestUser(db, name, { isAdmin: options.isAdmin ?? false });
  return { userId, isAdmin };
}

export function createConversation(db: Db, one: string, two: string): Promise<string> {
  return createTestConversation(db, one, two);
}

export async function createMessage(
  db: Db,
  conversationId: string,
  senderId: string,
  body = "Assalam o alaikum",
  kind: "TEXT" | "SYSTEM" = "TEXT",
): Promise<string> {
  return db.$transaction(async (tx) => {
    const { lastSeq } = await tx.conversation.update({
      where: { id: conversationId },
      data: { lastSeq: { increment: 1 }, lastMessageAt: new Date() },
      select: { lastSeq: true },
    });
    counter += 1;
    const message = await tx.message.create({
      data: { conversationId, seq: lastSeq, senderId, clientMessageId: `test-${process.pid}-${counter}`, body, kind },
      select: { id: true },
    });
    return message.id;
  });
}

/** An order between a client and a freelancer and a dispute on it, as the disputes feature will write them. */
export async function createDispute(db: Db, clientId: string, freelancerId: string): Promise<{ disputeId: string; orderId: string }> {
  const { id: feeScheduleId } = await seedFeeSchedule(db);
  const order = await db.order.create({
    data: {
      source: "GIG",
      clientId,
      freelancerId,
      title: "Logo for a Lahore bakery",
      subtotalPaisa: 500_000,
      clientFeePaisa: 10_000,
      freelancerFeePaisa: 25_000,
      totalPaisa: 510_000,
      feeScheduleId,
      freelancerFeeBps: 500,
      clientFeeBps: 200,
      minimumFeePaisa: 5_000,
      clearanceDays: 7,
      deliveryDays: 3,
      status: "DISPUTED",
    },
    select: { id: true },
  });
  const dispute = await db.dispute.create({
    data: {
      orderId: order.id,
      openedById: clientId,
      reason: "NOT_AS_DESCRIBED",
      description: "The logo is not what we agreed on.",
      previousOrderStatus: "DELIVERED",
      escrowPaisa: 500_000,
      answerDueAt: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000),
    },
    select: { id: true },
  });
  return { disputeId: dispute.id, orderId: order.id };
}

import { AppError } from "@hunar/core/app-error";
import type { Db, DisputeStatus } from "@hunar/db/types";
import type { DisputePerson } from "./read-conversation-for-dispute.ts";
import { assertAdmin } from "./safety-errors.ts";

export interface DisputeParties {
  dispute: { id: string; orderId: string; orderNumber: number; orderTitle: string; status: DisputeStatus };
  client: DisputePerson;
  freelancer: DisputePerson;
}

const PERSON = { select: { id: true, displayName: true, handle: true } } as const;

/**
 * Who a dispute is between, for the page that asks an admin's reason before the conversation is
 * read. Reads no messages (and so writes no audit row). Admins only; NOT_FOUND for no dispute.
 */
export async function getDisputeParties(db: Db, admin: { isAdmin?: boolean }, disputeId: string): Promise<DisputeParties> {
  assertAdmin(admin);
  const dispute = await db.dispute.findUnique({
    where: { id: disputeId },
    select: { id: true, status: true, order: { select: { id: true, number: true, title: true, client: PERSON, freelancer: PERSON } } },
  });
  if (!dispute) throw new AppError("NOT_FOUND", "errors:notFound");
  const { order } = dispute;
  return {
    dispute: { id: dispute.id, orderId: order.id, orderNumber: order.number, orderTitle: order.title, status: dispute.status },
    client: order.client,
    freelancer: order.freelancer,
  };
}

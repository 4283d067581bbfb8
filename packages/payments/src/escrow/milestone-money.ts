import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";

export interface MilestoneMoney {
  id: string;
  orderId: string;
  position: number;
  amountPaisa: number;
  clientFeePaisa: number;
}

/** The ledger keys of one milestone's money: each moves once, so a retry replays. */
export const milestoneKey = (orderId: string, milestoneId: string, movement: "fund" | "release" | "refund") =>
  `order:${orderId}:milestone:${milestoneId}:${movement}`;

/** A milestone of this order (call with the order row locked); anything else is NOT_FOUND. */
export async function readMilestoneMoney(tx: Tx, orderId: string, milestoneId: string): Promise<MilestoneMoney> {
  const milestone = await tx.milestone.findUnique({
    where: { id: milestoneId },
    select: { id: true, orderId: true, position: true, amountPaisa: true, clientFeePaisa: true },
  });
  if (!milestone || milestone.orderId !== orderId) throw new AppError("NOT_FOUND", "payments:errors.ledger.orderNotFound");
  return milestone;
}

/** Whether the order's escrow is paid milestone by milestone (then funding the whole at once is refused). */
export async function hasMilestones(tx: Tx, orderId: string): Promise<boolean> {
  return (await tx.milestone.findFirst({ where: { orderId }, select: { id: true } })) !== null;
}

/** Which of this milestone's movements are in the ledger already (the money's truth, not the milestone's status). */
export async function milestoneMovements(tx: Tx, orderId: string, milestoneId: string) {
  const posted = await tx.ledgerTransaction.findMany({
    where: { idempotencyKey: { in: (["fund", "release", "refund"] as const).map((m) => milestoneKey(orderId, milestoneId, m)) } },
    select: { id: true, idempotencyKey: true, clearsAt: true },
  });
  const find = (movement: "fund" | "release" | "refund") =>
    posted.find((t) => t.idempotencyKey === milestoneKey(orderId, milestoneId, movement));
  return { funded: find("fund"), released: find("release"), refunded: find("refund") };
}

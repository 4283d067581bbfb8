import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import type { MoneyOrder } from "./lock-order.ts";

/**
 * Who may move an order's money, and which way. A party may only send money towards the other
 * party (the client releases to the freelancer, the freelancer refunds the client), never to
 * themselves; an admin may do either (disputes); null is the system itself (auto-complete, a
 * rule the orders domain applies). Someone unrelated to the order does not learn it exists.
 */
export async function assertMayMoveEscrow(
  tx: Tx,
  order: MoneyOrder,
  actorId: string | null,
  towards: "freelancer" | "client",
): Promise<void> {
  if (actorId === null) return;
  const mayAsParty = towards === "freelancer" ? order.clientId : order.freelancerId;
  if (actorId === mayAsParty) return;
  const actor = await tx.user.findUnique({ where: { id: actorId }, select: { isAdmin: true } });
  if (actor?.isAdmin) return;
  if (actorId === order.clientId || actorId === order.freelancerId) throw new AppError("FORBIDDEN", "errors:forbidden");
  throw new AppError("NOT_FOUND", "payments:errors.ledger.orderNotFound");
}

/**
 * Who may pay an order's escrow from the client's wallet: its client, or an admin confirming the
 * client's transfer. Anyone else does not learn the order exists.
 */
export async function assertMayFund(tx: Tx, order: MoneyOrder, actorId: string): Promise<void> {
  if (actorId === order.clientId) return;
  const actor = await tx.user.findUnique({ where: { id: actorId }, select: { isAdmin: true } });
  if (!actor?.isAdmin) throw new AppError("NOT_FOUND", "payments:errors.ledger.orderNotFound");
}

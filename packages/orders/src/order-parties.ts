import type { Db, Tx } from "@hunar/db/types";

/** The client and the freelancer of an order; null if there is no such order. */
export async function orderParties(db: Db | Tx, orderId: string): Promise<string[] | null> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { clientId: true, freelancerId: true } });
  return order ? [order.clientId, order.freelancerId] : null;
}

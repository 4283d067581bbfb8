import type { Db } from "@hunar/db/client";

const ORDERS_SHOWN = 100;

const ORDER_ROW = {
  id: true,
  number: true,
  title: true,
  status: true,
  subtotalPaisa: true,
  totalPaisa: true,
  createdAt: true,
  client: { select: { displayName: true } },
  freelancer: { select: { displayName: true } },
  // A transfer the client reported for this order and an admin has not confirmed yet.
  fundingRequests: { where: { status: "PENDING" }, select: { providerReference: true }, take: 1 },
} as const;

/**
 * The signed-in person's orders on both sides, newest first: what they bought and what was
 * bought from them. Read straight from the order rows (no money moves here).
 */
export async function listMyOrders(db: Db, userId: string) {
  const [asClient, asFreelancer] = await Promise.all([
    db.order.findMany({
      where: { clientId: userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ORDERS_SHOWN,
      select: ORDER_ROW,
    }),
    db.order.findMany({
      where: { freelancerId: userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ORDERS_SHOWN,
      select: ORDER_ROW,
    }),
  ]);
  // The client's transfer references are theirs alone: the freelancer's rows leave them out.
  return { asClient, asFreelancer: asFreelancer.map(({ fundingRequests: _own, ...order }) => order) };
}

export type MyOrderRow = Awaited<ReturnType<typeof listMyOrders>>["asClient"][number];

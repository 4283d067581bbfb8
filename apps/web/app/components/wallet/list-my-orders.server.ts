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
} as const;

/**
 * The signed-in person's orders on both sides, newest first: what they bought and what was
 * bought from them. Read straight from the order rows (no money moves here).
 */
export async function listMyOrders(db: Db, userId: string) {
  const [asClient, asFreelancer] = await Promise.all([
    db.order.findMany({ where: { clientId: userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: ORDERS_SHOWN, select: ORDER_ROW }),
    db.order.findMany({ where: { freelancerId: userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: ORDERS_SHOWN, select: ORDER_ROW }),
  ]);
  return { asClient, asFreelancer };
}

export type MyOrderRow = Awaited<ReturnType<typeof listMyOrders>>["asClient"][number];

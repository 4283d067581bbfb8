import type { Db } from "@hunar/db/client";
import { payOrder } from "@hunar/orders/checkout/pay-order";
import { placeGigOrder } from "@hunar/orders/checkout/place-gig-order";
import { acceptDelivery } from "@hunar/orders/work/accept-delivery";
import { deliverOrder } from "@hunar/orders/work/deliver-order";
import { creditWallet } from "@hunar/payments/testing/payment-fixtures";

export interface BusyClient {
  clientId: string;
  orderIds: string[];
}

const PARALLEL = 4;

/**
 * The demo client with `count` more orders of the demo gigs that ask no required questions,
 * made through the real checkout and work functions (placed, paid from the wallet credited with
 * its total, and for most delivered, and for many of those accepted), so each order page has a
 * timeline, a delivery, figures and a conversation like a real one. A few at a time: that is what the database can
 * take on a small machine while the app it serves is idle.
 */
export async function buildBusyClient(db: Db, email: string, count: number): Promise<BusyClient> {
  const client = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const gigs = await db.gig.findMany({
    where: { status: "PUBLISHED", freelancerId: { not: client.id }, requirements: { none: { required: true } }, packages: { some: {} } },
    select: { id: true, freelancerId: true, packages: { select: { tier: true }, orderBy: { tier: "asc" } } },
    orderBy: { id: "asc" },
  });
  if (gigs.length === 0) throw new Error("no demo gig without required questions to order from");
  const orderIds: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const gig = gigs[i % gigs.length] as (typeof gigs)[number];
      const tier = gig.packages[Math.floor(i / gigs.length) % gig.packages.length]?.tier ?? "BASIC";
      const placed = await placeGigOrder(db, { userId: client.id }, { gigId: gig.id, tier });
      await creditWallet(db, client.id, BigInt(placed.totalPaisa), `bench:orders:${placed.id}`);
      await payOrder(db, { userId: client.id }, { orderId: placed.id, method: "wallet" });
      // Three in five delivered, and two of those accepted: the page then shows every section.
      if (i % 5 < 3) await deliverOrder(db, { userId: gig.freelancerId }, { orderId: placed.id, message: `Delivery for order ${i + 1}` });
      if (i % 5 < 2) await acceptDelivery(db, { userId: client.id }, placed.id);
      orderIds.push(placed.id);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { clientId: client.id, orderIds };
}

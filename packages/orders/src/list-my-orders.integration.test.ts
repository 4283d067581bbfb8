import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { listMyOrders } from "./list-my-orders.ts";
import { createContractOrder, payNextMilestone } from "./testing/contract-fixtures.ts";
import { createOrderWorld, createPaidOrder, type OrderWorld } from "./testing/order-fixtures.ts";
import { acceptDelivery } from "./work/accept-delivery.ts";
import { deliverOrder } from "./work/deliver-order.ts";

const THREE_MILESTONES = [
  { title: "Design", amountPaisa: 1_000_000, durationDays: 3 },
  { title: "Product pages", amountPaisa: 2_000_000, durationDays: 5 },
  { title: "Checkout", amountPaisa: 1_500_000, durationDays: 4 },
];

describe.each(testDbKinds())("a contract's progress in my orders on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;
  const rowOf = async (side: "client" | "freelancer", orderId: string) => {
    const userId = side === "client" ? w.client.userId : w.freelancer.userId;
    const page = await listMyOrders(t.db, userId, { side, limit: 100 });
    return page.orders.find((row) => row.id === orderId);
  };

  beforeEach(async () => {
    w = await createOrderWorld(t.db);
  });

  it("says which milestone is due or in work and how many were accepted, on both sides; an order without milestones has none", async () => {
    const contract = await createContractOrder(t.db, w, { milestones: THREE_MILESTONES });
    const gig = await createPaidOrder(t.db, w);
    expect(await rowOf("client", contract.id)).toMatchObject({
      status: "PENDING_PAYMENT",
      milestones: { count: 3, accepted: 0, position: 1 },
    });
    expect((await rowOf("client", gig.id))?.milestones).toBeNull();

    await payNextMilestone(t.db, contract, 1);
    expect(await rowOf("freelancer", contract.id)).toMatchObject({
      status: "IN_PROGRESS",
      milestones: { count: 3, accepted: 0, position: 1 },
    });

    await deliverOrder(t.db, w.freelancer, { orderId: contract.id, message: "The design is ready for review." });
    expect((await rowOf("client", contract.id))?.milestones).toEqual({ count: 3, accepted: 0, position: 1 });
    await acceptDelivery(t.db, w.client, contract.id);
    // Between milestones the order waits for payment again: the row says it is the second one.
    const between = await rowOf("client", contract.id);
    expect(between).toMatchObject({ status: "PENDING_PAYMENT", milestones: { count: 3, accepted: 1, position: 2 } });
    expect(between).not.toHaveProperty("milestones.items");
    expect(await rowOf("freelancer", contract.id)).toMatchObject({ milestones: { count: 3, accepted: 1, position: 2 } });

    await payNextMilestone(t.db, contract, 2);
    expect((await rowOf("client", contract.id))?.milestones).toEqual({ count: 3, accepted: 1, position: 2 });
  });
});

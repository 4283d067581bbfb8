import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { addDays, addHours, orderHref } from "../order-link.ts";
import { createContractOrder, payNextMilestone } from "../testing/contract-fixtures.ts";
import { createOrderWorld, type OrderWorld } from "../testing/order-fixtures.ts";
import { acceptDelivery } from "../work/accept-delivery.ts";
import { deliverOrder } from "../work/deliver-order.ts";
import { warnAutoComplete } from "./warn-auto-complete.ts";

describe.each(testDbKinds())("the auto-acceptance warning of a contract on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;
  const notes = async (userId: string, kind: string, orderId: string) =>
    (await t.db.notification.findMany({ where: { userId, kind }, select: { data: true, link: true } }))
      .map((row) => ({ ...row, data: row.data as Record<string, unknown> }))
      .filter((row) => row.data.orderId === orderId);

  beforeEach(async () => {
    w = await createOrderWorld(t.db);
  });

  it("tells the client a milestone with more to come will be accepted and paid out by itself; the last one, that the order completes", async () => {
    const contract = await createContractOrder(t.db, w);
    await payNextMilestone(t.db, contract, 1);
    const deliveredAt = new Date();
    await deliverOrder(t.db, w.freelancer, { orderId: contract.id, message: "The design is ready for review." }, deliveredAt);

    expect(await warnAutoComplete(t.db, addHours(deliveredAt, 50), { limit: 1_000 })).toBeGreaterThanOrEqual(1);
    expect(await notes(w.client.userId, "order.milestoneAutoAcceptSoon", contract.id)).toEqual([
      {
        link: orderHref(contract.id),
        data: {
          orderId: contract.id,
          orderNumber: contract.number,
          title: "Website for a Karachi clothes shop",
          position: 1,
          milestoneTitle: "Design",
          autoCompleteAt: addDays(deliveredAt, 3).toISOString(),
        },
      },
    ]);
    // Not the order's completion: that would tell the client the whole contract is done.
    expect(await notes(w.client.userId, "order.autoCompleteSoon", contract.id)).toEqual([]);

    await acceptDelivery(t.db, w.client, contract.id);
    await payNextMilestone(t.db, contract, 2);
    const lastDeliveredAt = addHours(new Date(), 1);
    await deliverOrder(t.db, w.freelancer, { orderId: contract.id, message: "The product pages are ready." }, lastDeliveredAt);
    expect(await warnAutoComplete(t.db, addHours(lastDeliveredAt, 50), { limit: 1_000 })).toBeGreaterThanOrEqual(1);
    expect(await notes(w.client.userId, "order.autoCompleteSoon", contract.id)).toMatchObject([
      { data: { orderId: contract.id, autoCompleteAt: addDays(lastDeliveredAt, 3).toISOString() } },
    ]);
    expect(await notes(w.client.userId, "order.milestoneAutoAcceptSoon", contract.id)).toHaveLength(1);
  });
});

import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { addHours } from "../order-link.ts";
import { createContractOrder, payNextMilestone } from "../testing/contract-fixtures.ts";
import { createOrderWorld, type OrderWorld } from "../testing/order-fixtures.ts";
import { deliverOrder } from "../work/deliver-order.ts";
import { declareOutage } from "./declare-outage.ts";

describe.each(testDbKinds())("outage grace for contracts on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;
  const milestones = (orderId: string) =>
    t.db.milestone.findMany({ where: { orderId }, orderBy: { position: "asc" }, select: { status: true, dueAt: true } });
  const order = (id: string) => t.db.order.findUniqueOrThrow({ where: { id }, select: { dueAt: true, autoCompleteAt: true } });

  beforeEach(async () => {
    w = await createOrderWorld(t.db);
  });

  it("moves the funded milestone's due date with its order's, and leaves unpaid and delivered milestones alone", async () => {
    const running = await createContractOrder(t.db, w);
    await payNextMilestone(t.db, running, 1);
    const delivered = await createContractOrder(t.db, w);
    await payNextMilestone(t.db, delivered, 1);
    await deliverOrder(t.db, w.freelancer, { orderId: delivered.id, message: "The design is ready for review." });
    const runningBefore = await milestones(running.id);
    const deliveredBefore = await milestones(delivered.id);
    const deliveredOrderBefore = await order(delivered.id);
    const orderDueBefore = (await order(running.id)).dueAt;
    expect(runningBefore[0]?.dueAt).toEqual(orderDueBefore);

    const now = new Date();
    await declareOutage(
      t.db,
      w.admin,
      { reason: "Nationwide internet disruption", startedAt: addHours(now, -2).toISOString(), hours: "6" },
      now,
    );

    const runningAfter = await milestones(running.id);
    expect((await order(running.id)).dueAt).toEqual(addHours(orderDueBefore ?? now, 6));
    // The milestone and its order agree again: the milestone moved by the same hours, once.
    expect(runningAfter).toEqual([
      { status: "FUNDED", dueAt: addHours(runningBefore[0]?.dueAt ?? now, 6) },
      { status: "PENDING", dueAt: null },
    ]);
    // A delivered milestone's work is done: its auto-acceptance moves, not its due date.
    expect((await order(delivered.id)).autoCompleteAt).toEqual(addHours(deliveredOrderBefore.autoCompleteAt ?? now, 6));
    expect(await milestones(delivered.id)).toEqual(deliveredBefore);
  });
});

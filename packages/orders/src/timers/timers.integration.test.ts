import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { findBalanceMismatches, getUserBalances } from "@hunar/payments/ledger/balances";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, addHours } from "../order-link.ts";
import { createDeliveredOrder, createOrderWorld, createPaidOrder, type OrderWorld } from "../testing/order-fixtures.ts";
import { refundEscrow } from "@hunar/payments/escrow/refund-escrow";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { orderSnapshot } from "../testing/order-snapshot.ts";
import { acceptDelivery } from "../work/accept-delivery.ts";
import { deliverOrder } from "../work/deliver-order.ts";
import { requestRevision } from "../work/request-revision.ts";
import { autoCompleteDue } from "./auto-complete-due.ts";
import { warnAutoComplete } from "./warn-auto-complete.ts";

describe.each(testDbKinds())("order timers on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;
  const order = (id: string) => t.db.order.findUniqueOrThrow({ where: { id } });
  const notesAbout = async (userId: string, kind: string, orderId: string) =>
    (await t.db.notification.findMany({ where: { userId, kind }, select: { data: true } })).filter(
      (row) => (row.data as { orderId: string }).orderId === orderId,
    );
  /** Every delivered order due by `at` completes, so each test starts with none waiting. */
  const drain = (at: Date) => autoCompleteDue(t.db, at, { limit: 1_000 });

  beforeAll(async () => {
    w = await createOrderWorld(t.db);
  });

  it("completes a delivered order three days on without a reply: escrow released, both parties told, once", async () => {
    const deliveredAt = new Date();
    const delivered = await createDeliveredOrder(t.db, w, { now: deliveredAt });
    const paid = await createPaidOrder(t.db, w);
    await drain(addHours(deliveredAt, 71));
    expect((await order(delivered.id)).status).toBe("DELIVERED");

    const pendingBefore = (await getUserBalances(t.db, w.freelancer.userId)).pending;
    const due = addDays(deliveredAt, 3);
    expect(await drain(due)).toBe(1);
    expect(await order(delivered.id)).toMatchObject({
      status: "COMPLETED",
      completedAt: due,
      reviewsCloseAt: addDays(due, 10),
      autoCompleteAt: null,
    });
    expect((await order(paid.id)).status).toBe("IN_PROGRESS");
    expect((await getUserBalances(t.db, w.freelancer.userId)).pending - pendingBefore).toBe(475_000n);
    const release = await t.db.ledgerTransaction.findUniqueOrThrow({ where: { idempotencyKey: `order:${delivered.id}:release:complete` } });
    expect(release.createdById).toBeNull();
    const event = await t.db.orderEvent.findFirstOrThrow({ where: { orderId: delivered.id, kind: "autoCompleted" } });
    expect(event).toMatchObject({ actorId: null, data: { releasedPaisa: "500000" } });
    expect(await notesAbout(w.client.userId, "order.autoCompleted", delivered.id)).toHaveLength(1);
    expect(await notesAbout(w.freelancer.userId, "order.autoCompleted", delivered.id)).toHaveLength(1);

    // A second sweep finds nothing to do.
    expect(await drain(addDays(due, 1))).toBe(0);
    expect(await t.db.ledgerTransaction.count({ where: { orderId: delivered.id, kind: "ESCROW_RELEASED" } })).toBe(1);
    expect(await findBalanceMismatches(t.db)).toEqual([]);
  });

  it("leaves orders the client accepted or sent back, and takes at most the limit per run", async () => {
    const deliveredAt = new Date();
    const accepted = await createDeliveredOrder(t.db, w, { now: deliveredAt });
    const revised = await createDeliveredOrder(t.db, w, { now: deliveredAt });
    const waiting = await Promise.all([1, 2, 3].map(() => createDeliveredOrder(t.db, w, { now: deliveredAt })));
    await acceptDelivery(t.db, w.client, accepted.id, addDays(deliveredAt, 1));
    await requestRevision(t.db, w.client, { orderId: revised.id, reason: "Darker green" }, addDays(deliveredAt, 1));

    const due = addDays(deliveredAt, 4);
    expect(await autoCompleteDue(t.db, due, { limit: 2 })).toBe(2);
    expect(await autoCompleteDue(t.db, due, { limit: 10 })).toBe(1);
    for (const { id } of waiting) expect((await order(id)).status).toBe("COMPLETED");
    expect(await order(accepted.id)).toMatchObject({ status: "COMPLETED", completedAt: addDays(deliveredAt, 1) });
    expect((await order(revised.id)).status).toBe("IN_PROGRESS");
    expect(await t.db.orderEvent.count({ where: { orderId: accepted.id, kind: "autoCompleted" } })).toBe(0);
  });

  it("one order that cannot complete does not hold up the others, and the sweep says which", async () => {
    const deliveredAt = new Date();
    const broken = await createDeliveredOrder(t.db, w, { now: addHours(deliveredAt, -1) });
    const fine = await createDeliveredOrder(t.db, w, { now: deliveredAt });
    // Its escrow already went back to the client (as an admin's settlement would move it), so the
    // release has nothing to take and the completion rolls back.
    await withMoneyTransaction(t.db, (tx) => refundEscrow(tx, { orderId: broken.id, actorId: w.admin.userId }));
    const ownRows = async () => {
      const { order: row, postings, events, deliveries } = await orderSnapshot(t.db, broken.id);
      return { row, postings, events, deliveries };
    };
    const before = await ownRows();
    const failures: { orderId: string; error: unknown }[] = [];
    const due = addDays(deliveredAt, 3);
    expect(await autoCompleteDue(t.db, due, { onError: (orderId, error) => failures.push({ orderId, error }) })).toBe(1);
    expect((await order(fine.id)).status).toBe("COMPLETED");
    expect(failures).toEqual([
      { orderId: broken.id, error: expect.objectContaining({ messageKey: "payments:errors.ledger.orderNotFunded" }) as unknown },
    ]);
    expect(await ownRows()).toEqual(before);
    // Without a handler the failures are thrown together once the rest are done.
    await expect(autoCompleteDue(t.db, due)).rejects.toBeInstanceOf(AggregateError);
    await t.db.order.update({ where: { id: broken.id }, data: { status: "CANCELLED", autoCompleteAt: null } });
  });

  it("warns the client a day before, once per delivery, and not an order already due", async () => {
    const deliveredAt = new Date();
    const delivered = await createDeliveredOrder(t.db, w, { now: deliveredAt });
    await drain(addDays(deliveredAt, 2));
    expect(await warnAutoComplete(t.db, addHours(deliveredAt, 47))).toBe(0);
    const warnAt = addHours(deliveredAt, 49);
    expect(await warnAutoComplete(t.db, warnAt)).toBe(1);
    expect(await order(delivered.id)).toMatchObject({ autoCompleteWarnedAt: warnAt, status: "DELIVERED" });
    const [note, ...more] = await notesAbout(w.client.userId, "order.autoCompleteSoon", delivered.id);
    expect(more).toEqual([]);
    expect(note?.data).toMatchObject({ orderNumber: delivered.number, autoCompleteAt: addDays(deliveredAt, 3).toISOString() });
    expect(await warnAutoComplete(t.db, addHours(deliveredAt, 60))).toBe(0);
    expect(await notesAbout(w.freelancer.userId, "order.autoCompleteSoon", delivered.id)).toEqual([]);

    // A revision and a new delivery start a new timer, warned about again.
    await requestRevision(t.db, w.client, { orderId: delivered.id, reason: "Bigger text" }, addHours(deliveredAt, 61));
    expect((await order(delivered.id)).autoCompleteWarnedAt).toBeNull();
    const redelivered = addHours(deliveredAt, 62);
    await deliverOrder(t.db, w.freelancer, { orderId: delivered.id, message: "Bigger text" }, redelivered);
    expect(await warnAutoComplete(t.db, addHours(redelivered, 50))).toBe(1);
    expect(await notesAbout(w.client.userId, "order.autoCompleteSoon", delivered.id)).toHaveLength(2);

    // Past its time, the order is auto-completion's, not a warning's.
    const late = await createDeliveredOrder(t.db, w, { now: deliveredAt });
    expect(await warnAutoComplete(t.db, addDays(deliveredAt, 3))).toBe(0);
    expect((await order(late.id)).autoCompleteWarnedAt).toBeNull();
  });
});

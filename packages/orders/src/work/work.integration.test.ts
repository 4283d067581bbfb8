import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, addHours } from "../order-link.ts";
import { createDeliveredOrder, createOrderWorld, createPaidOrder, type OrderWorld } from "../testing/order-fixtures.ts";
import { orderSnapshot } from "../testing/order-snapshot.ts";
import { acceptDelivery } from "./accept-delivery.ts";
import { deliverOrder } from "./deliver-order.ts";
import { readOrderDeliveries } from "./read-deliveries.ts";
import { requestRevision } from "./request-revision.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(testDbKinds())("an order's work on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;
  const order = (id: string) => t.db.order.findUniqueOrThrow({ where: { id } });
  const eventsOf = (orderId: string) =>
    t.db.orderEvent.findMany({
      where: { orderId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { kind: true, actorId: true, data: true },
    });
  const notificationsOf = (userId: string, kind: string) =>
    t.db.notification.findMany({ where: { userId, kind }, select: { data: true, link: true, dedupeKey: true } });

  beforeAll(async () => {
    w = await createOrderWorld(t.db);
  });

  it("delivers: the delivery with its message, the order DELIVERED and due to complete in three days, the client told", async () => {
    const paid = await createPaidOrder(t.db, w);
    const now = addHours(new Date(), 5);
    const delivered = await deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "  Logo files attached.  " }, now);
    expect(delivered).toMatchObject({ status: "DELIVERED", autoCompleteAt: new Date(now.getTime() + 3 * DAY_MS) });
    expect(await order(paid.id)).toMatchObject({
      status: "DELIVERED",
      deliveredAt: now,
      autoCompleteAt: new Date(now.getTime() + 3 * DAY_MS),
      autoCompleteWarnedAt: null,
    });
    const delivery = await t.db.delivery.findUniqueOrThrow({ where: { id: delivered.deliveryId } });
    expect(delivery).toMatchObject({ orderId: paid.id, senderId: w.freelancer.userId, message: "Logo files attached.", createdAt: now });
    const events = await eventsOf(paid.id);
    expect(events.at(-1)).toEqual({
      kind: "delivered",
      actorId: w.freelancer.userId,
      data: { deliveryId: delivered.deliveryId, autoCompleteAt: delivered.autoCompleteAt.toISOString() },
    });
    const [note, ...more] = await notificationsOf(w.client.userId, "order.delivered").then((rows) =>
      rows.filter((row) => (row.data as { orderId: string }).orderId === paid.id),
    );
    expect(more).toEqual([]);
    expect(note).toMatchObject({
      link: `/orders/${paid.id}`,
      dedupeKey: `order:${paid.id}:delivered:${delivered.deliveryId}`,
      data: {
        orderId: paid.id,
        orderNumber: paid.number,
        freelancerName: "Ayesha Khan",
        autoCompleteAt: delivered.autoCompleteAt.toISOString(),
      },
    });
    // The system message in the order's conversation commits with it.
    expect(await t.db.message.count({ where: { orderId: paid.id, kind: "SYSTEM", body: "chat:system.order.delivered" } })).toBe(1);
  });

  it("withdraws a request for more time or to cancel that is still waiting, and only those", async () => {
    const paid = await createPaidOrder(t.db, w);
    const pending = await t.db.orderRequest.create({
      data: { orderId: paid.id, kind: "EXTENSION", requesterId: w.freelancer.userId, days: 2, reason: "Need more time" },
    });
    const cancel = await t.db.orderRequest.create({
      data: { orderId: paid.id, kind: "CANCELLATION", requesterId: w.client.userId, reason: "Changed plans" },
    });
    const answered = await t.db.orderRequest.create({
      data: { orderId: paid.id, kind: "EXTENSION", requesterId: w.freelancer.userId, days: 1, reason: "Earlier", status: "DECLINED" },
    });
    const other = await createPaidOrder(t.db, w);
    const elsewhere = await t.db.orderRequest.create({
      data: { orderId: other.id, kind: "EXTENSION", requesterId: w.freelancer.userId, days: 2, reason: "Other order" },
    });
    await deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "Done early" });
    const statuses = await t.db.orderRequest.findMany({ where: { id: { in: [pending.id, cancel.id, answered.id, elsewhere.id] } } });
    const statusOf = (id: string) => statuses.find((row) => row.id === id)?.status;
    expect([statusOf(pending.id), statusOf(cancel.id), statusOf(answered.id), statusOf(elsewhere.id)]).toEqual([
      "WITHDRAWN",
      "WITHDRAWN",
      "DECLINED",
      "PENDING",
    ]);
  });

  it("refuses a delivery by the client, a stranger, before the requirements are in, twice, or without a message, changing nothing", async () => {
    const paid = await createPaidOrder(t.db, w);
    const before = await orderSnapshot(t.db, paid.id);
    await expect(deliverOrder(t.db, w.client, { orderId: paid.id, message: "Me?" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "orders:errors.deliver.notClient",
    });
    await expect(deliverOrder(t.db, w.stranger, { orderId: paid.id, message: "Hello" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "orders:errors.notFound",
    });
    await expect(deliverOrder(t.db, w.admin, { orderId: paid.id, message: "Hello" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deliverOrder(t.db, w.freelancer, { orderId: "", message: "Hello" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "   " })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { message: { key: "orders:errors.messageRequired" } },
    });
    await expect(deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "x".repeat(5_001) })).rejects.toMatchObject({
      fields: { message: { key: "orders:errors.messageTooLong", params: { max: 5_000 } } },
    });
    await expect(deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "Null \u0000 byte" })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    const eleven = Array.from({ length: 11 }, (_, i) => `file-${i}`);
    await expect(deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "Files", attachmentIds: eleven })).rejects.toMatchObject({
      fields: { attachmentIds: { key: "orders:errors.files.tooMany", params: { max: 10 } } },
    });
    expect(await orderSnapshot(t.db, paid.id)).toEqual(before);

    // The work starts only once the client answered the required questions.
    await t.db.order.update({ where: { id: paid.id }, data: { requirementsSubmittedAt: null, dueAt: null } });
    const waiting = await orderSnapshot(t.db, paid.id);
    await expect(deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "Early" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.deliver.waitingForRequirements",
    });
    expect(await orderSnapshot(t.db, paid.id)).toEqual(waiting);

    const delivered = await createDeliveredOrder(t.db, w);
    const afterDelivery = await orderSnapshot(t.db, delivered.id);
    await expect(deliverOrder(t.db, w.freelancer, { orderId: delivered.id, message: "Again" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.deliver.notInProgress",
      params: { status: "DELIVERED" },
    });
    expect(await orderSnapshot(t.db, delivered.id)).toEqual(afterDelivery);
  });

  it("asks for a revision: in progress again with a fair new due date, the timer stopped, tied to the latest delivery", async () => {
    // Basic: 3 days, one revision.
    const delivered = await createDeliveredOrder(t.db, w);
    const now = addDays(new Date(), 2);
    const revision = await requestRevision(t.db, w.client, { orderId: delivered.id, reason: " Please make the green darker. " }, now);
    // Half of three days, rounded up: two days from the request (later than the original due date).
    expect(revision).toMatchObject({ status: "IN_PROGRESS", dueAt: addDays(now, 2), revisionsLeft: 0 });
    expect(await order(delivered.id)).toMatchObject({
      status: "IN_PROGRESS",
      revisionsUsed: 1,
      dueAt: addDays(now, 2),
      autoCompleteAt: null,
      autoCompleteWarnedAt: null,
    });
    expect(await t.db.revisionRequest.findUniqueOrThrow({ where: { id: revision.revisionRequestId } })).toMatchObject({
      orderId: delivered.id,
      deliveryId: delivered.deliveryId,
      requesterId: w.client.userId,
      message: "Please make the green darker.",
      createdAt: now,
    });
    expect((await eventsOf(delivered.id)).at(-1)).toEqual({
      kind: "revisionRequested",
      actorId: w.client.userId,
      data: { revisionRequestId: revision.revisionRequestId, dueAt: addDays(now, 2).toISOString(), revisionsLeft: 0 },
    });
    const notes = (await notificationsOf(w.freelancer.userId, "order.revisionRequested")).filter(
      (row) => (row.data as { orderId: string }).orderId === delivered.id,
    );
    expect(notes).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ clientName: "Bilal Ahmed", dueAt: addDays(now, 2).toISOString() }) as unknown,
      }),
    ]);

    // The second delivery is the latest; with the one revision used, none is left.
    const later = addDays(now, 1);
    const second = await deliverOrder(t.db, w.freelancer, { orderId: delivered.id, message: "Darker green" }, later);
    expect(await order(delivered.id)).toMatchObject({ status: "DELIVERED", autoCompleteAt: addDays(later, 3), deliveredAt: later });
    const before = await orderSnapshot(t.db, delivered.id);
    await expect(requestRevision(t.db, w.client, { orderId: delivered.id, reason: "One more" }, later)).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.revision.noneLeft",
    });
    expect(await orderSnapshot(t.db, delivered.id)).toEqual(before);

    const deliveries = await readOrderDeliveries(t.db, delivered.id);
    expect(deliveries.map((d) => d.id)).toEqual([second.deliveryId, delivered.deliveryId]);
    expect(deliveries[1]).toMatchObject({
      sender: { id: w.freelancer.userId, displayName: "Ayesha Khan" },
      files: [],
      revisionRequests: [{ id: revision.revisionRequestId, message: "Please make the green darker.", requester: { id: w.client.userId } }],
    });
    expect(deliveries[0]?.revisionRequests).toEqual([]);
  });

  it("keeps the original due date when it is later than the revision's, and never runs out on an unlimited package", async () => {
    // Premium: 7 days, unlimited revisions. Delivered at once, so the original due date is far off.
    const delivered = await createDeliveredOrder(t.db, w, { tier: "PREMIUM" });
    const original = (await order(delivered.id)).dueAt;
    const revision = await requestRevision(t.db, w.client, { orderId: delivered.id, reason: "Try a serif font" });
    expect(revision.revisionsLeft).toBeNull();
    expect((await order(delivered.id)).dueAt).toEqual(original);
    for (let round = 0; round < 3; round++) {
      await deliverOrder(t.db, w.freelancer, { orderId: delivered.id, message: `Round ${round}` });
      await requestRevision(t.db, w.client, { orderId: delivered.id, reason: `Change ${round}` });
    }
    expect(await order(delivered.id)).toMatchObject({ status: "IN_PROGRESS", revisionsUsed: 4 });
  });

  it("refuses a revision by the freelancer, a stranger, of an undelivered order, or without a reason, changing nothing", async () => {
    const delivered = await createDeliveredOrder(t.db, w);
    const before = await orderSnapshot(t.db, delivered.id);
    await expect(requestRevision(t.db, w.freelancer, { orderId: delivered.id, reason: "Mine" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "orders:errors.revision.onlyClient",
    });
    await expect(requestRevision(t.db, w.stranger, { orderId: delivered.id, reason: "Theirs" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(requestRevision(t.db, w.client, { orderId: delivered.id, reason: "" })).rejects.toMatchObject({
      fields: { reason: { key: "orders:errors.reasonRequired" } },
    });
    await expect(requestRevision(t.db, w.client, { orderId: delivered.id, reason: "y".repeat(2_001) })).rejects.toMatchObject({
      fields: { reason: { key: "orders:errors.reasonTooLong", params: { max: 2_000 } } },
    });
    expect(await orderSnapshot(t.db, delivered.id)).toEqual(before);
    const paid = await createPaidOrder(t.db, w);
    const inProgress = await orderSnapshot(t.db, paid.id);
    await expect(requestRevision(t.db, w.client, { orderId: paid.id, reason: "Too soon" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.revision.notDelivered",
    });
    expect(await orderSnapshot(t.db, paid.id)).toEqual(inProgress);
  });

  it("accepts: COMPLETED, the review window open, the gig's count up, the escrow released less the 5% fee, the freelancer told", async () => {
    const delivered = await createDeliveredOrder(t.db, w);
    const gigBefore = await t.db.gig.findUniqueOrThrow({ where: { id: w.gigId }, select: { ordersCompleted: true } });
    const pendingBefore = (await getUserBalances(t.db, w.freelancer.userId)).pending;
    const walletBefore = (await getUserBalances(t.db, w.client.userId)).wallet;
    const now = addDays(new Date(), 1);
    const completed = await acceptDelivery(t.db, w.client, delivered.id, now);
    // Basic is Rs 5,000: Rs 250 fee, Rs 4,750 to the freelancer.
    expect(completed).toEqual({
      status: "COMPLETED",
      completedAt: now,
      reviewsCloseAt: addDays(now, 10),
      releasedPaisa: 500_000n,
      netPaisa: 475_000n,
    });
    expect(delivered.freelancerFeePaisa).toBe(25_000);
    expect(await order(delivered.id)).toMatchObject({
      status: "COMPLETED",
      completedAt: now,
      reviewsCloseAt: addDays(now, 10),
      autoCompleteAt: null,
    });
    expect((await getUserBalances(t.db, w.freelancer.userId)).pending - pendingBefore).toBe(475_000n);
    expect((await getUserBalances(t.db, w.client.userId)).wallet).toBe(walletBefore);
    const release = await t.db.ledgerTransaction.findUniqueOrThrow({ where: { idempotencyKey: `order:${delivered.id}:release:complete` } });
    expect(release).toMatchObject({ kind: "ESCROW_RELEASED", orderId: delivered.id, createdById: w.client.userId, createdAt: now });
    expect(release.clearsAt).toEqual(addDays(now, 7));
    expect((await t.db.gig.findUniqueOrThrow({ where: { id: w.gigId } })).ordersCompleted).toBe(gigBefore.ordersCompleted + 1);
    expect((await eventsOf(delivered.id)).at(-1)).toEqual({
      kind: "completed",
      actorId: w.client.userId,
      data: { releasedPaisa: "500000" },
    });
    const notes = (await notificationsOf(w.freelancer.userId, "order.completed")).filter(
      (row) => (row.data as { orderId: string }).orderId === delivered.id,
    );
    expect(notes).toEqual([expect.objectContaining({ data: expect.objectContaining({ netPaisa: "475000" }) as unknown })]);

    // Once completed, nothing more moves.
    const after = await orderSnapshot(t.db, delivered.id);
    await expect(acceptDelivery(t.db, w.client, delivered.id, now)).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.accept.notDelivered",
    });
    await expect(requestRevision(t.db, w.client, { orderId: delivered.id, reason: "Late change" })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    expect(await orderSnapshot(t.db, delivered.id)).toEqual(after);
    expect(after.mismatches).toEqual([]);
  });

  it("refuses to accept an undelivered order, someone else's, or as the freelancer, changing nothing", async () => {
    const paid = await createPaidOrder(t.db, w);
    const inProgress = await orderSnapshot(t.db, paid.id);
    await expect(acceptDelivery(t.db, w.client, paid.id)).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.accept.notDelivered",
      params: { status: "IN_PROGRESS" },
    });
    expect(await orderSnapshot(t.db, paid.id)).toEqual(inProgress);
    const delivered = await createDeliveredOrder(t.db, w);
    const before = await orderSnapshot(t.db, delivered.id);
    await expect(acceptDelivery(t.db, w.freelancer, delivered.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "orders:errors.accept.onlyClient",
    });
    await expect(acceptDelivery(t.db, w.stranger, delivered.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "orders:errors.notFound",
    });
    await expect(acceptDelivery(t.db, w.client, "no-such-order")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await orderSnapshot(t.db, delivered.id)).toEqual(before);
  });
});

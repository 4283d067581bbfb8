import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { findBalanceMismatches, getAccountBalance, getUserBalances } from "@hunar/payments/ledger/balances";
import { beforeAll, describe, expect, it } from "vitest";
import { addHours } from "../order-link.ts";
import { answerCancellation } from "./answer-cancellation.ts";
import { cancelLateOrder } from "./cancel-late-order.ts";
import { readOrderRequests } from "./read-requests.ts";
import { requestCancellation } from "./request-cancellation.ts";
import { requestExtension } from "./request-extension.ts";
import {
  createRequestsWorld,
  createRunningOrder,
  markDelivered,
  orderFootprint,
  type RequestsWorld,
  type RunningOrder,
} from "./testing-requests.ts";
import { withdrawRequest } from "./withdraw-request.ts";

describe.each(testDbKinds())("cancellation on %s", (kind) => {
  const t = useTestDb(kind);
  let w: RequestsWorld;
  const t0 = new Date();
  const at = (hours: number) => addHours(t0, hours);
  const running = (name: string) => createRunningOrder(t.db, w, t0, name);
  const wallet = async (userId: string) => (await getUserBalances(t.db, userId)).wallet;
  const escrow = (orderId: string) => getAccountBalance(t.db, { type: "ORDER_ESCROW", orderId });
  const noticesTo = (userId: string, kind: string, orderId: string) =>
    t.db.notification.findMany({ where: { userId, kind, link: `/orders/${orderId}` } });
  const lastEvent = (orderId: string) =>
    t.db.orderEvent.findFirst({ where: { orderId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

  /** The order was cancelled with everything the client paid back in their wallet. */
  const expectRefunded = async (order: RunningOrder, cancelledAt: Date, reason: string) => {
    expect(await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "CANCELLED",
      cancelledAt,
      cancelReason: reason,
    });
    expect(await wallet(order.client.userId)).toBe(BigInt(order.subtotalPaisa + order.clientFeePaisa));
    expect(await escrow(order.id)).toBe(0n);
    expect(await t.db.ledgerTransaction.count({ where: { orderId: order.id, kind: "ESCROW_REFUNDED" } })).toBe(1);
    expect(await findBalanceMismatches(t.db)).toEqual([]);
  };

  beforeAll(async () => {
    w = await createRequestsWorld(t.db);
  });

  it("the freelancer asks, the client accepts: cancelled, the whole total back in the client's wallet, the freelancer told", async () => {
    const order = await running("Agreeing Client");
    expect(await wallet(order.client.userId)).toBe(0n);
    const reason = "I fell ill and cannot finish this week";
    const created = await requestCancellation(t.db, w.freelancer, { orderId: order.id, reason }, at(1));
    const [asked] = await noticesTo(order.client.userId, "order.cancellationRequested", order.id);
    expect(asked?.data).toMatchObject({ requesterName: "Ayesha Khan", reason });
    expect(await lastEvent(order.id)).toMatchObject({ kind: "cancellationRequested", data: { requestId: created.id } });
    expect((await readOrderRequests(t.db, order.id)).pending.cancellation).toMatchObject({
      id: created.id,
      reason,
      requester: { role: "freelancer" },
    });

    const answered = await answerCancellation(t.db, order.client, { requestId: created.id, accept: true }, at(2));
    expect(answered).toMatchObject({ status: "ACCEPTED", cancelled: { orderId: order.id, refundedPaisa: BigInt(order.totalPaisa) } });
    await expectRefunded(order, at(2), reason);
    expect(await t.db.orderRequest.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "ACCEPTED",
      respondedById: order.client.userId,
    });
    expect(await lastEvent(order.id)).toMatchObject({
      kind: "cancelled",
      actorId: order.client.userId,
      data: { how: "agreed", refundedPaisa: String(order.totalPaisa) },
    });
    // The client acted; the freelancer (who asked) is the one told.
    expect(await noticesTo(w.freelancer.userId, "order.cancelled", order.id)).toHaveLength(1);
    expect(await noticesTo(order.client.userId, "order.cancelled", order.id)).toHaveLength(0);
  });

  it("the client asks and the freelancer accepts; a pending extension closes with the order", async () => {
    const order = await running("Asking Client");
    const extension = await requestExtension(t.db, w.freelancer, { orderId: order.id, days: 2, reason: "Need two more days" }, at(1));
    const created = await requestCancellation(t.db, order.client, { orderId: order.id, reason: "We no longer need a logo" }, at(1));
    expect(await noticesTo(w.freelancer.userId, "order.cancellationRequested", order.id)).toHaveLength(1);
    await answerCancellation(t.db, w.freelancer, { requestId: created.id, accept: true }, at(3));
    await expectRefunded(order, at(3), "We no longer need a logo");
    expect(await t.db.orderRequest.findUniqueOrThrow({ where: { id: extension.id } })).toMatchObject({
      status: "WITHDRAWN",
      respondedAt: at(3),
    });
    expect(await noticesTo(order.client.userId, "order.cancelled", order.id)).toHaveLength(1);
    const requests = await readOrderRequests(t.db, order.id);
    expect(requests.pending).toEqual({ extension: null, cancellation: null });
    expect(requests.past.map((r) => [r.kind, r.status]).sort()).toEqual([
      ["CANCELLATION", "ACCEPTED"],
      ["EXTENSION", "WITHDRAWN"],
    ]);
  });

  it("declining keeps the order going and tells the requester; a new request may follow", async () => {
    const order = await running("Declined Cancellation Client");
    const created = await requestCancellation(t.db, order.client, { orderId: order.id, reason: "Changed my mind" }, at(1));
    const answered = await answerCancellation(t.db, w.freelancer, { requestId: created.id, accept: false }, at(2));
    expect(answered).toEqual({ requestId: created.id, status: "DECLINED", cancelled: null });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("IN_PROGRESS");
    expect(await escrow(order.id)).toBe(BigInt(order.subtotalPaisa));
    expect(await noticesTo(order.client.userId, "order.cancellationDeclined", order.id)).toHaveLength(1);
    expect(await lastEvent(order.id)).toMatchObject({ kind: "cancellationDeclined", actorId: w.freelancer.userId });
    await expect(requestCancellation(t.db, order.client, { orderId: order.id, reason: "Asking again" }, at(3))).resolves.toMatchObject({
      orderId: order.id,
    });
  });

  it("refuses the requester answering, a second request, an outsider, a missing reason and answers after a withdrawal, changing nothing", async () => {
    const order = await running("Refused Cancellation Client");
    const created = await requestCancellation(t.db, order.client, { orderId: order.id, reason: "Budget cut" }, at(1));
    const before = await orderFootprint(t.db, order.id);
    await expect(answerCancellation(t.db, order.client, { requestId: created.id, accept: true }, at(2))).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "orders:errors.cancellation.notYours",
    });
    await expect(answerCancellation(t.db, w.stranger, { requestId: created.id, accept: true }, at(2))).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "orders:errors.notFound",
    });
    await expect(requestCancellation(t.db, w.freelancer, { orderId: order.id, reason: "Me too" }, at(2))).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "orders:errors.cancellation.pending",
    });
    await expect(requestCancellation(t.db, w.stranger, { orderId: order.id, reason: "Meddling" }, at(2))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(requestCancellation(t.db, order.client, { orderId: order.id, reason: "" }, at(2))).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: "orders:errors.reasonRequired",
    });
    // An extension request's id is not a cancellation request.
    const extension = await t.db.orderRequest.create({
      data: { orderId: order.id, kind: "EXTENSION", requesterId: w.freelancer.userId, days: 1, reason: "x", status: "DECLINED" },
    });
    await expect(answerCancellation(t.db, w.freelancer, { requestId: extension.id, accept: true }, at(2))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await t.db.orderRequest.delete({ where: { id: extension.id } });
    expect(await orderFootprint(t.db, order.id)).toEqual(before);

    await withdrawRequest(t.db, order.client, { requestId: created.id }, at(3));
    expect(await lastEvent(order.id)).toMatchObject({ kind: "cancellationWithdrawn", data: { requestId: created.id } });
    const withdrawn = await orderFootprint(t.db, order.id);
    await expect(answerCancellation(t.db, w.freelancer, { requestId: created.id, accept: true }, at(4))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.cancellation.notPending",
    });
    expect(await orderFootprint(t.db, order.id)).toEqual(withdrawn);
    expect(await escrow(order.id)).toBe(BigInt(order.subtotalPaisa));
  });

  it("nothing is cancelled after delivery, by request or by accepting an earlier one", async () => {
    const order = await running("Delivered Cancellation Client");
    const created = await requestCancellation(t.db, order.client, { orderId: order.id, reason: "Too slow" }, at(1));
    await markDelivered(t.db, order.id, at(2));
    const before = await orderFootprint(t.db, order.id);
    // The delivery closed the request made before it.
    await expect(answerCancellation(t.db, w.freelancer, { requestId: created.id, accept: true }, at(3))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.cancellation.notPending",
    });
    await expect(requestCancellation(t.db, w.freelancer, { orderId: order.id, reason: "Never mind" }, at(3))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.cancellation.notBeforeDelivery",
    });
    await expect(
      cancelLateOrder(t.db, order.client, { orderId: order.id, reason: "Late" }, addHours(order.dueAt, 1)),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.cancellation.notBeforeDelivery",
    });
    expect(await orderFootprint(t.db, order.id)).toEqual(before);
    expect(await escrow(order.id)).toBe(BigInt(order.subtotalPaisa));

    // Back in progress after a revision request, the request made before the delivery is closed
    // as of the delivery; a new one may be made.
    await t.db.order.update({ where: { id: order.id }, data: { status: "IN_PROGRESS", autoCompleteAt: null } });
    expect((await readOrderRequests(t.db, order.id)).past).toMatchObject([{ id: created.id, status: "WITHDRAWN", respondedAt: at(2) }]);
    await expect(answerCancellation(t.db, w.freelancer, { requestId: created.id, accept: true }, at(3))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.cancellation.notPending",
    });
    const again = await requestCancellation(t.db, order.client, { orderId: order.id, reason: "Still too slow" }, at(3));
    expect(await t.db.orderRequest.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "WITHDRAWN",
      respondedAt: at(2),
    });
    expect((await readOrderRequests(t.db, order.id)).pending.cancellation).toMatchObject({ id: again.id });
    expect(await escrow(order.id)).toBe(BigInt(order.subtotalPaisa));
  });

  it("the client alone cancels a late order, not a moment before its due date; the freelancer cannot", async () => {
    const order = await running("Late Order Client");
    const pending = await requestCancellation(t.db, order.client, { orderId: order.id, reason: "Please cancel" }, at(1));
    const before = await orderFootprint(t.db, order.id);
    await expect(cancelLateOrder(t.db, order.client, { orderId: order.id, reason: "Late" }, order.dueAt)).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.cancellation.notLate",
    });
    const late = addHours(order.dueAt, 1);
    await expect(cancelLateOrder(t.db, w.freelancer, { orderId: order.id, reason: "Late" }, late)).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "orders:errors.cancellation.onlyClientLate",
    });
    await expect(cancelLateOrder(t.db, w.stranger, { orderId: order.id, reason: "Late" }, late)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(cancelLateOrder(t.db, order.client, { orderId: order.id, reason: " " }, late)).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    expect(await orderFootprint(t.db, order.id)).toEqual(before);

    const cancelled = await cancelLateOrder(t.db, order.client, { orderId: order.id, reason: "Two days past the due date" }, late);
    expect(cancelled.refundedPaisa).toBe(BigInt(order.totalPaisa));
    await expectRefunded(order, late, "Two days past the due date");
    expect(await lastEvent(order.id)).toMatchObject({ kind: "cancelled", actorId: order.client.userId, data: { how: "late" } });
    expect(await noticesTo(w.freelancer.userId, "order.cancelled", order.id)).toHaveLength(1);
    // The request the order outran is closed, not left waiting.
    expect(await t.db.orderRequest.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "WITHDRAWN" });
    const after = await orderFootprint(t.db, order.id);
    await expect(cancelLateOrder(t.db, order.client, { orderId: order.id, reason: "Again" }, late)).rejects.toMatchObject({
      messageKey: "orders:errors.cancellation.notBeforeDelivery",
    });
    expect(await orderFootprint(t.db, order.id)).toEqual(after);
  });
});

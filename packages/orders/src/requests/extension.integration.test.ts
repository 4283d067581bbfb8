import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, addHours } from "../order-link.ts";
import { answerExtension } from "./answer-extension.ts";
import { readOrderRequests } from "./read-requests.ts";
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

describe.each(testDbKinds())("extension requests on %s", (kind) => {
  const t = useTestDb(kind);
  let w: RequestsWorld;
  const t0 = new Date();
  const at = (hours: number) => addHours(t0, hours);
  const running = (name: string) => createRunningOrder(t.db, w, t0, name);
  const ask = (order: RunningOrder, days: number | string = 2, reason = "The client's brand colours changed midway") =>
    requestExtension(t.db, w.freelancer, { orderId: order.id, days, reason }, at(1));
  const notifications = (userId: string, kind: string) =>
    t.db.notification.findMany({ where: { userId, kind }, orderBy: { createdAt: "asc" } });
  const events = (orderId: string) => t.db.orderEvent.findMany({ where: { orderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

  beforeAll(async () => {
    w = await createRequestsWorld(t.db);
  });

  it("the freelancer asks for more days; the client is told and the order page shows it waiting", async () => {
    const order = await running("Extension Client");
    const created = await ask(order, "4", "  Waiting on the client's logo files  ");
    const stored = await t.db.orderRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ kind: "EXTENSION", status: "PENDING", days: 4, reason: "Waiting on the client's logo files" });
    expect(stored.requesterId).toBe(w.freelancer.userId);
    expect(stored.createdAt).toEqual(at(1));
    const [notice] = await notifications(order.client.userId, "order.extensionRequested");
    expect(notice?.data).toMatchObject({
      orderId: order.id,
      orderNumber: order.number,
      days: 4,
      reason: "Waiting on the client's logo files",
    });
    expect(notice?.link).toBe(`/orders/${order.id}`);
    const last = (await events(order.id)).at(-1);
    expect(last).toMatchObject({ kind: "extensionRequested", actorId: w.freelancer.userId, data: { requestId: created.id, days: 4 } });
    const requests = await readOrderRequests(t.db, order.id);
    expect(requests.pending.extension).toMatchObject({
      id: created.id,
      days: 4,
      requester: { userId: w.freelancer.userId, role: "freelancer", name: "Ayesha Khan" },
    });
    expect(requests.pending.cancellation).toBeNull();
    expect(requests.past).toEqual([]);
  });

  it("refuses a second pending request, the wrong party, an outsider and bad days or reasons, changing nothing", async () => {
    const order = await running("Refused Extension Client");
    await ask(order);
    const before = await orderFootprint(t.db, order.id);
    await expect(ask(order, 3)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "orders:errors.extension.pending" });
    await expect(
      requestExtension(t.db, order.client, { orderId: order.id, days: 2, reason: "More time please" }, at(1)),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "orders:errors.extension.onlyFreelancer",
    });
    await expect(
      requestExtension(t.db, w.stranger, { orderId: order.id, days: 2, reason: "More time please" }, at(1)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "orders:errors.notFound",
    });
    for (const days of [0, 31, "2.5", "", "ten"]) {
      await expect(ask(order, days)).rejects.toMatchObject({
        code: "BAD_INPUT",
        messageKey: "orders:errors.extension.daysInvalid",
        fields: { days: { key: "orders:errors.extension.daysInvalid", params: { max: 30 } } },
      });
    }
    await expect(ask(order, 2, "   ")).rejects.toMatchObject({ code: "BAD_INPUT", messageKey: "orders:errors.reasonRequired" });
    await expect(ask(order, 2, "x".repeat(501))).rejects.toMatchObject({ code: "BAD_INPUT", messageKey: "orders:errors.reasonTooLong" });
    await expect(ask(order, 2, "nul\u0000byte")).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(
      requestExtension(t.db, w.freelancer, { orderId: "no-such-order", days: 2, reason: "Why not" }, at(1)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await orderFootprint(t.db, order.id)).toEqual(before);
  });

  it("accepting moves the due date by the days asked for, once; the freelancer is told", async () => {
    const order = await running("Accepting Client");
    const created = await ask(order, 3);
    const answered = await answerExtension(t.db, order.client, { requestId: created.id, accept: true }, at(2));
    expect(answered).toEqual({ requestId: created.id, status: "ACCEPTED", dueAt: addDays(order.dueAt, 3) });
    const stored = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored.dueAt).toEqual(addDays(order.dueAt, 3));
    expect(await t.db.orderRequest.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "ACCEPTED",
      respondedById: order.client.userId,
      respondedAt: at(2),
    });
    const [notice] = await notifications(w.freelancer.userId, "order.extensionAnswered").then((all) =>
      all.filter((n) => n.link?.includes(order.id)),
    );
    expect(notice?.data).toMatchObject({ accepted: true, dueAt: addDays(order.dueAt, 3).toISOString() });
    expect((await events(order.id)).at(-1)).toMatchObject({
      kind: "extensionAccepted",
      actorId: order.client.userId,
      data: { requestId: created.id, days: 3, dueAt: addDays(order.dueAt, 3).toISOString() },
    });

    const before = await orderFootprint(t.db, order.id);
    await expect(answerExtension(t.db, order.client, { requestId: created.id, accept: true }, at(3))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.extension.notPending",
    });
    expect(await orderFootprint(t.db, order.id)).toEqual(before);
    expect((await readOrderRequests(t.db, order.id)).past.map((r) => r.status)).toEqual(["ACCEPTED"]);
  });

  it("declining leaves the due date; only the client answers and outsiders learn nothing", async () => {
    const order = await running("Declining Client");
    const created = await ask(order, 5);
    const before = await orderFootprint(t.db, order.id);
    await expect(answerExtension(t.db, w.freelancer, { requestId: created.id, accept: true }, at(2))).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "orders:errors.extension.onlyClientAnswers",
    });
    await expect(answerExtension(t.db, w.stranger, { requestId: created.id, accept: true }, at(2))).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "orders:errors.notFound",
    });
    expect(await orderFootprint(t.db, order.id)).toEqual(before);

    const answered = await answerExtension(t.db, order.client, { requestId: created.id, accept: false }, at(2));
    expect(answered).toEqual({ requestId: created.id, status: "DECLINED", dueAt: order.dueAt });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).dueAt).toEqual(order.dueAt);
    const [notice] = (await notifications(w.freelancer.userId, "order.extensionAnswered")).filter((n) => n.link?.includes(order.id));
    expect(notice?.data).toMatchObject({ accepted: false, dueAt: order.dueAt.toISOString() });
    expect((await events(order.id)).at(-1)).toMatchObject({ kind: "extensionDeclined", data: { requestId: created.id, days: 5 } });
    // Declined, a new request may follow.
    await expect(ask(order, 1)).resolves.toMatchObject({ orderId: order.id });
  });

  it("the freelancer withdraws; only the requester may, and a withdrawn request cannot be answered", async () => {
    const order = await running("Withdrawal Client");
    const created = await ask(order);
    await expect(withdrawRequest(t.db, order.client, { requestId: created.id }, at(2))).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "orders:errors.requests.onlyRequester",
    });
    await expect(withdrawRequest(t.db, w.stranger, { requestId: created.id }, at(2))).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Posted from another order's page, the request is not found there.
    const other = await running("Other Page Client");
    await expect(withdrawRequest(t.db, w.freelancer, { requestId: created.id, orderId: other.id }, at(2))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      answerExtension(t.db, order.client, { requestId: created.id, orderId: other.id, accept: true }, at(2)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await t.db.orderRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("PENDING");
    await expect(withdrawRequest(t.db, w.freelancer, { requestId: created.id }, at(2))).resolves.toEqual({
      requestId: created.id,
      kind: "EXTENSION",
    });
    expect((await events(order.id)).at(-1)).toMatchObject({ kind: "extensionWithdrawn", actorId: w.freelancer.userId });
    const before = await orderFootprint(t.db, order.id);
    await expect(answerExtension(t.db, order.client, { requestId: created.id, accept: true }, at(3))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.extension.notPending",
    });
    await expect(withdrawRequest(t.db, w.freelancer, { requestId: created.id }, at(3))).rejects.toMatchObject({
      messageKey: "orders:errors.extension.notPending",
    });
    expect(await orderFootprint(t.db, order.id)).toEqual(before);
    const requests = await readOrderRequests(t.db, order.id);
    expect(requests.pending.extension).toBeNull();
    expect(requests.past).toMatchObject([{ id: created.id, status: "WITHDRAWN", respondedAt: at(2) }]);
  });

  it("more time cannot be asked for, or granted, once the work is delivered", async () => {
    const order = await running("Delivered Client");
    const created = await ask(order);
    await markDelivered(t.db, order.id, at(5));
    const before = await orderFootprint(t.db, order.id);
    await expect(ask(order)).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "orders:errors.extension.notInProgress" });
    // The delivery closed the request made before it.
    await expect(answerExtension(t.db, order.client, { requestId: created.id, accept: true }, at(6))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.extension.notPending",
    });
    expect(await orderFootprint(t.db, order.id)).toEqual(before);
  });
});

import { testDbKinds } from "@hunar/db/testing";
import { setTestUserSuspended } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createPerson } from "@hunar/payments/testing/payment-fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, addHours } from "../order-link.ts";
import { createRequestsWorld, createRunningOrder, markDelivered, type RequestsWorld } from "../requests/testing-requests.ts";
import { declareOutage } from "./declare-outage.ts";
import { listOutages } from "./list-outages.ts";

describe.each(testDbKinds())("outage grace on %s", (kind) => {
  const t = useTestDb(kind);
  let w: RequestsWorld;
  const now = new Date();
  const at = (hours: number) => addHours(now, hours);
  const reason = "Nationwide internet disruption";
  const timers = (id: string) =>
    t.db.order.findUniqueOrThrow({
      where: { id },
      select: { status: true, dueAt: true, autoCompleteAt: true, autoCompleteWarnedAt: true },
    });
  const graceEvents = (orderId: string) => t.db.orderEvent.findMany({ where: { orderId, kind: "outageGrace" } });
  const unchanged = async () => ({
    outages: await t.db.outage.count(),
    audits: await t.db.auditLog.count({ where: { action: "outage.declare" } }),
    events: await t.db.orderEvent.count({ where: { kind: "outageGrace" } }),
    orders: await t.db.order.findMany({ select: { id: true, dueAt: true, autoCompleteAt: true, updatedAt: true }, orderBy: { id: "asc" } }),
  });

  beforeAll(async () => {
    w = await createRequestsWorld(t.db);
  });

  it("moves every timer still running when the outage began, once, and records who declared it and why", async () => {
    // Running since yesterday: due in two days, inside the outage's reach.
    const due = await createRunningOrder(t.db, w, at(-24), "Due Client");
    // Already late before the outage began: nothing to give back.
    const lateBefore = await createRunningOrder(t.db, w, addDays(now, -10), "Late Client");
    // Delivered, auto-completing in two days, warned too early once moved: the warning is sent again later.
    const delivered = await createRunningOrder(t.db, w, addDays(now, -3), "Delivered Client");
    const deliveredAutoComplete = await markDelivered(t.db, delivered.id, at(-24), at(-1));
    // Delivered, completing in two hours and already warned: still due within a day after the move.
    const closing = await createRunningOrder(t.db, w, addDays(now, -5), "Closing Client");
    const closingAutoComplete = await markDelivered(t.db, closing.id, at(-70), at(-1));
    // Finished and cancelled orders have no timers.
    const finished = await createRunningOrder(t.db, w, addDays(now, -2), "Finished Client");
    await t.db.order.update({ where: { id: finished.id }, data: { status: "COMPLETED", completedAt: at(-1) } });
    const messagesBefore = await t.db.message.count();

    const outage = await declareOutage(t.db, w.admin, { reason: `  ${reason} `, startedAt: at(-5).toISOString(), hours: "6" }, now);

    expect(outage).toMatchObject({ reason, hours: 6, startedAt: at(-5), ordersExtended: 3, declaredBy: { userId: w.admin.userId } });
    expect(await timers(due.id)).toMatchObject({ status: "IN_PROGRESS", dueAt: addHours(due.dueAt, 6) });
    expect((await timers(lateBefore.id)).dueAt).toEqual(lateBefore.dueAt);
    expect(await timers(delivered.id)).toMatchObject({ autoCompleteAt: addHours(deliveredAutoComplete, 6), autoCompleteWarnedAt: null });
    expect(await timers(delivered.id)).toMatchObject({ dueAt: delivered.dueAt });
    expect(await timers(closing.id)).toMatchObject({ autoCompleteAt: addHours(closingAutoComplete, 6), autoCompleteWarnedAt: at(-1) });
    expect((await timers(finished.id)).dueAt).toEqual(finished.dueAt);

    for (const moved of [due, delivered, closing]) {
      const events = await graceEvents(moved.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: w.admin.userId, createdAt: now, data: { outageId: outage.id, hours: 6, reason } });
    }
    expect(await graceEvents(lateBefore.id)).toEqual([]);
    expect(await graceEvents(finished.id)).toEqual([]);
    // The order page shows the event; nobody's chat gets a message per order.
    expect(await t.db.message.count()).toBe(messagesBefore);

    expect(await t.db.outage.findUniqueOrThrow({ where: { id: outage.id } })).toMatchObject({
      ordersExtended: 3,
      declaredById: w.admin.userId,
    });
    const audit = await t.db.auditLog.findMany({ where: { action: "outage.declare", targetId: outage.id } });
    expect(audit).toMatchObject([
      {
        actorId: w.admin.userId,
        targetType: "Outage",
        reason,
        data: { before: {}, after: { hours: 6, startedAt: at(-5).toISOString(), ordersExtended: 3 } },
      },
    ]);
    expect((await listOutages(t.db))[0]).toEqual(outage);

    // A second outage is a second grace: each declaration moves the timers by its own hours.
    const second = await declareOutage(t.db, w.admin, { reason: "Power cut", startedAt: at(-1), hours: 2 }, at(1));
    expect(second.ordersExtended).toBe(3);
    expect((await timers(due.id)).dueAt).toEqual(addHours(due.dueAt, 8));
    expect((await listOutages(t.db)).map((o) => o.id)).toEqual([second.id, outage.id]);
  });

  it("moves every one of hundreds of open orders", async () => {
    const client = await createPerson(t.db, "Bulk Client");
    const template = await createRunningOrder(t.db, w, at(-1), "Template Client");
    const row = await t.db.order.findUniqueOrThrow({ where: { id: template.id } });
    const { id: _id, number: _number, createdAt: _c, updatedAt: _u, ...copy } = row;
    await t.db.order.createMany({ data: Array.from({ length: 300 }, () => ({ ...copy, clientId: client.userId })) });
    const open = await t.db.order.count({ where: { status: "IN_PROGRESS", dueAt: { gte: at(-1) } } });
    const delivered = await t.db.order.count({ where: { status: "DELIVERED", autoCompleteAt: { gte: at(-1) } } });
    const outage = await declareOutage(t.db, w.admin, { reason: "Data centre fire", startedAt: at(-1), hours: 1 }, now);
    expect(outage.ordersExtended).toBe(open + delivered);
    expect(await t.db.orderEvent.count({ where: { kind: "outageGrace", data: { path: ["outageId"], equals: outage.id } } })).toBe(
      open + delivered,
    );
    const bulk = await t.db.order.findMany({ where: { clientId: client.userId }, select: { dueAt: true } });
    expect(new Set(bulk.map((o) => o.dueAt?.toISOString()))).toEqual(new Set([addHours(template.dueAt, 1).toISOString()]));
  });

  it("refuses anyone but an active admin, hours out of range and a start in the future or unreadable, changing nothing", async () => {
    await createRunningOrder(t.db, w, at(-2), "Refusal Client");
    const before = await unchanged();
    const input = { reason, startedAt: at(-2), hours: 4 };
    await expect(declareOutage(t.db, w.freelancer, input, now)).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "errors:forbidden",
    });
    const suspended = await createPerson(t.db, "Suspended Admin", { isAdmin: true });
    await setTestUserSuspended(t.db, suspended.userId, true);
    await expect(declareOutage(t.db, suspended, input, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const hours of [0, 169, "1.5", "", -3]) {
      await expect(declareOutage(t.db, w.admin, { ...input, hours }, now)).rejects.toMatchObject({
        code: "BAD_INPUT",
        messageKey: "orders:errors.outage.hoursInvalid",
        fields: { hours: { key: "orders:errors.outage.hoursInvalid", params: { max: 168 } } },
      });
    }
    for (const startedAt of [addHours(now, 1), "not a date", ""]) {
      await expect(declareOutage(t.db, w.admin, { ...input, startedAt }, now)).rejects.toMatchObject({
        code: "BAD_INPUT",
        messageKey: "orders:errors.outage.startInvalid",
        fields: { startedAt: { key: "orders:errors.outage.startInvalid" } },
      });
    }
    await expect(declareOutage(t.db, w.admin, { ...input, reason: " " }, now)).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: "orders:errors.reasonRequired",
    });
    expect(await unchanged()).toEqual(before);
  });
});

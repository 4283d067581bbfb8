import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { createPerson } from "@hunar/payments/testing/payment-fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHours } from "../order-link.ts";
import { createRequestsWorld, createRunningOrder, markDelivered, type RequestsWorld } from "../requests/testing-requests.ts";
import { declareOutage } from "./declare-outage.ts";

// PGlite has one connection, so transactions there never overlap: the race needs PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

// Skipped (not absent) without PostgreSQL, so the file still declares a suite; CI always has it.
describe.skipIf(!onPostgres)("concurrent outage declarations on postgres", () => {
  let testDb: TestDb;
  let w: RequestsWorld;
  const db = () => testDb.db;
  const now = new Date();

  beforeAll(async () => {
    testDb = await createTestDb("postgres");
    w = await createRequestsWorld(db());
  });
  afterAll(() => testDb.close());

  it("two outages declared at once each move every running timer once", async () => {
    const secondAdmin = await createPerson(db(), "Second Admin", { isAdmin: true });
    const running = await Promise.all([1, 2, 3, 4, 5].map((n) => createRunningOrder(db(), w, addHours(now, -n), `Outage Client ${n}`)));
    const delivered = await createRunningOrder(db(), w, addHours(now, -30), "Delivered Outage Client");
    const autoCompleteAt = await markDelivered(db(), delivered.id, addHours(now, -2));
    const startedAt = addHours(now, -1);

    const [first, second] = await Promise.all([
      declareOutage(db(), w.admin, { reason: "Fibre cut", startedAt, hours: 3 }, now),
      declareOutage(db(), secondAdmin, { reason: "Power outage", startedAt, hours: 5 }, now),
    ]);

    expect(first.ordersExtended).toBe(6);
    expect(second.ordersExtended).toBe(6);
    for (const order of running) {
      expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).dueAt).toEqual(addHours(order.dueAt, 8));
    }
    expect((await db().order.findUniqueOrThrow({ where: { id: delivered.id } })).autoCompleteAt).toEqual(addHours(autoCompleteAt, 8));
    const events = await db().orderEvent.findMany({ where: { kind: "outageGrace" }, select: { orderId: true, data: true } });
    expect(events).toHaveLength(12);
    for (const outage of [first, second]) {
      const mine = events.filter((e) => (e.data as { outageId?: string }).outageId === outage.id);
      expect(new Set(mine.map((e) => e.orderId)).size).toBe(6);
    }
    expect(await db().auditLog.count({ where: { action: "outage.declare" } })).toBe(2);
  });
});

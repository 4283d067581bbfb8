import { DEMO_LOGINS, seedDemo } from "@hunar/db/seed";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { getFeeScheduleInForce } from "@hunar/payments/fees/fee-schedule";
import { findBalanceMismatches, getUserBalances } from "@hunar/payments/ledger/balances";
import { ledgerTotal } from "@hunar/payments/ledger/integrity";
import { seedDemoOrders } from "./seed-demo-orders.ts";

describe.each(testDbKinds())("demo ledger seed on %s", (kind) => {
  const t = useTestDb(kind);
  const now = new Date("2026-11-20T09:00:00Z");
  const userId = async (email: string) => (await t.db.user.findUniqueOrThrow({ where: { email } })).id;

  beforeAll(async () => {
    await t.db.$transaction((tx) => seedDemo(tx, { passwordHash: "not-a-real-hash" }), { maxWait: 60_000, timeout: 300_000 });
  });

  it("gives the demo freelancer cleared, pending and in-progress money and the client a wallet", async () => {
    expect(await seedDemoOrders(t.db, { now })).toEqual({ orders: 9, skipped: false });
    const ayesha = await getUserBalances(t.db, await userId(DEMO_LOGINS.freelancer));
    const schedule = await getFeeScheduleInForce(t.db, now);
    expect(ayesha.available).toBeGreaterThan(BigInt(schedule.payoutMinimumPaisa));
    expect(ayesha.pending).toBeGreaterThan(0n);
    expect((await getUserBalances(t.db, await userId(DEMO_LOGINS.client))).wallet).toBe(2_500_000n);
    expect(await t.db.order.count({ where: { id: { startsWith: "demo-ledger-order-" }, status: "IN_PROGRESS" } })).toBe(2);

    const releases = await t.db.ledgerTransaction.findMany({
      where: { kind: "ESCROW_RELEASED", order: { id: { startsWith: "demo-ledger-order-" } } },
    });
    const months = new Set(releases.map((r) => r.createdAt.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(5);
    expect(releases.every((r) => r.createdAt < now)).toBe(true);
    expect(await findBalanceMismatches(t.db)).toEqual([]);
    expect(await ledgerTotal(t.db)).toBe(0n);

    // The seeded orders' notifications are old news: read, and never pushed or e-mailed.
    const notifications = await t.db.notification.findMany({ where: { link: { startsWith: "/orders/demo-ledger-order-" } } });
    expect(notifications.length).toBeGreaterThanOrEqual(9);
    expect(notifications.filter((n) => !n.readAt || !n.deliveredAt || n.emailStatus !== "SKIPPED" || n.createdAt >= now)).toEqual([]);
  });

  it("moves nothing when run again", async () => {
    const before = await t.db.ledgerTransaction.count();
    expect(await seedDemoOrders(t.db, { now })).toEqual({ orders: 0, skipped: false });
    expect(await t.db.ledgerTransaction.count()).toBe(before);
  });

  it("does nothing where the demo people do not exist", async () => {
    expect(await seedDemoOrders(t.db, { now, emailDomain: "elsewhere.test" })).toEqual({ orders: 0, skipped: true });
  });
});

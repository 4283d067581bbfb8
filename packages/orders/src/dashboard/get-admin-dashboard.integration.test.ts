import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrderWorld, createPaidOrder, type OrderWorld, type TestPaidOrder } from "../testing/order-fixtures.ts";
import { getAdminDashboard } from "./get-admin-dashboard.ts";

// Friday 4 December 2026, 15:00 in Pakistan: its week began on Monday 30 November.
const NOW = new Date("2026-12-04T10:00:00Z");
const pkt = (local: string) => new Date(`${local}+05:00`);

describe.each(testDbKinds())("the admin dashboard's weekly figures on %s", (kind) => {
  let testDb: TestDb;
  let world: OrderWorld;
  let orders: TestPaidOrder[];
  const db = () => testDb.db;

  /** Moves a paid order, its ledger entries and its client's joining back to `at`. */
  async function backdate(order: TestPaidOrder, at: Date) {
    await db().order.update({ where: { id: order.id }, data: { fundedAt: at, createdAt: at } });
    const transactions = await db().ledgerTransaction.findMany({ where: { orderId: order.id }, select: { id: true } });
    await db().ledgerEntry.updateMany({ where: { transactionId: { in: transactions.map((t) => t.id) } }, data: { createdAt: at } });
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createOrderWorld(db());
    // Everyone the world made joined long ago, out of the window.
    await db().user.updateMany({ data: { createdAt: new Date("2020-01-01T00:00:00Z") } });
    orders = [
      await createPaidOrder(db(), world),
      await createPaidOrder(db(), world),
      await createPaidOrder(db(), world, { tier: "STANDARD" }),
    ];
    // Two in the week of 16 November (one at its very start in Pakistan, Sunday 19:00 UTC), one this week.
    await backdate(orders[0]!, pkt("2026-11-16T00:30:00"));
    await backdate(orders[1]!, pkt("2026-11-22T23:59:00"));
    await backdate(orders[2]!, pkt("2026-12-01T09:00:00"));
    // One dispute on a week-of-16-November order.
    await db().dispute.create({
      data: {
        orderId: orders[0]!.id,
        openedById: orders[0]!.clientId,
        reason: "NOT_DELIVERED",
        description: "Nothing arrived.",
        previousOrderStatus: "IN_PROGRESS",
        escrowPaisa: orders[0]!.subtotalPaisa,
        answerDueAt: pkt("2026-11-21T12:00:00"),
        createdAt: pkt("2026-11-18T12:00:00"),
      },
    });
    // People who joined: one on a Sunday night in Pakistan (still the week of 23 November), two this week.
    for (const at of ["2026-11-29T23:30:00", "2026-11-30T00:10:00", "2026-12-03T10:00:00"]) {
      const person = await createTestUser(db(), "New Person");
      await db().user.update({ where: { id: person.userId }, data: { createdAt: pkt(at) } });
    }
    // Payout requests: one made in the week of 9 November and paid in the week of 23 November; one
    // still waiting from this week; one cancelled within its week (never waiting at a week's end).
    const method = await db().payoutMethod.create({
      data: { userId: world.freelancer.userId, rail: "JAZZCASH", accountTitle: "Ayesha Khan", accountNumber: "03001234567" },
    });
    const payout = (amountPaisa: bigint, createdAt: Date, status: "PAID" | "REQUESTED" | "CANCELLED", processedAt: Date | null) => ({
      userId: world.freelancer.userId,
      payoutMethodId: method.id,
      amountPaisa,
      rail: "JAZZCASH" as const,
      accountTitle: "Ayesha Khan",
      accountNumber: "03001234567",
      status,
      processedAt,
      createdAt,
    });
    await db().payoutRequest.createMany({
      data: [
        payout(500_000n, pkt("2026-11-12T10:00:00"), "PAID", pkt("2026-11-24T10:00:00")),
        payout(250_000n, pkt("2026-12-02T10:00:00"), "REQUESTED", null),
        payout(100_000n, pkt("2026-11-17T10:00:00"), "CANCELLED", pkt("2026-11-18T10:00:00")),
      ],
    });
  });
  afterAll(() => testDb.close());

  it("gives twelve Pakistani weeks, oldest first, with what the fixtures imply and zero for empty weeks", async () => {
    const { weeks } = await getAdminDashboard(db(), { userId: world.admin.userId }, { now: NOW });
    expect(weeks.map((week) => week.week)).toEqual([
      "2026-09-14",
      "2026-09-21",
      "2026-09-28",
      "2026-10-05",
      "2026-10-12",
      "2026-10-19",
      "2026-10-26",
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
      "2026-11-30",
    ]);
    expect(weeks[11]?.start).toEqual(new Date("2026-11-29T19:00:00Z"));
    const byWeek = Object.fromEntries(weeks.map((week) => [week.week, week]));
    const [first, second, third] = orders as [TestPaidOrder, TestPaidOrder, TestPaidOrder];
    const fee = (order: TestPaidOrder) => BigInt(order.totalPaisa - order.subtotalPaisa);

    expect(byWeek["2026-11-16"]).toMatchObject({
      ordersFunded: 2,
      gmvPaisa: BigInt(first.subtotalPaisa + second.subtotalPaisa),
      revenuePaisa: fee(first) + fee(second),
      disputesOpened: 1,
      disputeRate: 0.5,
      newUsers: 0,
      payoutBacklog: { count: 1, amountPaisa: 500_000n },
    });
    expect(byWeek["2026-11-23"]).toMatchObject({
      ordersFunded: 0,
      gmvPaisa: 0n,
      disputeRate: null,
      newUsers: 1,
      payoutBacklog: { count: 0 },
    });
    expect(byWeek["2026-11-30"]).toMatchObject({
      ordersFunded: 1,
      gmvPaisa: BigInt(third.subtotalPaisa),
      revenuePaisa: fee(third),
      newUsers: 2,
      disputesOpened: 0,
      disputeRate: 0,
      payoutBacklog: { count: 1, amountPaisa: 250_000n },
    });
    expect(byWeek["2026-11-09"]).toMatchObject({ ordersFunded: 0, payoutBacklog: { count: 1, amountPaisa: 500_000n } });
    for (const empty of ["2026-09-14", "2026-10-12", "2026-11-02"]) {
      expect(byWeek[empty]).toMatchObject({
        ordersFunded: 0,
        gmvPaisa: 0n,
        revenuePaisa: 0n,
        newUsers: 0,
        disputesOpened: 0,
        disputeRate: null,
        payoutBacklog: { count: 0, amountPaisa: 0n },
      });
    }
    // Every order's revenue falls in some week: the weeks add up to the ledger's fees.
    expect(weeks.reduce((sum, week) => sum + week.revenuePaisa, 0n)).toBe(fee(first) + fee(second) + fee(third));
  });

  it("takes a shorter window, refuses bad options and anyone but an admin (read from the database)", async () => {
    expect((await getAdminDashboard(db(), { userId: world.admin.userId }, { now: NOW, weeks: 2 })).weeks.map((w) => w.week)).toEqual([
      "2026-11-23",
      "2026-11-30",
    ]);
    await expect(getAdminDashboard(db(), { userId: world.client.userId }, { now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAdminDashboard(db(), { userId: "nobody" }, { now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAdminDashboard(db(), { userId: world.admin.userId }, { weeks: 500 })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });
});

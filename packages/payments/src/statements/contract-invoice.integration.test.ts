import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { fundMilestone } from "../escrow/fund-milestone.ts";
import { splitClientFee } from "../fees/split-client-fee.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { createOrder, createPerson, creditWallet } from "../testing/payment-fixtures.ts";
import { getOrderInvoice } from "./get-order-invoice.ts";

describe.each(testDbKinds())("a contract's invoice on %s", (kind) => {
  const t = useTestDb(kind);

  /** A two-milestone contract, its client fee shared between them as the contracts package shares it. */
  async function contract() {
    const client = await createPerson(t.db, "Saad Rehman");
    const freelancer = await createPerson(t.db, "Ayesha Khan");
    const amounts = [2_000_000, 3_000_001];
    const order = await createOrder(t.db, { clientId: client.userId, freelancerId: freelancer.userId, subtotalPaisa: 5_000_001 });
    const row = await t.db.order.findUniqueOrThrow({ where: { id: order.id }, select: { clientFeePaisa: true, totalPaisa: true } });
    const shares = splitClientFee(row.clientFeePaisa, amounts);
    const milestones = [];
    for (const [index, amountPaisa] of amounts.entries()) {
      milestones.push(
        await t.db.milestone.create({
          data: {
            orderId: order.id,
            position: index + 1,
            title: ["Design", "Product pages"][index] ?? "",
            amountPaisa,
            clientFeePaisa: shares[index] ?? 0,
            durationDays: 5,
          },
          select: { id: true, amountPaisa: true, clientFeePaisa: true },
        }),
      );
    }
    return { order: { ...order, ...row }, client, freelancer, milestones: milestones as [(typeof milestones)[0], (typeof milestones)[0]] };
  }

  /** Pays one milestone and marks it as the orders package does (payments never writes statuses). */
  async function fund(
    c: Awaited<ReturnType<typeof contract>>,
    milestone: { id: string; amountPaisa: number; clientFeePaisa: number },
    at: Date,
  ) {
    await creditWallet(t.db, c.client.userId, BigInt(milestone.amountPaisa + milestone.clientFeePaisa));
    await withMoneyTransaction(t.db, (tx) =>
      fundMilestone(tx, { orderId: c.order.id, milestoneId: milestone.id, actorId: c.client.userId, now: at }),
    );
    await t.db.milestone.update({ where: { id: milestone.id }, data: { status: "FUNDED", fundedAt: at } });
    const order = await t.db.order.findUniqueOrThrow({ where: { id: c.order.id }, select: { fundedAt: true } });
    await t.db.order.update({ where: { id: c.order.id }, data: { status: "IN_PROGRESS", fundedAt: order.fundedAt ?? at } });
  }

  it("counts as paid only the milestones funded so far, each with its fee share, and lists them", async () => {
    const c = await contract();
    const [m1, m2] = c.milestones;
    const asClient = () => getOrderInvoice(t.db, { userId: c.client.userId, isAdmin: false }, c.order.id);

    const unpaid = await asClient();
    expect(unpaid.amounts.totalPaidPaisa).toBe(0);
    expect(unpaid.milestones.map((m) => m.funded)).toEqual([false, false]);

    const firstPaidAt = new Date("2026-05-01T06:00:00.000Z");
    await fund(c, m1, firstPaidAt);
    const afterFirst = await asClient();
    // The order counts as funded from its first milestone; the invoice must not read that as the whole total.
    expect(afterFirst.order.fundedAt).toEqual(firstPaidAt);
    expect(afterFirst.amounts.totalPaidPaisa).toBe(m1.amountPaisa + m1.clientFeePaisa);
    expect(afterFirst.amounts.totalPaidPaisa).toBeLessThan(c.order.totalPaisa);
    expect(afterFirst.milestones).toEqual([
      {
        position: 1,
        title: "Design",
        amountPaisa: m1.amountPaisa,
        clientFeePaisa: m1.clientFeePaisa,
        status: "FUNDED",
        funded: true,
        fundedAt: firstPaidAt,
      },
      {
        position: 2,
        title: "Product pages",
        amountPaisa: m2.amountPaisa,
        clientFeePaisa: m2.clientFeePaisa,
        status: "PENDING",
        funded: false,
        fundedAt: null,
      },
    ]);

    // The first is accepted (it stays paid) and the second funded: everything has been paid.
    await t.db.milestone.update({ where: { id: m1.id }, data: { status: "APPROVED", approvedAt: new Date("2026-05-04T06:00:00.000Z") } });
    await fund(c, m2, new Date("2026-05-05T06:00:00.000Z"));
    const afterBoth = await asClient();
    expect(afterBoth.amounts.totalPaidPaisa).toBe(c.order.totalPaisa);
    expect(afterBoth.milestones.map((m) => [m.status, m.funded])).toEqual([
      ["APPROVED", true],
      ["FUNDED", true],
    ]);
    // The freelancer's receipt lists the same milestones.
    const receipt = await getOrderInvoice(t.db, { userId: c.freelancer.userId, isAdmin: false }, c.order.id);
    expect(receipt.milestones).toEqual(afterBoth.milestones);
  });

  it("an order without milestones is paid whole once funded, and lists none", async () => {
    const client = await createPerson(t.db, "Kamran Butt");
    const freelancer = await createPerson(t.db, "Ayesha Khan");
    const order = await createOrder(t.db, {
      clientId: client.userId,
      freelancerId: freelancer.userId,
      subtotalPaisa: 500_000,
      status: "IN_PROGRESS",
    });
    const invoice = await getOrderInvoice(t.db, { userId: client.userId, isAdmin: false }, order.id);
    expect(invoice.amounts.totalPaidPaisa).toBe(order.totalPaisa);
    expect(invoice.milestones).toEqual([]);
  });
});

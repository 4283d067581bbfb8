import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { findBalanceMismatches, getAccountBalance, getUserBalances } from "../ledger/balances.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { createOrder, createPerson, creditWallet } from "../testing/payment-fixtures.ts";
import { clearDueEarnings } from "./clear-due-earnings.ts";
import { fundEscrow } from "./fund-escrow.ts";
import { refundEscrow } from "./refund-escrow.ts";
import { releaseEscrow } from "./release-escrow.ts";

// PGlite has one connection, so its transactions never overlap: races need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

// Skipped (not absent) without PostgreSQL, so the file still declares a suite; CI always has it.
describe.skipIf(!onPostgres)("racing escrow requests on postgres", () => {
  const kind = "postgres" as const;
  const t = useTestDb(kind);
  const parties = async () => ({ client: await createPerson(t.db, "Saad Rehman"), freelancer: await createPerson(t.db, "Ayesha Khan") });

  it("fund an order once when two payments race, though the wallet could pay for both", async () => {
    const { client, freelancer } = await parties();
    const order = await createOrder(t.db, { clientId: client.userId, freelancerId: freelancer.userId, subtotalPaisa: 300_000 });
    await creditWallet(t.db, client.userId, BigInt(order.totalPaisa) * 2n);
    const results = await Promise.allSettled(
      [1, 2].map(() => withMoneyTransaction(t.db, (tx) => fundEscrow(tx, { orderId: order.id, actorId: client.userId }))),
    );
    // Both answer; the one that waited for the order lock found the key posted and replayed it.
    expect(results.map((r) => (r.status === "fulfilled" ? r.value.replayed : "refused")).sort()).toEqual([false, true]);
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(BigInt(order.totalPaisa));
    expect(await getAccountBalance(t.db, { type: "ORDER_ESCROW", orderId: order.id })).toBe(300_000n);
  });

  it("let one of a full release and a full refund win", async () => {
    const { client, freelancer } = await parties();
    const order = await createOrder(t.db, {
      clientId: client.userId,
      freelancerId: freelancer.userId,
      subtotalPaisa: 80_000,
      status: "IN_PROGRESS",
    });
    const results = await Promise.allSettled([
      withMoneyTransaction(t.db, (tx) => releaseEscrow(tx, { orderId: order.id, actorId: client.userId })),
      withMoneyTransaction(t.db, (tx) => refundEscrow(tx, { orderId: order.id, actorId: freelancer.userId })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const balances = [await getUserBalances(t.db, client.userId), await getUserBalances(t.db, freelancer.userId)];
    const releasedWon = results[0].status === "fulfilled";
    expect(balances[0]?.wallet).toBe(releasedWon ? 0n : BigInt(order.totalPaisa));
    expect(balances[1]?.pending).toBe(releasedWon ? 76_000n : 0n);
  });

  it("move a replayed release once", async () => {
    const { client, freelancer } = await parties();
    const order = await createOrder(t.db, {
      clientId: client.userId,
      freelancerId: freelancer.userId,
      subtotalPaisa: 100_000,
      status: "IN_PROGRESS",
    });
    const key = `approve:${order.id}`;
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        withMoneyTransaction(t.db, (tx) =>
          releaseEscrow(tx, { orderId: order.id, actorId: client.userId, amountPaisa: 40_000n, idempotencyKey: key }),
        ),
      ),
    );
    expect(results.filter((r) => r.replayed)).toHaveLength(2);
    expect(new Set(results.map((r) => r.transactionId)).size).toBe(1);
    expect(await getAccountBalance(t.db, { type: "ORDER_ESCROW", orderId: order.id })).toBe(60_000n);
  });

  it("clear each release once when two sweeps overlap", async () => {
    const { client, freelancer } = await parties();
    for (const subtotal of [50_000, 70_000, 90_000]) {
      const order = await createOrder(t.db, {
        clientId: client.userId,
        freelancerId: freelancer.userId,
        subtotalPaisa: subtotal,
        status: "IN_PROGRESS",
      });
      await withMoneyTransaction(t.db, (tx) => releaseEscrow(tx, { orderId: order.id, actorId: client.userId }));
    }
    const later = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    // Earlier tests in this file left releases of their own; every due one is cleared once.
    const due = await t.db.ledgerTransaction.count({ where: { kind: "ESCROW_RELEASED", clearedAt: null, clearsAt: { lte: later } } });
    expect(due).toBeGreaterThanOrEqual(3);
    const counts = await Promise.all([clearDueEarnings(t.db, later), clearDueEarnings(t.db, later)]);
    expect(counts[0] + counts[1]).toBe(due);
    expect(await t.db.ledgerTransaction.count({ where: { kind: "EARNINGS_CLEARED" } })).toBe(due);
    expect(await getUserBalances(t.db, freelancer.userId)).toMatchObject({ pending: 0n, available: 199_500n });
    expect(await findBalanceMismatches(t.db)).toEqual([]);
  });
});

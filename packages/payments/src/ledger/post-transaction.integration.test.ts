import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { createPerson, creditWallet } from "../testing/payment-fixtures.ts";
import type { AccountRef } from "./accounts.ts";
import { findBalanceMismatches, getAccountBalance, getUserBalances } from "./balances.ts";
import { findUnbalancedTransactions, ledgerTotal } from "./integrity.ts";
import { postTransaction, type PostTransactionInput } from "./post-transaction.ts";
import { withMoneyTransaction } from "./with-money-transaction.ts";

describe.each(testDbKinds())("postTransaction on %s", (kind) => {
  const t = useTestDb(kind);
  const post = (input: PostTransactionInput) => withMoneyTransaction(t.db, (tx) => postTransaction(tx, input));
  const wallet = (userId: string): AccountRef => ({ type: "CLIENT_BALANCE", userId });
  const revenue: AccountRef = { type: "PLATFORM_REVENUE" };

  it("writes balanced entries, creates accounts on first use and keeps the cached balance", async () => {
    const client = await createPerson(t.db, "Saad Rehman");
    await creditWallet(t.db, client.userId, 150_000n);
    await post({
      idempotencyKey: `spend:${client.userId}`,
      kind: "ADJUSTMENT",
      lines: [
        { account: wallet(client.userId), amountPaisa: -40_000n },
        { account: revenue, amountPaisa: 40_000n },
      ],
    });
    expect(await getUserBalances(t.db, client.userId)).toEqual({ wallet: 110_000n, pending: 0n, available: 0n, clearing: 0n });
    expect(await getAccountBalance(t.db, { type: "EXTERNAL_FUNDING" })).toBeLessThanOrEqual(-150_000n);
    const entries = await t.db.ledgerEntry.findMany({ where: { account: { key: `user:${client.userId}:CLIENT_BALANCE` } } });
    expect(entries.map((e) => e.amountPaisa).sort()).toEqual([-40_000n, 150_000n]);
    expect(await findBalanceMismatches(t.db)).toEqual([]);
    expect(await findUnbalancedTransactions(t.db)).toEqual([]);
    expect(await ledgerTotal(t.db)).toBe(0n);
  });

  it("keeps no cached balance for the platform and outside-world accounts: their balance is the sum of their entries", async () => {
    const client = await createPerson(t.db, "Entry Only");
    const cached = async () =>
      (
        await t.db.ledgerAccount.findMany({
          where: { type: { in: ["PLATFORM_REVENUE", "EXTERNAL_FUNDING"] } },
          select: { key: true, balancePaisa: true },
        })
      ).sort((a, b) => a.key.localeCompare(b.key));
    const revenueBefore = await getAccountBalance(t.db, revenue);
    const fundingBefore = await getAccountBalance(t.db, { type: "EXTERNAL_FUNDING" });
    await creditWallet(t.db, client.userId, 9_000n);
    const cachedBefore = await cached();
    await post({
      idempotencyKey: `entry-only:${client.userId}`,
      kind: "ADJUSTMENT",
      lines: [
        { account: wallet(client.userId), amountPaisa: -2_500n },
        { account: revenue, amountPaisa: 2_500n },
      ],
    });
    await creditWallet(t.db, client.userId, 1_000n);
    expect(await getAccountBalance(t.db, revenue)).toBe(revenueBefore + 2_500n);
    expect(await getAccountBalance(t.db, { type: "EXTERNAL_FUNDING" })).toBe(fundingBefore - 10_000n);
    // The column is left alone; the customer's cache still moves.
    expect(await cached()).toEqual(cachedBefore);
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(7_500n);
    expect(await findBalanceMismatches(t.db)).toEqual([]);
  });

  it("moves money once for a replayed key and reports the replay", async () => {
    const client = await createPerson(t.db, "Replay Client");
    const first = await creditWallet(t.db, client.userId, 10_000n, `fund-once:${client.userId}`);
    const again = await post({
      idempotencyKey: `fund-once:${client.userId}`,
      kind: "FUNDING_CONFIRMED",
      lines: [
        { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -10_000n },
        { account: wallet(client.userId), amountPaisa: 10_000n },
      ],
    });
    expect(again).toEqual({ transactionId: first, replayed: true });
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(10_000n);
  });

  it("refuses a key already used for another kind of posting", async () => {
    const client = await createPerson(t.db, "Key Reuse");
    await creditWallet(t.db, client.userId, 10_000n, `reused:${client.userId}`);
    await expect(
      post({
        idempotencyKey: `reused:${client.userId}`,
        kind: "ADJUSTMENT",
        lines: [
          { account: wallet(client.userId), amountPaisa: -1n },
          { account: revenue, amountPaisa: 1n },
        ],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "payments:errors.ledger.idempotencyKeyReused" });
  });

  it("lets no customer account go below zero and writes nothing when it would", async () => {
    const client = await createPerson(t.db, "Short Client");
    await creditWallet(t.db, client.userId, 5_000n);
    const before = await t.db.ledgerTransaction.count();
    await expect(
      post({
        idempotencyKey: `overspend:${client.userId}`,
        kind: "ADJUSTMENT",
        lines: [
          { account: wallet(client.userId), amountPaisa: -5_001n },
          { account: revenue, amountPaisa: 5_001n },
        ],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "payments:errors.ledger.insufficientFunds" });
    expect(await t.db.ledgerTransaction.count()).toBe(before);
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(5_000n);
    // Exactly the balance is fine.
    await post({
      idempotencyKey: `spend-all:${client.userId}`,
      kind: "ADJUSTMENT",
      lines: [
        { account: wallet(client.userId), amountPaisa: -5_000n },
        { account: revenue, amountPaisa: 5_000n },
      ],
    });
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(0n);
  });

  it("rejects malformed postings before touching anything", async () => {
    const client = await createPerson(t.db, "Bad Lines");
    const lines = (...amounts: unknown[]) =>
      amounts.map((amountPaisa, i) => ({ account: i === 0 ? wallet(client.userId) : revenue, amountPaisa: amountPaisa as bigint }));
    const attempt = (input: Partial<PostTransactionInput>) =>
      post({ idempotencyKey: `bad:${client.userId}`, kind: "ADJUSTMENT", lines: [], ...input });
    await expect(attempt({ lines: lines(5n) })).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: "payments:errors.ledger.tooFewLines",
    });
    await expect(attempt({ lines: lines(0n, 0n) })).rejects.toMatchObject({ messageKey: "payments:errors.ledger.invalidAmount" });
    await expect(attempt({ lines: lines(-5, 5) })).rejects.toMatchObject({ messageKey: "payments:errors.ledger.invalidAmount" });
    await expect(attempt({ lines: lines(-5n, 4n) })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "payments:errors.ledger.unbalanced",
    });
    await expect(attempt({ idempotencyKey: " ", lines: lines(-5n, 5n) })).rejects.toMatchObject({
      messageKey: "payments:errors.ledger.invalidIdempotencyKey",
    });
    expect(await t.db.ledgerAccount.count({ where: { ownerUserId: client.userId } })).toBe(0);
  });

  it("rolls the posting back with the caller's transaction", async () => {
    const client = await createPerson(t.db, "Rollback Client");
    await expect(
      withMoneyTransaction(t.db, async (tx) => {
        await postTransaction(tx, {
          idempotencyKey: `rolled-back:${client.userId}`,
          kind: "FUNDING_CONFIRMED",
          lines: [
            { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -7_000n },
            { account: wallet(client.userId), amountPaisa: 7_000n },
          ],
        });
        throw new Error("the order update failed");
      }),
    ).rejects.toThrow("the order update failed");
    expect(await t.db.ledgerTransaction.count({ where: { idempotencyKey: `rolled-back:${client.userId}` } })).toBe(0);
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(0n);
  });
});

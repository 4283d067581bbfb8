import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import type { Tx } from "@hunar/db/types";
import { describe, expect, it } from "vitest";
import { createPerson, creditWallet } from "../testing/payment-fixtures.ts";
import { findBalanceMismatches, getAccountBalance, getUserBalances } from "./balances.ts";
import { postTransaction } from "./post-transaction.ts";
import { isIdempotencyKeyRace, isWriteConflict } from "./retryable-error.ts";
import { withMoneyTransaction } from "./with-money-transaction.ts";

// PGlite has a single connection, so its transactions never overlap: races need PostgreSQL.
// Skipped (not absent) without TEST_DATABASE_URL, so the file still reports its suite.
const onPostgres = testDbKinds().includes("postgres");

describe.skipIf(!onPostgres)("concurrent money transactions on postgres", () => {
  const t = useTestDb("postgres");

  it("post one key once when ten requests race with it", async () => {
    const client = await createPerson(t.db, "Racing Client");
    const key = `race:${client.userId}`;
    const results = await Promise.all(Array.from({ length: 10 }, () => creditWallet(t.db, client.userId, 2_500n, key)));
    expect(new Set(results).size).toBe(1);
    expect(await t.db.ledgerTransaction.count({ where: { idempotencyKey: key } })).toBe(1);
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(2_500n);
  });

  it("replay a key raced over different accounts (the unique index decides, the retry replays)", async () => {
    const [a, b] = [await createPerson(t.db, "First Payee"), await createPerson(t.db, "Second Payee")];
    const key = `split-race:${a.userId}`;
    const results = await Promise.all([a, b].map((person) => creditWallet(t.db, person.userId, 1_000n, key)));
    expect(results[0]).toBe(results[1]);
    const balances = [(await getUserBalances(t.db, a.userId)).wallet, (await getUserBalances(t.db, b.userId)).wallet];
    expect(balances.sort()).toEqual([0n, 1_000n]);
  });

  it("post a key touching only platform accounts once when ten race with it (no lock: the unique index and the rerun decide)", async () => {
    const key = `platform-race:${Date.now()}:${Math.random()}`;
    const revenueBefore = await getAccountBalance(t.db, { type: "PLATFORM_REVENUE" });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        withMoneyTransaction(t.db, (tx) =>
          postTransaction(tx, {
            idempotencyKey: key,
            kind: "ADJUSTMENT",
            lines: [
              { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -777n },
              { account: { type: "PLATFORM_REVENUE" }, amountPaisa: 777n },
            ],
          }),
        ),
      ),
    );
    expect(new Set(results.map((r) => r.transactionId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await t.db.ledgerTransaction.count({ where: { idempotencyKey: key } })).toBe(1);
    expect(await getAccountBalance(t.db, { type: "PLATFORM_REVENUE" })).toBe(revenueBefore + 777n);
  });

  it("let postings that share only platform revenue run side by side (revenue is not locked)", async () => {
    const [a, b] = [await createPerson(t.db, "Side A"), await createPerson(t.db, "Side B")];
    await creditWallet(t.db, a.userId, 5_000n);
    await creditWallet(t.db, b.userId, 5_000n);
    const pay = (tx: Tx, userId: string) =>
      postTransaction(tx, {
        idempotencyKey: `side:${userId}`,
        kind: "ADJUSTMENT",
        lines: [
          { account: { type: "CLIENT_BALANCE", userId }, amountPaisa: -1_000n },
          { account: { type: "PLATFORM_REVENUE" }, amountPaisa: 1_000n },
        ],
      });
    let secondSettled!: () => void;
    const second = new Promise<void>((resolve) => (secondSettled = resolve));
    let firstPosted!: () => void;
    const posted = new Promise<void>((resolve) => (firstPosted = resolve));
    // The first posting stays open until the second has finished. Were revenue locked, the
    // second would wait on it: its lock_timeout turns that into a failure instead of a hang.
    const first = withMoneyTransaction(t.db, async (tx) => {
      await pay(tx, a.userId);
      firstPosted();
      await second;
    });
    await posted;
    const other = withMoneyTransaction(
      t.db,
      async (tx) => {
        await tx.$executeRaw`SET LOCAL lock_timeout = '5s'`;
        return pay(tx, b.userId);
      },
      { attempts: 1 },
    ).finally(secondSettled);
    await expect(other).resolves.toMatchObject({ replayed: false });
    await first;
    expect([(await getUserBalances(t.db, a.userId)).wallet, (await getUserBalances(t.db, b.userId)).wallet]).toEqual([4_000n, 4_000n]);
  });

  it("never let racing spends overdraw a wallet", async () => {
    const client = await createPerson(t.db, "Busy Client");
    await creditWallet(t.db, client.userId, 10_000n);
    const spends = await Promise.allSettled(
      Array.from({ length: 16 }, (_, i) =>
        withMoneyTransaction(t.db, (tx) =>
          postTransaction(tx, {
            idempotencyKey: `spend:${client.userId}:${i}`,
            kind: "ADJUSTMENT",
            lines: [
              { account: { type: "CLIENT_BALANCE", userId: client.userId }, amountPaisa: -1_000n },
              { account: { type: "PLATFORM_REVENUE" }, amountPaisa: 1_000n },
            ],
          }),
        ),
      ),
    );
    expect(spends.filter((s) => s.status === "fulfilled")).toHaveLength(10);
    for (const s of spends) {
      if (s.status === "rejected") expect(s.reason).toMatchObject({ messageKey: "payments:errors.ledger.insufficientFunds" });
    }
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(0n);
    expect(await findBalanceMismatches(t.db)).toEqual([]);
  });

  it("do not deadlock when postings touch the same accounts in opposite directions", async () => {
    const [a, b] = [await createPerson(t.db, "Wallet A"), await createPerson(t.db, "Wallet B")];
    await creditWallet(t.db, a.userId, 100_000n);
    await creditWallet(t.db, b.userId, 100_000n);
    const transfer = (from: string, to: string, i: number) =>
      withMoneyTransaction(
        t.db,
        (tx) =>
          postTransaction(tx, {
            idempotencyKey: `swap:${from}:${i}`,
            kind: "ADJUSTMENT",
            lines: [
              { account: { type: "CLIENT_BALANCE", userId: from }, amountPaisa: -100n },
              { account: { type: "CLIENT_BALANCE", userId: to }, amountPaisa: 100n },
            ],
          }),
        // One attempt: a deadlock would surface instead of being retried away.
        { attempts: 1 },
      );
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? transfer(a.userId, b.userId, i) : transfer(b.userId, a.userId, i))));
    const total = (await getUserBalances(t.db, a.userId)).wallet + (await getUserBalances(t.db, b.userId)).wallet;
    expect(total).toBe(200_000n);
  });

  it("run a transaction again after PostgreSQL aborts it as a deadlock victim", async () => {
    const [a, b] = [await createPerson(t.db, "Lock A"), await createPerson(t.db, "Lock B")];
    let arrived = 0;
    let bothHoldFirstLock!: () => void;
    const gate = new Promise<void>((resolve) => (bothHoldFirstLock = resolve));
    let attempts = 0;
    // Deliberately locks two user rows in opposite orders on the first attempt only.
    const crossing = (first: string, second: string) =>
      withMoneyTransaction(t.db, async (tx) => {
        attempts += 1;
        await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${first} FOR UPDATE`;
        if (attempts <= 2) {
          arrived += 1;
          if (arrived === 2) bothHoldFirstLock();
          await gate;
        }
        await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${second} FOR UPDATE`;
        return "done";
      });
    expect(await Promise.all([crossing(a.userId, b.userId), crossing(b.userId, a.userId)])).toEqual(["done", "done"]);
    expect(attempts).toBe(3);
  });

  it("recognise the errors they retry, and nothing else", async () => {
    const client = await createPerson(t.db, "Error Shapes");
    await creditWallet(t.db, client.userId, 1n, `shape:${client.userId}`);
    const duplicate = await t.db.ledgerTransaction
      .create({ data: { idempotencyKey: `shape:${client.userId}`, kind: "ADJUSTMENT" } })
      .catch((error: unknown) => error);
    expect(isIdempotencyKeyRace(duplicate)).toBe(true);
    expect(isWriteConflict(duplicate)).toBe(false);
    const otherUnique = await t.db.user
      .create({
        data: { email: (await t.db.user.findUniqueOrThrow({ where: { id: client.userId } })).email, passwordHash: "x", displayName: "x" },
      })
      .catch((error: unknown) => error);
    expect(isIdempotencyKeyRace(otherUnique)).toBe(false);
  });
});

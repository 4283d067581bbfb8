import { createTestDb, type TestDb } from "@hunar/db/testing";
import { releaseEscrow } from "@hunar/payments/escrow/release-escrow";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { createOrder, createPerson } from "@hunar/payments/testing/payment-fixtures";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { schedulePaymentJobs } from "../server/payment-jobs.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

function captureLog() {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { log, lines };
}

describe("scheduled payment jobs", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb("pglite");
  });
  afterAll(async () => {
    vi.useRealTimers();
    await testDb.close();
  });

  it("clear due earnings at startup and again every 15 minutes", async () => {
    const db = testDb.db;
    const client = await createPerson(db, "Saad Rehman");
    const freelancer = await createPerson(db, "Ayesha Khan");
    const release = async (releasedAt: Date) => {
      const order = await createOrder(db, {
        clientId: client.userId,
        freelancerId: freelancer.userId,
        subtotalPaisa: 100_000,
        status: "IN_PROGRESS",
      });
      await withMoneyTransaction(db, (tx) => releaseEscrow(tx, { orderId: order.id, actorId: client.userId, now: releasedAt }));
    };
    let now = new Date();
    await release(new Date(now.getTime() - 8 * DAY_MS));
    await release(now);
    const { log, lines } = captureLog();

    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const jobs = schedulePaymentJobs({ db, log, now: () => now });
    try {
      await vi.waitFor(() => expect(lines.find((l) => l.msg === "released earnings cleared")).toMatchObject({ cleared: 1 }));
      expect(await getUserBalances(db, freelancer.userId)).toMatchObject({ available: 95_000n, pending: 95_000n });

      now = new Date(now.getTime() + 8 * DAY_MS);
      await vi.advanceTimersByTimeAsync(14 * 60 * 1000);
      expect((await getUserBalances(db, freelancer.userId)).pending).toBe(95_000n);
      await vi.advanceTimersByTimeAsync(60 * 1000);
      await vi.waitFor(async () =>
        expect(await getUserBalances(db, freelancer.userId)).toMatchObject({ available: 190_000n, pending: 0n }),
      );
    } finally {
      await jobs.stop();
      vi.useRealTimers();
    }
  });

  it("log a failed sweep instead of crashing the server", async () => {
    const broken = await createTestDb("pglite");
    await broken.close();
    const { log, lines } = captureLog();
    const jobs = schedulePaymentJobs({ db: broken.db, log });
    await jobs.stop();
    expect(lines.find((l) => l.msg === "clearing released earnings failed")).toMatchObject({ level: 50 });
  });
});

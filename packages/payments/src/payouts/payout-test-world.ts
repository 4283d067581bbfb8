import type { Db } from "@hunar/db/client";
import { postTransaction } from "../ledger/post-transaction.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { createPerson, type TestPerson } from "../testing/payment-fixtures.ts";

// Test-only setup shared by the payout and statement tests.

export const PAYOUT_MINIMUM_PAISA = 50_000n;

/** Fee schedule version 1, in force since a minute ago: 5% / 2%, Rs 500 payout minimum. */
export async function seedFeeSchedule(db: Db): Promise<void> {
  const existing = await db.feeSchedule.count();
  if (existing > 0) return;
  await db.feeSchedule.create({
    data: {
      version: 1,
      freelancerFeeBps: 500,
      clientFeeBps: 200,
      minimumFeePaisa: 0,
      clearanceDays: 7,
      payoutMinimumPaisa: Number(PAYOUT_MINIMUM_PAISA),
      effectiveFrom: new Date(Date.now() - 60_000),
    },
  });
}

let counter = 0;

/** Withdrawable money for a freelancer, posted as a balanced adjustment from outside. */
export async function makeAvailable(db: Db, userId: string, amountPaisa: bigint): Promise<void> {
  counter += 1;
  await withMoneyTransaction(db, (tx) =>
    postTransaction(tx, {
      idempotencyKey: `test-available:${userId}:${process.pid}:${counter}`,
      kind: "ADJUSTMENT",
      lines: [
        { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -amountPaisa },
        { account: { type: "FREELANCER_AVAILABLE", userId }, amountPaisa },
      ],
    }),
  );
}

export interface PayoutWorld {
  freelancer: TestPerson;
  stranger: TestPerson;
  admin: TestPerson & { isAdmin: true };
}

export async function createPayoutWorld(db: Db): Promise<PayoutWorld> {
  await seedFeeSchedule(db);
  return {
    freelancer: await createPerson(db, "Ayesha Khan"),
    stranger: await createPerson(db, "Bilal Ahmed"),
    admin: { ...(await createPerson(db, "Hunar Admin", { isAdmin: true })), isAdmin: true },
  };
}

export const VALID_IBAN = "PK36SCBL0000001123456702";

/** A random request key, as the withdraw form generates one per render. */
export function newRequestKey(): string {
  counter += 1;
  return `rk-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 10)}`;
}

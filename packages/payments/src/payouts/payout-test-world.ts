import type { Db } from "@hunar/db/client";
import { createPerson, ensureFeeSchedule, giveAvailableEarnings, type TestPerson } from "../testing/payment-fixtures.ts";

// Test-only setup shared by the payout tests, on top of the payments fixtures.

/** The launch schedule's payout minimum (Rs 1,000), checked when the world is made. */
export const PAYOUT_MINIMUM_PAISA = 100_000n;

/** The launch fee schedule, whose payout minimum the tests count on. */
export async function seedFeeSchedule(db: Db): Promise<void> {
  const schedule = await ensureFeeSchedule(db);
  if (BigInt(schedule.payoutMinimumPaisa) !== PAYOUT_MINIMUM_PAISA) {
    throw new Error(`the tests expect a payout minimum of ${PAYOUT_MINIMUM_PAISA} paisa, the schedule has ${schedule.payoutMinimumPaisa}`);
  }
}

/** Withdrawable money for a freelancer, earned the real way (an order paid, released, cleared). */
export async function makeAvailable(db: Db, userId: string, amountPaisa: bigint): Promise<void> {
  await giveAvailableEarnings(db, userId, amountPaisa);
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

let counter = 0;

/** A random request key, as the withdraw form generates one per render. */
export function newRequestKey(): string {
  counter += 1;
  return `rk-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 10)}`;
}

import type { Db } from "@hunar/db/client";
import { postTransaction } from "../ledger/post-transaction.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";

/*
 * Shared fixtures for the payments tests (and other packages' tests that need money in place).
 * They go through the real domain functions, so a fixture cannot create a state the product
 * could not reach.
 */

let counter = 0;

export interface TestPerson {
  userId: string;
  isAdmin: boolean;
}

/** A user with a profile; unique email and handle per call. */
export async function createPerson(db: Db, name: string, options: { isAdmin?: boolean } = {}): Promise<TestPerson> {
  counter += 1;
  const handle = `${name.toLowerCase().replace(/\W+/g, "-")}-${process.pid}-${counter}`;
  const user = await db.user.create({
    data: {
      email: `${handle}@example.pk`,
      passwordHash: "not-a-real-hash",
      displayName: name,
      handle,
      isAdmin: options.isAdmin ?? false,
      profile: { create: { city: "Lahore", languages: ["ur", "en"] } },
    },
    select: { id: true, isAdmin: true },
  });
  return { userId: user.id, isAdmin: user.isAdmin };
}

/**
 * Money a client has paid in, as a confirmed funding posts it: EXTERNAL_FUNDING -> CLIENT_BALANCE.
 * The key is unique per call unless one is given (to test replays).
 */
export async function creditWallet(db: Db, userId: string, amountPaisa: bigint, idempotencyKey?: string): Promise<string> {
  counter += 1;
  const key = idempotencyKey ?? `test-funding:${userId}:${process.pid}:${counter}`;
  const { transactionId } = await withMoneyTransaction(db, (tx) =>
    postTransaction(tx, {
      idempotencyKey: key,
      kind: "FUNDING_CONFIRMED",
      lines: [
        { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -amountPaisa },
        { account: { type: "CLIENT_BALANCE", userId }, amountPaisa },
      ],
    }),
  );
  return transactionId;
}

import type { Db } from "@hunar/db/client";
import { seedFeeSchedule } from "@hunar/db/seed";
import { createTestOrder, createTestUser, type TestOrderRow, type TestUser } from "@hunar/db/testing/factories";
import type { FeeSchedule, OrderStatus } from "@hunar/db/types";
import { clearRelease } from "../escrow/clear-due-earnings.ts";
import { fundEscrow } from "../escrow/fund-escrow.ts";
import { releaseEscrow } from "../escrow/release-escrow.ts";
import { calculateFees } from "../fees/calculate-fees.ts";
import { getFeeScheduleInForce } from "../fees/fee-schedule.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { netToSubtotal } from "./net-to-subtotal.ts";

/*
 * Shared fixtures for the payments tests (and other packages' tests that need money in place).
 * Money always moves through the real domain functions, so a fixture cannot create a ledger
 * state the product could not reach.
 */

let counter = 0;
const DAY_MS = 24 * 60 * 60 * 1000;

export type TestPerson = Pick<TestUser, "userId" | "isAdmin">;

/** A user with a profile in Lahore. */
export function createPerson(db: Db, name: string, options: { isAdmin?: boolean } = {}): Promise<TestPerson> {
  return createTestUser(db, name, { ...options, profile: { city: "Lahore" } });
}

/** The launch fee schedule (5% freelancer, 2% client, 7 days clearance), created once. */
export async function ensureFeeSchedule(db: Db): Promise<FeeSchedule> {
  await db.$transaction((tx) => seedFeeSchedule(tx));
  return getFeeScheduleInForce(db);
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

export type TestOrder = Omit<TestOrderRow, "number">;

/**
 * An offer-style order with the schedule in force snapshotted through calculateFees. Left
 * PENDING_PAYMENT (or CANCELLED) as asked; any other status is reached honestly for the money:
 * the client's wallet is credited with the total and the escrow funded from it. The status is
 * then written as the orders package would (payments itself never writes it).
 */
export async function createOrder(
  db: Db,
  input: { clientId: string; freelancerId: string; subtotalPaisa: number; status?: OrderStatus },
): Promise<TestOrder> {
  const schedule = await ensureFeeSchedule(db);
  const fees = calculateFees(input.subtotalPaisa, schedule);
  const { number: _number, ...order } = await createTestOrder(db, {
    clientId: input.clientId,
    freelancerId: input.freelancerId,
    amounts: fees,
    status: input.status === "CANCELLED" ? "CANCELLED" : "PENDING_PAYMENT",
  });
  const status = input.status ?? "PENDING_PAYMENT";
  if (status === "PENDING_PAYMENT" || status === "CANCELLED") return order;
  await creditWallet(db, order.clientId, BigInt(order.totalPaisa));
  await withMoneyTransaction(db, (tx) => fundEscrow(tx, { orderId: order.id, actorId: order.clientId }));
  const fundedAt = new Date();
  await db.order.update({ where: { id: order.id }, data: { status, fundedAt, dueAt: new Date(fundedAt.getTime() + 3 * DAY_MS) } });
  return order;
}

/**
 * Exactly `amountPaisa` of withdrawable earnings for the freelancer, earned the real way: a
 * client pays an order whose net is that amount, the escrow is released (backdated past the
 * clearance period) and that release is cleared. Other releases in the database are untouched.
 */
export async function giveAvailableEarnings(db: Db, freelancerId: string, amountPaisa: bigint): Promise<TestOrder> {
  const schedule = await ensureFeeSchedule(db);
  const client = await createPerson(db, "Paying Client");
  const subtotal = netToSubtotal(amountPaisa, schedule);
  const order = await createOrder(db, { clientId: client.userId, freelancerId, subtotalPaisa: subtotal, status: "IN_PROGRESS" });
  const releasedAt = new Date(Date.now() - (schedule.clearanceDays + 1) * DAY_MS);
  await withMoneyTransaction(db, async (tx) => {
    const release = await releaseEscrow(tx, { orderId: order.id, actorId: client.userId, now: releasedAt });
    await tx.order.update({ where: { id: order.id }, data: { status: "COMPLETED", completedAt: releasedAt } });
    await clearRelease(tx, release.transactionId);
  });
  return order;
}

import type { Db } from "@hunar/db/client";
import { clearRelease } from "../escrow/clear-due-earnings.ts";
import { fundEscrow } from "../escrow/fund-escrow.ts";
import { refundEscrow } from "../escrow/refund-escrow.ts";
import { releaseEscrow } from "../escrow/release-escrow.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import {
  createOrder,
  creditWallet,
  createPerson,
  ensureFeeSchedule,
  type TestOrder,
  type TestPerson,
} from "../testing/payment-fixtures.ts";
import { pktMonthKey } from "./pakistan-time.ts";

// Test-only: a year of one freelancer's work with hand-computed figures (launch rates: 5% from
// the freelancer, 2% from the client, no minimum fee), dated in the previous calendar year so
// that payouts made "now" fall outside it.

export const CSV_TITLE = 'Logo, "Bakery" — لاہور کی بیکری کا لوگو';

export interface StatementWorld {
  year: number;
  freelancer: TestPerson;
  client: TestPerson;
  other: TestPerson;
  admin: TestPerson;
  orderA: TestOrder & { number: number };
  orderB: TestOrder & { number: number };
  orderC: TestOrder & { number: number };
}

const at = (year: number, rest: string) => new Date(`${year}-${rest}`);

async function paidOrder(db: Db, client: TestPerson, freelancerId: string, subtotalPaisa: number, fundedAt: Date, title?: string) {
  const order = await createOrder(db, { clientId: client.userId, freelancerId, subtotalPaisa });
  const { number } = await db.order.update({
    where: { id: order.id },
    data: title ? { title, createdAt: fundedAt } : { createdAt: fundedAt },
    select: { number: true },
  });
  await creditWallet(db, client.userId, BigInt(order.totalPaisa));
  await withMoneyTransaction(db, (tx) => fundEscrow(tx, { orderId: order.id, actorId: client.userId, now: fundedAt }));
  // The work starts as the orders package would start it (payments never writes a status).
  await db.order.update({ where: { id: order.id }, data: { status: "IN_PROGRESS", fundedAt } });
  return { ...order, number };
}

async function release(db: Db, order: TestOrder, when: Date, amountPaisa?: bigint): Promise<string> {
  return withMoneyTransaction(db, async (tx) => {
    const released = await releaseEscrow(tx, {
      orderId: order.id,
      actorId: order.clientId,
      now: when,
      ...(amountPaisa ? { amountPaisa } : {}),
    });
    if (!amountPaisa) await tx.order.update({ where: { id: order.id }, data: { status: "COMPLETED", completedAt: when } });
    return released.transactionId;
  });
}

async function clear(db: Db, releaseId: string, when: Date): Promise<void> {
  await withMoneyTransaction(db, (tx) => clearRelease(tx, releaseId, when));
}

export async function createStatementWorld(db: Db): Promise<StatementWorld> {
  await ensureFeeSchedule(db);
  const year = Number(pktMonthKey(new Date()).slice(0, 4)) - 1;
  const freelancer = await createPerson(db, "Ayesha Khan");
  const client = await createPerson(db, "Kamran Butt");
  const other = await createPerson(db, "Other Freelancer");
  const admin = await createPerson(db, "Hunar Admin", { isAdmin: true });
  await db.profile.update({ where: { userId: freelancer.userId }, data: { cnic: "35202-1234567-1", ntn: "1234567-8" } });
  await db.profile.update({ where: { userId: client.userId }, data: { city: "Karachi" } });

  // A: Rs 10,000. Client fee 20,000; freelancer fee 50,000, net 950,000; released and cleared in March.
  const orderA = await paidOrder(db, client, freelancer.userId, 1_000_000, at(year, "03-01T05:00:00.000Z"));
  await clear(db, await release(db, orderA, at(year, "03-10T10:00:00.000Z")), at(year, "03-17T10:00:00.000Z"));
  // B: 333,333. Client fee 6,666.66 -> 6,667; freelancer fee 16,666.65 -> 16,667, net 316,666.
  // Released 31 May 20:00 UTC, which is 1 June 01:00 in Pakistan: a June line.
  const orderB = await paidOrder(db, client, freelancer.userId, 333_333, at(year, "05-20T09:00:00.000Z"));
  await clear(db, await release(db, orderB, at(year, "05-31T20:00:00.000Z")), at(year, "06-07T20:00:00.000Z"));
  // C: 200,000 with a title that needs CSV quoting; half released in July (fee 5,000, net 95,000), not cleared.
  const orderC = await paidOrder(db, client, freelancer.userId, 200_000, at(year, "06-15T09:00:00.000Z"), CSV_TITLE);
  await release(db, orderC, at(year, "07-05T09:00:00.000Z"), 100_000n);

  // Someone else's order in March (client fee 10,000, freelancer fee 25,000): revenue only.
  const orderD = await paidOrder(db, client, other.userId, 500_000, at(year, "03-02T09:00:00.000Z"));
  await release(db, orderD, at(year, "03-20T09:00:00.000Z"));
  // An order refunded in full in August: its client fee (2,000) comes back out of revenue.
  const orderE = await paidOrder(db, client, other.userId, 100_000, at(year, "08-01T09:00:00.000Z"));
  await withMoneyTransaction(db, (tx) =>
    refundEscrow(tx, { orderId: orderE.id, actorId: admin.userId, now: at(year, "08-02T09:00:00.000Z") }),
  );
  // A goodwill credit of Rs 15 to the client out of revenue in September.
  await withMoneyTransaction(db, (tx) =>
    postTransaction(tx, {
      idempotencyKey: `test-goodwill:${client.userId}`,
      kind: "ADJUSTMENT",
      createdById: admin.userId,
      lines: [
        { account: { type: "PLATFORM_REVENUE" }, amountPaisa: -1_500n },
        { account: { type: "CLIENT_BALANCE", userId: client.userId }, amountPaisa: 1_500n },
      ],
      postedAt: at(year, "09-10T09:00:00.000Z"),
    }),
  );
  return { year, freelancer, client, other, admin, orderA, orderB, orderC };
}

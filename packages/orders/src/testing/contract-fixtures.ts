import type { Db } from "@hunar/db/client";
import { calculateFees } from "@hunar/payments/fees/calculate-fees";
import { getFeeScheduleInForce } from "@hunar/payments/fees/fee-schedule";
import { splitClientFee } from "@hunar/payments/fees/split-client-fee";
import { creditWallet } from "@hunar/payments/testing/payment-fixtures";
import { payOrder } from "../checkout/pay-order.ts";
import type { OrderWorld } from "./order-fixtures.ts";

/*
 * Test-only: a contract with milestones, written straight into the database as the contracts
 * package would make it (fees of the schedule in force on the sum of the milestones, the client
 * fee shared with splitClientFee), PENDING_PAYMENT. Everything after that goes through the real
 * functions.
 */

export interface TestMilestonePlan {
  title: string;
  amountPaisa: number;
  durationDays: number;
}

export interface TestContract {
  id: string;
  number: number;
  clientId: string;
  freelancerId: string;
  subtotalPaisa: number;
  clientFeePaisa: number;
  freelancerFeePaisa: number;
  totalPaisa: number;
  milestones: { id: string; position: number; title: string; amountPaisa: number; clientFeePaisa: number; durationDays: number }[];
}

export const TWO_MILESTONES: readonly TestMilestonePlan[] = [
  { title: "Design", amountPaisa: 2_000_000, durationDays: 5 },
  { title: "Product pages", amountPaisa: 3_000_001, durationDays: 7 },
];

export async function createContractOrder(
  db: Db,
  world: OrderWorld,
  options: { milestones?: readonly TestMilestonePlan[]; revisionsAllowed?: number | null } = {},
): Promise<TestContract> {
  const plan = options.milestones ?? TWO_MILESTONES;
  const schedule = await getFeeScheduleInForce(db);
  const fees = calculateFees(
    plan.reduce((sum, m) => sum + m.amountPaisa, 0),
    schedule,
  );
  const shares = splitClientFee(
    fees.clientFeePaisa,
    plan.map((m) => m.amountPaisa),
  );
  const order = await db.order.create({
    data: {
      source: "PROPOSAL",
      clientId: world.client.userId,
      freelancerId: world.freelancer.userId,
      title: "Website for a Karachi clothes shop",
      subtotalPaisa: fees.subtotalPaisa,
      clientFeePaisa: fees.clientFeePaisa,
      freelancerFeePaisa: fees.freelancerFeePaisa,
      totalPaisa: fees.totalPaisa,
      feeScheduleId: schedule.id,
      freelancerFeeBps: schedule.freelancerFeeBps,
      clientFeeBps: schedule.clientFeeBps,
      minimumFeePaisa: schedule.minimumFeePaisa,
      clearanceDays: schedule.clearanceDays,
      deliveryDays: plan.reduce((sum, m) => sum + m.durationDays, 0),
      revisionsAllowed: options.revisionsAllowed === undefined ? 2 : options.revisionsAllowed,
      milestones: {
        create: plan.map((m, index) => ({ ...m, position: index + 1, clientFeePaisa: shares[index] ?? 0 })),
      },
    },
    select: {
      id: true,
      number: true,
      clientId: true,
      freelancerId: true,
      subtotalPaisa: true,
      clientFeePaisa: true,
      freelancerFeePaisa: true,
      totalPaisa: true,
      milestones: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, title: true, amountPaisa: true, clientFeePaisa: true, durationDays: true },
      },
    },
  });
  return order;
}

/** The client pays what is due now (the next milestone with its fee share) from a wallet credited with exactly that. */
export async function payNextMilestone(db: Db, contract: TestContract, position: number): Promise<void> {
  const milestone = contract.milestones.find((m) => m.position === position);
  if (!milestone) throw new Error(`no milestone ${position}`);
  await creditWallet(db, contract.clientId, BigInt(milestone.amountPaisa + milestone.clientFeePaisa));
  await payOrder(db, { userId: contract.clientId }, { orderId: contract.id, method: "wallet" });
}

import type { Db } from "@hunar/db/client";
import { creditWallet } from "@hunar/payments/testing/payment-fixtures";
import { payOrder } from "../checkout/pay-order.ts";
import { placeContractOrder } from "../contracts/place-contract-order.ts";
import type { OrderWorld } from "./order-fixtures.ts";

/*
 * Test-only: a contract with milestones, PENDING_PAYMENT, made by placeContractOrder as accepting
 * a proposal makes it (without the job and proposal around it). Everything after that goes
 * through the real functions too.
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
  // A plan states due days counted from the start; placeContractOrder turns them back into each milestone's days.
  let dueDays = 0;
  const milestones = plan.map((m) => ({ title: m.title, amountPaisa: m.amountPaisa, dueDays: (dueDays += m.durationDays) }));
  const placed = await db.$transaction((tx) =>
    placeContractOrder(tx, {
      source: "PROPOSAL",
      clientId: world.client.userId,
      freelancerId: world.freelancer.userId,
      title: "Website for a Karachi clothes shop",
      requirements: null,
      pricePaisa: plan.reduce((sum, m) => sum + m.amountPaisa, 0),
      deliveryDays: dueDays,
      revisionsAllowed: options.revisionsAllowed === undefined ? 2 : options.revisionsAllowed,
      milestones,
    }),
  );
  return db.order.findUniqueOrThrow({
    where: { id: placed.id },
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
}

/** The client pays what is due now (the next milestone with its fee share) from a wallet credited with exactly that. */
export async function payNextMilestone(db: Db, contract: TestContract, position: number): Promise<void> {
  const milestone = contract.milestones.find((m) => m.position === position);
  if (!milestone) throw new Error(`no milestone ${position}`);
  await creditWallet(db, contract.clientId, BigInt(milestone.amountPaisa + milestone.clientFeePaisa));
  await payOrder(db, { userId: contract.clientId }, { orderId: contract.id, method: "wallet" });
}

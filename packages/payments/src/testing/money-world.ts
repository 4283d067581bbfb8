import { isAppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/client";
import { fundEscrow } from "../escrow/fund-escrow.ts";
import { refundEscrow } from "../escrow/refund-escrow.ts";
import { releaseEscrow } from "../escrow/release-escrow.ts";
import { getAccountBalance } from "../ledger/balances.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { addPayoutMethod } from "../payouts/add-payout-method.ts";
import { createOrder, createPerson, creditWallet, ensureFeeSchedule, type TestOrder, type TestPerson } from "./payment-fixtures.ts";

/*
 * A small marketplace for the ledger's property tests: two clients, two freelancers with a
 * payout method each, an admin, and a model of what every balance should be, updated only from
 * what the real functions report they did. The tests compare the database with the model.
 */

export interface ModelOrder extends TestOrder {
  funded: bigint;
  released: bigint;
  refunded: bigint;
}

export interface MoneyWorld {
  db: Db;
  run: number;
  admin: TestPerson & { isAdmin: true };
  clients: TestPerson[];
  freelancers: (TestPerson & { payoutMethodId: string })[];
  orders: ModelOrder[];
  payouts: { id: string; userId: string; amount: bigint; open: boolean }[];
  /** Expected balances by account key. */
  expected: Map<string, bigint>;
  /** Idempotency keys that were replayed: each must exist exactly once. */
  replayedKeys: Set<string>;
  payoutMinimum: bigint;
}

let runs = 0;

export async function createMoneyWorld(db: Db): Promise<MoneyWorld> {
  runs += 1;
  const schedule = await ensureFeeSchedule(db);
  const person = (name: string) => createPerson(db, name);
  const freelancers = [];
  for (const [i, name] of ["Ayesha Khan", "Usman Tariq"].entries()) {
    const f = await person(name);
    const method = await addPayoutMethod(db, f, {
      rail: "JAZZCASH",
      accountTitle: name,
      accountNumber: `0300${String(runs * 10 + i).padStart(7, "0")}`,
    });
    freelancers.push({ ...f, payoutMethodId: method.id });
  }
  const revenue = await getAccountBalance(db, { type: "PLATFORM_REVENUE" });
  return {
    db,
    run: runs,
    admin: { ...(await createPerson(db, "Hunar Admin", { isAdmin: true })), isAdmin: true },
    clients: [await person("Saad Rehman"), await person("Nadia Hussain")],
    freelancers,
    orders: [],
    payouts: [],
    expected: new Map([[REVENUE, revenue]]),
    replayedKeys: new Set(),
    payoutMinimum: BigInt(schedule.payoutMinimumPaisa),
  };
}

export const walletKey = (userId: string) => `user:${userId}:CLIENT_BALANCE`;
export const pendingKey = (userId: string) => `user:${userId}:FREELANCER_PENDING`;
export const availableKey = (userId: string) => `user:${userId}:FREELANCER_AVAILABLE`;
export const clearingKey = (userId: string) => `user:${userId}:PAYOUT_CLEARING`;
export const escrowKey = (orderId: string) => `order:${orderId}:ORDER_ESCROW`;
export const REVENUE = "platform:PLATFORM_REVENUE";

export function move(world: MoneyWorld, key: string, amount: bigint): void {
  world.expected.set(key, (world.expected.get(key) ?? 0n) + amount);
}

export function expectedOf(world: MoneyWorld, key: string): bigint {
  return world.expected.get(key) ?? 0n;
}

/** Refusals a random sequence legitimately runs into; anything else is a bug. */
const EXPECTED_REFUSALS = new Set([
  "payments:errors.ledger.insufficientFunds",
  "payments:errors.ledger.orderNotPayable",
  "payments:errors.ledger.orderNotFunded",
  "payments:errors.ledger.amountExceedsEscrow",
  "payments:errors.payouts.insufficientFunds",
  "payments:errors.payouts.belowMinimum",
  "payments:errors.payouts.alreadyDecided",
]);

export function isExpectedRefusal(error: unknown): boolean {
  return isAppError(error) && EXPECTED_REFUSALS.has(error.messageKey);
}

/** A new order, waiting for payment, between client c and freelancer f. */
export async function newOrder(world: MoneyWorld, c: number, f: number, subtotalPaisa: number): Promise<ModelOrder> {
  const client = world.clients[c % world.clients.length] as TestPerson;
  const freelancer = world.freelancers[f % world.freelancers.length] as TestPerson;
  const order = await createOrder(world.db, { clientId: client.userId, freelancerId: freelancer.userId, subtotalPaisa });
  const modelled = { ...order, funded: 0n, released: 0n, refunded: 0n };
  world.orders.push(modelled);
  return modelled;
}

/** Money paid into a client's wallet. */
export async function topUp(world: MoneyWorld, clientId: string, amountPaisa: bigint): Promise<void> {
  await creditWallet(world.db, clientId, amountPaisa);
  move(world, walletKey(clientId), amountPaisa);
}

export async function fund(world: MoneyWorld, order: ModelOrder): Promise<"funded" | "replayed"> {
  const { replayed } = await withMoneyTransaction(world.db, (tx) => fundEscrow(tx, { orderId: order.id, actorId: order.clientId }));
  if (replayed) return "replayed";
  move(world, walletKey(order.clientId), -BigInt(order.totalPaisa));
  move(world, escrowKey(order.id), BigInt(order.subtotalPaisa));
  move(world, REVENUE, BigInt(order.clientFeePaisa));
  order.funded += BigInt(order.subtotalPaisa);
  return "funded";
}

export async function release(world: MoneyWorld, order: ModelOrder, amountPaisa?: bigint, idempotencyKey?: string): Promise<void> {
  const done = await withMoneyTransaction(world.db, (tx) =>
    releaseEscrow(tx, {
      orderId: order.id,
      actorId: order.clientId,
      ...(amountPaisa ? { amountPaisa } : {}),
      ...(idempotencyKey ? { idempotencyKey } : {}),
    }),
  );
  if (done.replayed) {
    world.replayedKeys.add(idempotencyKey ?? "");
    return;
  }
  move(world, escrowKey(order.id), -done.amountPaisa);
  if (done.amountPaisa !== (amountPaisa ?? order.funded - order.released - order.refunded)) {
    throw new Error(`release of ${order.id} moved ${done.amountPaisa}`);
  }
  move(world, pendingKey(order.freelancerId), done.netPaisa);
  move(world, REVENUE, done.feePaisa);
  order.released += done.amountPaisa;
}

export async function refund(world: MoneyWorld, order: ModelOrder, amountPaisa?: bigint): Promise<void> {
  const done = await withMoneyTransaction(world.db, (tx) =>
    refundEscrow(tx, { orderId: order.id, actorId: order.freelancerId, ...(amountPaisa ? { amountPaisa } : {}) }),
  );
  // The model's own rule: the client fee comes back only with all of an untouched escrow.
  const untouched = order.released === 0n && order.refunded === 0n && done.amountPaisa === BigInt(order.subtotalPaisa);
  if (done.clientFeeReturnedPaisa !== (untouched ? BigInt(order.clientFeePaisa) : 0n)) {
    throw new Error(`refund of ${order.id} returned a client fee of ${done.clientFeeReturnedPaisa}`);
  }
  move(world, escrowKey(order.id), -done.amountPaisa);
  move(world, walletKey(order.clientId), done.amountPaisa + done.clientFeeReturnedPaisa);
  if (done.clientFeeReturnedPaisa > 0n) move(world, REVENUE, -done.clientFeeReturnedPaisa);
  order.refunded += done.amountPaisa;
}

/** Everything pending becomes available (the sweep runs with a clock past every clearance). */
export function clearAllPending(world: MoneyWorld): void {
  for (const f of world.freelancers) {
    move(world, availableKey(f.userId), expectedOf(world, pendingKey(f.userId)));
    world.expected.set(pendingKey(f.userId), 0n);
  }
}

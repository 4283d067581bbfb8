import fc from "fast-check";
import { expect } from "vitest";
import { clearDueEarnings } from "../escrow/clear-due-earnings.ts";
import { checkLedger } from "./check-ledger.ts";
import { pay, reject, withdraw } from "./money-world-payouts.ts";
import {
  availableKey,
  clearAllPending,
  expectedOf,
  fund,
  isExpectedRefusal,
  type MoneyWorld,
  newOrder,
  refund,
  release,
  topUp,
  walletKey,
} from "./money-world.ts";

/** One step of a random session; `together` runs the step's requests concurrently. */
export type MoneyOp =
  | { t: "order"; c: number; f: number; subtotal: number; short: boolean }
  | { t: "fund"; o: number; twice: boolean }
  | { t: "release"; o: number; percent: number; replay: boolean }
  | { t: "refund"; o: number; percent: number }
  | { t: "releaseVsRefund"; o: number }
  | { t: "clear" }
  | { t: "withdraw"; f: number; percent: number; replay: boolean }
  | { t: "decide"; p: number; how: "pay" | "reject" | "both" };

const idx = fc.nat({ max: 20 });
// 0 means "all of it"; otherwise a percentage of what there is.
const percent = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 }));

export const moneyOp: fc.Arbitrary<MoneyOp> = fc.oneof(
  {
    arbitrary: fc.record({
      t: fc.constant("order" as const),
      c: idx,
      f: idx,
      subtotal: fc.integer({ min: 1_000, max: 900_000 }),
      short: fc.boolean(),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ t: fc.constant("fund" as const), o: idx, twice: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant("release" as const), o: idx, percent, replay: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant("refund" as const), o: idx, percent }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant("releaseVsRefund" as const), o: idx }), weight: 2 },
  { arbitrary: fc.constant({ t: "clear" as const }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant("withdraw" as const), f: idx, percent, replay: fc.boolean() }), weight: 3 },
  {
    arbitrary: fc.record({
      t: fc.constant("decide" as const),
      p: idx,
      how: fc.constantFrom("pay" as const, "reject" as const, "both" as const),
    }),
    weight: 2,
  },
);

let keys = 0;
// undefined = all of it; never zero (a zero amount is a different error, tested elsewhere).
const part = (whole: bigint, pct: number) => {
  const amount = (whole * BigInt(pct)) / 100n;
  return pct === 0 || amount === 0n ? undefined : amount;
};

/** Runs a request, accepting only the refusals a random session legitimately meets. */
async function attempt(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    // A request that went through but only replayed an earlier one moved nothing.
    return (await fn()) !== "replayed";
  } catch (error) {
    if (isExpectedRefusal(error)) return false;
    throw error;
  }
}

/** Runs several requests at once (or one after another); how many went through. */
async function race(together: boolean, fns: (() => Promise<unknown>)[]): Promise<number> {
  if (!together) {
    let ok = 0;
    for (const fn of fns) if (await attempt(fn)) ok += 1;
    return ok;
  }
  const results = await Promise.all(fns.map((fn) => attempt(fn)));
  return results.filter(Boolean).length;
}

export async function applyOp(world: MoneyWorld, op: MoneyOp, together: boolean): Promise<void> {
  const order = world.orders.length ? world.orders[("o" in op ? op.o : 0) % world.orders.length] : undefined;
  const heldBy = (o: NonNullable<typeof order>) => o.funded - o.released - o.refunded;
  switch (op.t) {
    case "order": {
      const created = await newOrder(world, op.c, op.f, op.subtotal);
      // Money for its total, or one paisa less: then only leftovers can make the funding work.
      await topUp(world, created.clientId, BigInt(created.totalPaisa) - (op.short ? 1n : 0n));
      return;
    }
    case "fund": {
      if (!order) return;
      const payable = order.funded === 0n;
      const covered = expectedOf(world, walletKey(order.clientId)) >= BigInt(order.totalPaisa);
      const ok = await race(
        together,
        Array.from({ length: op.twice ? 2 : 1 }, () => () => fund(world, order)),
      );
      // Of two payments of one order exactly one moves money (the other replays its key); none
      // when the wallet is short.
      expect(ok).toBe(payable && covered ? 1 : 0);
      return;
    }
    case "release": {
      if (!order) return;
      const held = heldBy(order);
      keys += 1;
      const key = op.replay ? `prop:${world.run}:release:${keys}` : undefined;
      const times = op.replay ? 2 : 1;
      const ok = await race(
        together,
        Array.from({ length: times }, () => () => release(world, order, part(held, op.percent), key)),
      );
      // A replay of the same release is answered, not refused, and moves nothing (the model
      // moves only for the one that was not replayed; checkLedger compares).
      expect(ok).toBe(held > 0n ? times : 0);
      return;
    }
    case "refund": {
      if (!order) return;
      const held = heldBy(order);
      expect(await race(together, [() => refund(world, order, part(held, op.percent))])).toBe(held > 0n ? 1 : 0);
      return;
    }
    case "releaseVsRefund": {
      if (!order) return;
      const held = heldBy(order);
      const ok = await race(together, [() => release(world, order), () => refund(world, order)]);
      expect(ok).toBe(held > 0n ? 1 : 0);
      return;
    }
    case "clear":
      await clearDueEarnings(world.db, new Date(Date.now() + 30 * 24 * 60 * 60 * 1000));
      clearAllPending(world);
      return;
    case "withdraw": {
      const freelancer = world.freelancers[op.f % world.freelancers.length];
      if (!freelancer) return;
      const available = expectedOf(world, availableKey(freelancer.userId));
      if (available <= 0n) return;
      const amount = part(available, op.percent) ?? available;
      keys += 1;
      const requestKey = `prop-${world.run}-${keys}-withdraw`;
      const ids = new Set<string>();
      const ok = await race(
        together,
        Array.from({ length: op.replay ? 2 : 1 }, () => async () => ids.add((await withdraw(world, op.f, amount, requestKey)).id)),
      );
      // A replayed form post returns the first request and moves nothing more.
      expect(ids.size).toBeLessThanOrEqual(1);
      expect(ok, "requestPayout: a submit replayed while the first is in flight must get the first request back, not a refusal").toBe(
        amount >= world.payoutMinimum ? (op.replay ? 2 : 1) : 0,
      );
      return;
    }
    case "decide": {
      const open = world.payouts.filter((p) => p.open);
      const payout = open[op.p % Math.max(open.length, 1)];
      if (!payout) return;
      const fns =
        op.how === "both"
          ? [() => pay(world, payout), () => reject(world, payout)]
          : [op.how === "pay" ? () => pay(world, payout) : () => reject(world, payout)];
      // Of a pay and a reject of one request exactly one decides it.
      expect(await race(together, fns)).toBe(1);
      return;
    }
  }
}

/** Runs a session step by step, checking every guarantee after each step. */
export async function runSession(world: MoneyWorld, ops: MoneyOp[], together: boolean): Promise<void> {
  for (const op of ops) {
    await applyOp(world, op, together);
    await checkLedger(world);
  }
  sessionStats.push(summarise(world));
}

/** What sessions actually did, so a test can prove it exercised each path (not just no-ops). */
export const sessionStats: { orders: number; funded: number; released: number; refunded: number; payouts: number; decided: number }[] = [];

function summarise(world: MoneyWorld) {
  return {
    orders: world.orders.length,
    funded: world.orders.filter((o) => o.funded > 0n).length,
    released: world.orders.filter((o) => o.released > 0n).length,
    refunded: world.orders.filter((o) => o.refunded > 0n).length,
    payouts: world.payouts.length,
    decided: world.payouts.filter((p) => !p.open).length,
  };
}

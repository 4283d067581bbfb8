import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MoneyOp, moneyOp, runSession, sessionStats } from "../testing/money-ops.ts";
import { createMoneyWorld } from "../testing/money-world.ts";

/*
 * Random sessions of fund, release, refund, clear, withdraw, pay and reject, with replays of the
 * same request and (on PostgreSQL) requests racing each other, checking after every step that
 * money is conserved, nothing is below zero, every key posted once, escrow equals funded minus
 * released minus refunded, and cached balances equal their entries (see checkLedger).
 */

const session = fc.array(moneyOp, { minLength: 4, maxLength: 14 });
// Sessions start by taking money along every path once (fund, release, refund, clear, withdraw,
// pay or reject), so later random steps have something to act on; the rest is random.
const opening = fc
  .array(fc.record({ c: fc.nat(3), f: fc.nat(3), subtotal: fc.integer({ min: 120_000, max: 900_000 }), twice: fc.boolean() }), {
    minLength: 2,
    maxLength: 3,
  })
  .map((orders): MoneyOp[] => [
    ...orders.map(({ c, f, subtotal }) => ({ t: "order" as const, c, f, subtotal, short: false })),
    ...orders.map(({ twice }, o) => ({ t: "fund" as const, o, twice })),
    { t: "release", o: 0, percent: 0, replay: false },
    { t: "refund", o: 1, percent: 50 },
    { t: "clear" },
    { t: "withdraw", f: orders[0]?.f ?? 0, percent: 0, replay: true },
    { t: "decide", p: 0, how: "both" },
  ]);

describe.each(testDbKinds())("ledger guarantees over random sessions on %s", (kind) => {
  const t = useTestDb(kind);
  // PGlite has one connection, so there the steps run one after another.
  const together = kind === "postgres";

  it("hold after every step", { timeout: 240_000 }, async () => {
    sessionStats.length = 0;
    await fc.assert(
      fc.asyncProperty(opening, session, async (first, rest) => {
        const world = await createMoneyWorld(t.db);
        await runSession(world, [...first, ...rest], together);
      }),
      { numRuns: together ? 12 : 6, endOnFailure: true },
    );
    // The sessions did move money along every path, not only refusals.
    const total = (field: keyof (typeof sessionStats)[number]) => sessionStats.reduce((sum, s) => sum + s[field], 0);
    console.info("ledger property sessions:", JSON.stringify(sessionStats));
    for (const field of ["funded", "released", "refunded", "payouts", "decided"] as const) expect(total(field)).toBeGreaterThan(0);
  });
});

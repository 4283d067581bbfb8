import { setTimeout as sleep } from "node:timers/promises";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBalanceMismatches, getUserBalances } from "../ledger/balances.ts";
import { createPerson } from "../testing/payment-fixtures.ts";
import { addPayoutMethod } from "./add-payout-method.ts";
import { markPayoutPaid } from "./mark-payout-paid.ts";
import { seedFeeSchedule, makeAvailable, newRequestKey, VALID_IBAN } from "./payout-test-world.ts";
import { rejectPayout } from "./reject-payout.ts";
import { cancelPayout } from "./cancel-payout.ts";
import { requestPayout } from "./request-payout.ts";

const KEY = "payments:errors.payouts";

// PGlite has one connection, so transactions there never overlap: the races need PostgreSQL.
// Skipped (not absent) without TEST_DATABASE_URL, so the file still reports its suite.
const onPostgres = testDbKinds().includes("postgres");

describe.skipIf(!onPostgres)("concurrent payouts on postgres", () => {
  const kind = "postgres" as const;
  let testDb: TestDb;
  let admin: { userId: string; isAdmin: true };
  const db = () => testDb.db;

  async function freelancerWith(amountPaisa: bigint) {
    const person = await createPerson(db(), "Racing Freelancer");
    const method = await addPayoutMethod(db(), person, { rail: "IBAN", accountTitle: "Racing Freelancer", accountNumber: VALID_IBAN });
    await makeAvailable(db(), person.userId, amountPaisa);
    return { person, methodId: method.id };
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedFeeSchedule(db());
    admin = { userId: (await createPerson(db(), "Hunar Admin", { isAdmin: true })).userId, isAdmin: true };
  });
  afterAll(async () => {
    expect(await findBalanceMismatches(db())).toEqual([]);
    await testDb.close();
  });

  it("two withdrawals of the whole balance at once: exactly one succeeds, the other is told there is not enough", async () => {
    for (let round = 0; round < 4; round++) {
      const { person, methodId } = await freelancerWith(250_000n);
      const results = await Promise.allSettled(
        [0, 1].map(() => requestPayout(db(), person, { payoutMethodId: methodId, amountPaisa: 250_000n, requestKey: newRequestKey() })),
      );
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r) => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost.map((r) => r.reason as unknown)).toMatchObject([
        { code: "CONFLICT", messageKey: `${KEY}.insufficientFunds`, params: { availablePaisa: "0" } },
      ]);
      expect(await getUserBalances(db(), person.userId)).toMatchObject({ available: 0n, clearing: 250_000n });
      expect(await db().payoutRequest.count({ where: { userId: person.userId } })).toBe(1);
    }
  });

  it("the same form submitted three times at once makes one request and moves the money once", async () => {
    const { person, methodId } = await freelancerWith(300_000n);
    const requestKey = newRequestKey();
    const results = await Promise.all(
      [0, 1, 2].map(() => requestPayout(db(), person, { payoutMethodId: methodId, amountPaisa: 100_000n, requestKey })),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await db().payoutRequest.count({ where: { userId: person.userId } })).toBe(1);
    expect(await getUserBalances(db(), person.userId)).toMatchObject({ available: 200_000n, clearing: 100_000n });
  });

  it("the same whole-balance withdrawal submitted 8 times at once, 20 rounds: one request, money moved once, every submit gets it", async () => {
    for (let round = 0; round < 20; round++) {
      const { person, methodId } = await freelancerWith(200_000n);
      const requestKey = newRequestKey();
      // The submits start a few milliseconds apart, so some arrive while the first is inside its
      // transaction and some just after it committed: the windows where a duplicate could miss the
      // key and then find the balance spent. allSettled, so a refusal shows up with its reason.
      const submit = async (i: number) => {
        await sleep(i * (2 + (round % 4)));
        return requestPayout(db(), person, { payoutMethodId: methodId, amountPaisa: 200_000n, requestKey });
      };
      const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => submit(i)));
      const refused = results.flatMap((r) =>
        r.status === "rejected" ? [String((r.reason as { messageKey?: string }).messageKey ?? r.reason)] : [],
      );
      expect({ round, refused }).toEqual({ round, refused: [] });
      const answers = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      expect(new Set(answers.map((a) => a.id)).size).toBe(1);
      expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
      expect(answers.every((a) => a.amountPaisa === 200_000n && a.status === "REQUESTED")).toBe(true);
      expect(await db().payoutRequest.count({ where: { userId: person.userId } })).toBe(1);
      expect(await db().ledgerTransaction.count({ where: { idempotencyKey: `payout:${person.userId}:${requestKey}` } })).toBe(1);
      expect(await getUserBalances(db(), person.userId)).toMatchObject({ available: 0n, clearing: 200_000n });
    }
  });

  it("pay, reject and cancel of one request at once: exactly one decision lands", async () => {
    for (let round = 0; round < 3; round++) {
      const { person, methodId } = await freelancerWith(100_000n);
      const request = await requestPayout(db(), person, { payoutMethodId: methodId, amountPaisa: 100_000n, requestKey: newRequestKey() });
      const results = await Promise.allSettled([
        markPayoutPaid(db(), admin, { payoutRequestId: request.id, reference: `RACE-${round}-${request.id.slice(-6)}` }),
        rejectPayout(db(), admin, { payoutRequestId: request.id, reason: "Title mismatch" }),
        cancelPayout(db(), person, request.id),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.filter((r) => r.status === "rejected").map((r) => (r.reason as { code: string }).code)).toEqual([
        "INVALID_STATE",
        "INVALID_STATE",
      ]);
      const balances = await getUserBalances(db(), person.userId);
      const final = await db().payoutRequest.findUniqueOrThrow({ where: { id: request.id } });
      expect(balances.clearing).toBe(0n);
      expect(balances.available).toBe(final.status === "PAID" ? 0n : 100_000n);
      expect(await db().ledgerTransaction.count({ where: { payoutRequestId: request.id } })).toBe(2);
    }
  });

  it("one bank reference typed for two requests at once settles only one", async () => {
    const a = await freelancerWith(100_000n);
    const b = await freelancerWith(100_000n);
    const ra = await requestPayout(db(), a.person, { payoutMethodId: a.methodId, amountPaisa: 100_000n, requestKey: newRequestKey() });
    const rb = await requestPayout(db(), b.person, { payoutMethodId: b.methodId, amountPaisa: 100_000n, requestKey: newRequestKey() });
    const results = await Promise.allSettled([
      markPayoutPaid(db(), admin, { payoutRequestId: ra.id, reference: "SAME-REF-2026" }),
      markPayoutPaid(db(), admin, { payoutRequestId: rb.id, reference: "SAME-REF-2026" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => r.reason as unknown)).toMatchObject([
      { code: "CONFLICT", messageKey: `${KEY}.referenceUsed` },
    ]);
    const paid = await db().payoutRequest.count({ where: { id: { in: [ra.id, rb.id] }, status: "PAID" } });
    expect(paid).toBe(1);
  });
});

import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelUnpaidOrder } from "./cancel-unpaid-order.ts";
import { type CheckoutWorld, createCheckoutWorld } from "./checkout-fixtures.ts";
import { payOrder } from "./pay-order.ts";
import { placeGigOrder } from "./place-gig-order.ts";
import { findBalanceMismatches, getUserBalances } from "@hunar/payments/ledger/balances";
import { createPerson, type TestPerson } from "@hunar/payments/testing/payment-fixtures";
import { confirmFunding, rejectFunding } from "@hunar/payments/funding/confirm-funding";
import { signGatewayPayload } from "@hunar/payments/funding/gateway-signature";
import { handleGatewayCallback } from "@hunar/payments/funding/handle-gateway-callback";
import { submitManualFunding } from "@hunar/payments/funding/manual-provider";
import { orderFunding } from "../order-funding.ts";

// PGlite has one connection, so transactions there never overlap: the races need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");
const secret = "race-test-gateway-secret-0123456789";
let counter = 0;
const ref = () => `RACE-${process.pid}-${++counter}`;

// Skipped (not absent) without PostgreSQL, so the file still declares a suite; CI always has it.
describe.skipIf(!onPostgres)("concurrent funding on postgres", () => {
  const kind = "postgres" as const;
  let testDb: TestDb;
  let w: CheckoutWorld;
  let secondAdmin: TestPerson & { isAdmin: true };
  const db = () => testDb.db;
  const wallet = async (userId: string) => (await getUserBalances(db(), userId)).wallet;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    w = await createCheckoutWorld(db());
    secondAdmin = { ...(await createPerson(db(), "Second Admin", { isAdmin: true })), isAdmin: true };
  });
  afterAll(() => testDb.close());

  it("of a confirm and a reject of one request exactly one wins", async () => {
    let confirmed = 0n;
    for (let round = 0; round < 6; round++) {
      const { request } = await submitManualFunding(
        db(),
        w.client,
        {
          amountPaisa: 10_000n + BigInt(round),
          rail: "RAAST",
          reference: ref(),
        },
        orderFunding,
      );
      const decisions = [
        confirmFunding(db(), w.admin, { fundingRequestId: request.id, reason: "Seen on statement" }, orderFunding),
        rejectFunding(db(), secondAdmin, { fundingRequestId: request.id, reason: "Not on statement" }),
      ];
      // Alternate who starts first, so both orders of arrival are exercised.
      const results = await Promise.allSettled(round % 2 === 0 ? decisions : [...decisions].reverse());
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r) => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost.map((r) => (r.reason as { messageKey?: string }).messageKey)).toEqual(["payments:errors.funding.alreadyDecided"]);
      const final = await db().fundingRequest.findUniqueOrThrow({ where: { id: request.id } });
      expect(final.status).toBe(won[0]?.value.request.status);
      if (final.status === "CONFIRMED") confirmed += request.amountPaisa;
      expect(await db().auditLog.count({ where: { targetId: request.id } })).toBe(1);
      expect(await db().ledgerTransaction.count({ where: { fundingRequestId: request.id } })).toBe(final.status === "CONFIRMED" ? 1 : 0);
    }
    expect(await wallet(w.client.userId)).toBe(confirmed);
  });

  it("of simultaneous submissions of one reference exactly one is recorded", async () => {
    const reference = ref();
    const results = await Promise.allSettled(
      [w.client, w.stranger, w.client, w.stranger].map((user) =>
        submitManualFunding(db(), user, { amountPaisa: 5_000n, rail: "JAZZCASH", reference }, orderFunding),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toMatchObject({ code: "CONFLICT", messageKey: "payments:errors.funding.referenceUsed" });
    }
    expect(await db().fundingRequest.count({ where: { rail: "JAZZCASH", providerReference: reference } })).toBe(1);
  });

  it("simultaneous deliveries of one gateway event credit once and all report the same outcome", async () => {
    const user = await createPerson(db(), "Gateway Payer");
    const { request } = await submitManualFunding(db(), user, { amountPaisa: 77_000n, rail: "EASYPAISA", reference: ref() }, orderFunding);
    const rawBody = JSON.stringify({
      eventId: `evt-${request.id}`,
      fundingRequestId: request.id,
      status: "succeeded",
      amountPaisa: "77000",
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const delivery = { rawBody, timestamp, signature: signGatewayPayload(secret, timestamp, rawBody) };
    const results = await Promise.all([1, 2, 3, 4].map(() => handleGatewayCallback(db(), delivery, orderFunding, { secret })));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(["CONFIRMED"]));
    expect(await wallet(user.userId)).toBe(77_000n);
  });

  it("an admin confirming a transfer while the client cancels the order: either funded or cancelled with the money in the wallet", async () => {
    for (let round = 0; round < 4; round++) {
      const client = await createPerson(db(), `Racing Client ${round}`);
      const placed = await placeGigOrder(db(), client, { gigId: w.gigId, tier: "BASIC" });
      const pending = await payOrder(db(), client, { orderId: placed.id, method: "manual", rail: "IBAN", reference: ref() });
      const [confirm, cancel] = await Promise.allSettled([
        confirmFunding(db(), w.admin, { fundingRequestId: pending.funding?.id ?? "", reason: "Arrived" }, orderFunding),
        cancelUnpaidOrder(db(), client, placed.id),
      ]);
      expect(confirm.status).toBe("fulfilled");
      const order = await db().order.findUniqueOrThrow({ where: { id: placed.id } });
      if (cancel.status === "fulfilled") {
        expect(order.status).toBe("CANCELLED");
        expect(await wallet(client.userId)).toBe(510_000n);
      } else {
        expect(cancel.reason).toMatchObject({ code: "INVALID_STATE" });
        expect(order.status).toBe("IN_PROGRESS");
        expect(await wallet(client.userId)).toBe(0n);
      }
    }
    expect(await findBalanceMismatches(db())).toEqual([]);
  });
});

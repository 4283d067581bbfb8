import { walletOnlyFunding } from "../testing/wallet-only-funding.ts";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { getUserBalances } from "../ledger/balances.ts";
import { createPerson, type TestPerson } from "../testing/payment-fixtures.ts";
import { confirmFunding } from "./confirm-funding.ts";
import { signGatewayPayload } from "./gateway-signature.ts";
import { handleGatewayCallback } from "./handle-gateway-callback.ts";
import { submitManualFunding } from "./manual-provider.ts";

const secret = "gateway-test-secret-0123456789abcdef";
let counter = 0;

/** A PENDING request as a gateway adapter would have started it. */
async function pendingRequest(db: Parameters<typeof submitManualFunding>[0], user: TestPerson, amountPaisa: bigint): Promise<string> {
  counter += 1;
  const started = await submitManualFunding(
    db,
    user,
    { amountPaisa, rail: "JAZZCASH", reference: `JC-${process.pid}-${counter}-GW` },
    walletOnlyFunding,
  );
  return started.request.id;
}

function signed(event: Record<string, unknown>, options: { at?: Date; key?: string; raw?: string } = {}) {
  const rawBody = options.raw ?? JSON.stringify(event);
  const timestamp = String(Math.floor((options.at ?? new Date()).getTime() / 1000));
  return { rawBody: Buffer.from(rawBody), timestamp, signature: signGatewayPayload(options.key ?? secret, timestamp, rawBody) };
}

describe.each(testDbKinds())("gateway callbacks on %s", (kind) => {
  const t = useTestDb(kind);
  let client: TestPerson;
  let admin: TestPerson & { isAdmin: true };
  const wallet = async () => (await getUserBalances(t.db, client.userId)).wallet;

  beforeAll(async () => {
    client = await createPerson(t.db, "Bilal Ahmed");
    admin = { ...(await createPerson(t.db, "Hunar Admin", { isAdmin: true })), isAdmin: true };
  });

  it("a correctly signed success confirms like an admin would, audited as the gateway", async () => {
    const id = await pendingRequest(t.db, client, 300_000n);
    const start = await wallet();
    const result = await handleGatewayCallback(
      t.db,
      signed({ eventId: "evt_ok_1", fundingRequestId: id, status: "succeeded", amountPaisa: "300000" }),
      walletOnlyFunding,
      { secret },
    );
    expect(result).toEqual({ fundingRequestId: id, status: "CONFIRMED", orderFunded: false, replayed: false });
    expect(await wallet()).toBe(start + 300_000n);
    const posted = await t.db.ledgerTransaction.findUniqueOrThrow({ where: { idempotencyKey: `funding:${id}:confirm` } });
    expect(posted).toMatchObject({ kind: "FUNDING_CONFIRMED", createdById: null });
    const audit = await t.db.auditLog.findMany({ where: { targetId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "funding.gateway",
      actorId: null,
      data: expect.objectContaining({ eventId: "evt_ok_1" }) as unknown,
    });
    expect(await t.db.fundingRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CONFIRMED", reviewedById: null });
  });

  it("a replayed event moves nothing and returns the same result", async () => {
    const id = await pendingRequest(t.db, client, 80_000n);
    const event = { eventId: "evt_replay_1", fundingRequestId: id, status: "succeeded", amountPaisa: "80000" };
    const first = await handleGatewayCallback(t.db, signed(event), walletOnlyFunding, { secret });
    const afterFirst = await wallet();
    const again = await handleGatewayCallback(t.db, signed(event), walletOnlyFunding, { secret });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await wallet()).toBe(afterFirst);
    expect(await t.db.auditLog.count({ where: { targetId: id } })).toBe(1);
    // A different event about an already decided request is refused, not applied.
    await expect(
      handleGatewayCallback(t.db, signed({ ...event, eventId: "evt_replay_2", status: "failed" }), walletOnlyFunding, { secret }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("a failure rejects the request without moving money; its replay says the same", async () => {
    const id = await pendingRequest(t.db, client, 45_000n);
    const start = await wallet();
    const event = { eventId: "evt_failed_1", fundingRequestId: id, status: "failed", amountPaisa: "45000" };
    expect(await handleGatewayCallback(t.db, signed(event), walletOnlyFunding, { secret })).toMatchObject({
      status: "REJECTED",
      replayed: false,
    });
    expect(await handleGatewayCallback(t.db, signed(event), walletOnlyFunding, { secret })).toMatchObject({
      status: "REJECTED",
      replayed: true,
    });
    expect(await wallet()).toBe(start);
  });

  it("refuses a wrong signature, another secret and an old timestamp, changing nothing", async () => {
    const id = await pendingRequest(t.db, client, 60_000n);
    const event = { eventId: "evt_bad_sig", fundingRequestId: id, status: "succeeded", amountPaisa: "60000" };
    const good = signed(event);
    const attempts = [
      { ...good, signature: good.signature.replace(/^./, (c) => (c === "0" ? "1" : "0")) },
      signed(event, { key: "not-the-secret-0123456789abcdefghij" }),
      signed(event, { at: new Date(Date.now() - 6 * 60_000) }),
      { ...good, signature: undefined },
      { ...good, timestamp: null },
      { ...good, rawBody: Buffer.from(JSON.stringify({ ...event, amountPaisa: "6000000" })) },
    ];
    for (const attempt of attempts) {
      await expect(handleGatewayCallback(t.db, attempt, walletOnlyFunding, { secret })).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
        messageKey: "payments:errors.funding.signatureInvalid",
      });
    }
    expect(await t.db.fundingRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING" });
  });

  it("refuses an amount that differs from the request's, and malformed events", async () => {
    const id = await pendingRequest(t.db, client, 70_000n);
    await expect(
      handleGatewayCallback(
        t.db,
        signed({ eventId: "evt_amount", fundingRequestId: id, status: "succeeded", amountPaisa: "70001" }),
        walletOnlyFunding,
        { secret },
      ),
    ).rejects.toMatchObject({ code: "BAD_INPUT", messageKey: "payments:errors.funding.amountMismatch" });
    const malformed = [
      "not json",
      "",
      "null",
      JSON.stringify({ eventId: "evt_m1", fundingRequestId: id, status: "succeeded", amountPaisa: 70000 }),
      JSON.stringify({ eventId: "evt_m2", fundingRequestId: id, status: "succeeded", amountPaisa: "700.00" }),
      JSON.stringify({ eventId: "evt_m3", fundingRequestId: id, status: "refunded", amountPaisa: "70000" }),
      JSON.stringify({ fundingRequestId: id, status: "succeeded", amountPaisa: "70000" }),
    ];
    for (const raw of malformed) {
      await expect(handleGatewayCallback(t.db, signed({}, { raw }), walletOnlyFunding, { secret })).rejects.toMatchObject({
        code: "BAD_INPUT",
        messageKey: "payments:errors.funding.gatewayEventInvalid",
      });
    }
    await expect(
      handleGatewayCallback(
        t.db,
        signed({ eventId: "evt_unknown", fundingRequestId: "nope", status: "succeeded", amountPaisa: "1" }),
        walletOnlyFunding,
        { secret },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.fundingRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING" });
    expect(await t.db.auditLog.count({ where: { targetId: id } })).toBe(0);
  });

  it("is switched off without a secret", async () => {
    const id = await pendingRequest(t.db, client, 10_000n);
    const event = signed({ eventId: "evt_off", fundingRequestId: id, status: "succeeded", amountPaisa: "10000" });
    await expect(handleGatewayCallback(t.db, event, walletOnlyFunding, { secret: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an event for a request an admin already confirmed is refused and credits nothing more", async () => {
    const id = await pendingRequest(t.db, client, 20_000n);
    await confirmFunding(t.db, admin, { fundingRequestId: id, reason: "Seen on the statement" }, walletOnlyFunding);
    const after = await wallet();
    await expect(
      handleGatewayCallback(
        t.db,
        signed({ eventId: "evt_late", fundingRequestId: id, status: "succeeded", amountPaisa: "20000" }),
        walletOnlyFunding,
        { secret },
      ),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "payments:errors.funding.alreadyDecided" });
    expect(await wallet()).toBe(after);
  });
});

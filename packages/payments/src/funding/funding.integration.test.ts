import { walletOnlyFunding } from "../testing/wallet-only-funding.ts";
import { testDbKinds } from "@hunar/db/testing";
import { setTestUserSuspended } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePaymentsEnv } from "../env.ts";
import { findBalanceMismatches, getUserBalances } from "../ledger/balances.ts";
import { createPerson, type TestPerson } from "../testing/payment-fixtures.ts";
import { cancelFunding } from "./cancel-funding.ts";
import { confirmFunding, rejectFunding } from "./confirm-funding.ts";
import { MAX_FUNDING_PAISA } from "./funding-input.ts";
import { listFundingQueue, listMyFunding } from "./list-funding.ts";
import { submitManualFunding } from "./manual-provider.ts";
import { platformReceivingAccounts } from "./platform-accounts.ts";
import { createSandboxProvider, fundWithSandbox } from "./sandbox-provider.ts";

let refs = 0;
/** A fresh valid transfer reference. */
const ref = () => `TXN-${process.pid}-${++refs}-${Date.now().toString(36)}`.slice(0, 40);

describe.each(testDbKinds())("funding on %s", (kind) => {
  const t = useTestDb(kind);
  let client: TestPerson;
  let stranger: TestPerson;
  let admin: TestPerson & { isAdmin: true };
  const wallet = async (userId = client.userId) => (await getUserBalances(t.db, userId)).wallet;

  beforeAll(async () => {
    client = await createPerson(t.db, "Bilal Ahmed");
    stranger = await createPerson(t.db, "Sana Malik");
    admin = { ...(await createPerson(t.db, "Hunar Admin", { isAdmin: true })), isAdmin: true };
  });

  it("a manual submission waits, PENDING, for an admin and moves nothing", async () => {
    const reference = ref();
    const started = await submitManualFunding(
      t.db,
      client,
      { amountPaisa: 150_000n, rail: "JAZZCASH", reference: `  ${reference} ` },
      walletOnlyFunding,
    );
    expect(started).toMatchObject({ moved: false, orderFunded: false });
    expect(started.request).toMatchObject({
      status: "PENDING",
      rail: "JAZZCASH",
      providerReference: reference,
      amountPaisa: 150_000n,
      orderId: null,
    });
    expect(await wallet()).toBe(0n);
    expect((await listMyFunding(t.db, client.userId)).map((r) => r.id)).toContain(started.request.id);
    expect(await listMyFunding(t.db, stranger.userId)).toEqual([]);
    const queued = (await listFundingQueue(t.db)).find((r) => r.id === started.request.id);
    expect(queued?.client).toMatchObject({ id: client.userId, displayName: "Bilal Ahmed" });
  });

  it("lists the admin queue oldest first, pending requests only", async () => {
    const first = await submitManualFunding(t.db, stranger, { amountPaisa: 1_000n, rail: "IBAN", reference: ref() }, walletOnlyFunding);
    const second = await submitManualFunding(t.db, stranger, { amountPaisa: 2_000n, rail: "IBAN", reference: ref() }, walletOnlyFunding);
    await cancelFunding(t.db, stranger, second.request.id);
    const third = await submitManualFunding(t.db, stranger, { amountPaisa: 3_000n, rail: "IBAN", reference: ref() }, walletOnlyFunding);
    const ids = (await listFundingQueue(t.db)).map((r) => r.id);
    expect(ids).not.toContain(second.request.id);
    expect(ids.indexOf(first.request.id)).toBeLessThan(ids.indexOf(third.request.id));
  });

  it("refuses zero, negative, fractional, non-bigint and huge amounts, bad rails and bad references, creating nothing", async () => {
    const before = await t.db.fundingRequest.count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ amountPaisa: 0n }, "amountPaisa", "payments:errors.funding.amountInvalid"],
      [{ amountPaisa: -500n }, "amountPaisa", "payments:errors.funding.amountInvalid"],
      [{ amountPaisa: 10.5 }, "amountPaisa", "payments:errors.funding.amountInvalid"],
      [{ amountPaisa: 1000 }, "amountPaisa", "payments:errors.funding.amountInvalid"],
      [{ amountPaisa: "1000" }, "amountPaisa", "payments:errors.funding.amountInvalid"],
      [{ amountPaisa: MAX_FUNDING_PAISA + 1n }, "amountPaisa", "payments:errors.funding.amountTooLarge"],
      [{ rail: "PAYPAL" }, "rail", "payments:errors.funding.railInvalid"],
      [{ rail: undefined }, "rail", "payments:errors.funding.railInvalid"],
      [{ reference: "ab12" }, "reference", "payments:errors.funding.referenceInvalid"],
      [{ reference: "TXN 1234 56" }, "reference", "payments:errors.funding.referenceInvalid"],
      [{ reference: "TXN_123456" }, "reference", "payments:errors.funding.referenceInvalid"],
      [{ reference: "A".repeat(41) }, "reference", "payments:errors.funding.referenceInvalid"],
      [{ reference: "      " }, "reference", "payments:errors.funding.referenceInvalid"],
      [{ reference: 12345678 }, "reference", "payments:errors.funding.referenceInvalid"],
    ];
    for (const [override, field, key] of cases) {
      const input = { amountPaisa: 10_000n, rail: "RAAST", reference: ref(), ...override };
      await expect(
        submitManualFunding(t.db, client, input as never, walletOnlyFunding),
        JSON.stringify(override, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)),
      ).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { [field]: { key } },
      });
    }
    // The largest allowed amount and the shortest and longest references are fine.
    await submitManualFunding(
      t.db,
      client,
      { amountPaisa: MAX_FUNDING_PAISA, rail: "RAAST", reference: `${refs++}`.padStart(6, "R") },
      walletOnlyFunding,
    );
    await submitManualFunding(t.db, client, { amountPaisa: 1n, rail: "RAAST", reference: ref().padEnd(40, "9") }, walletOnlyFunding);
    expect(await t.db.fundingRequest.count()).toBe(before + 2);
  });

  it("refuses a reference already used on the same rail, whatever its status, but not on another rail", async () => {
    const reference = ref();
    const first = await submitManualFunding(t.db, client, { amountPaisa: 5_000n, rail: "EASYPAISA", reference }, walletOnlyFunding);
    const reuse = submitManualFunding(
      t.db,
      stranger,
      { amountPaisa: 5_000n, rail: "EASYPAISA", reference: ` ${reference}` },
      walletOnlyFunding,
    );
    await expect(reuse).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "payments:errors.funding.referenceUsed",
      fields: { reference: { key: "payments:errors.funding.referenceUsed" } },
    });
    await cancelFunding(t.db, client, first.request.id);
    await expect(
      submitManualFunding(t.db, client, { amountPaisa: 5_000n, rail: "EASYPAISA", reference }, walletOnlyFunding),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const otherRail = await submitManualFunding(t.db, client, { amountPaisa: 5_000n, rail: "JAZZCASH", reference }, walletOnlyFunding);
    expect(otherRail.request.status).toBe("PENDING");
  });

  it("an admin's confirmation credits the wallet once, audited with the reason; a second decision is refused", async () => {
    const start = await wallet();
    const { request } = await submitManualFunding(
      t.db,
      client,
      { amountPaisa: 250_000n, rail: "IBAN", reference: ref() },
      walletOnlyFunding,
    );
    const decided = await confirmFunding(
      t.db,
      { ...admin, ip: "203.0.113.7" },
      { fundingRequestId: request.id, reason: "  Found on the Meezan statement, 20 Nov  " },
      walletOnlyFunding,
    );
    expect(decided.request).toMatchObject({ id: request.id, status: "CONFIRMED", rejectionReason: null });
    expect(decided.request.reviewedAt).toBeInstanceOf(Date);
    expect(await wallet()).toBe(start + 250_000n);

    const posted = await t.db.ledgerTransaction.findUniqueOrThrow({
      where: { idempotencyKey: `funding:${request.id}:confirm` },
      include: { entries: { include: { account: { select: { key: true } } } } },
    });
    expect(posted).toMatchObject({ kind: "FUNDING_CONFIRMED", fundingRequestId: request.id, createdById: admin.userId });
    expect(posted.entries.map((e) => [e.account.key, e.amountPaisa]).sort()).toEqual([
      ["platform:EXTERNAL_FUNDING", -250_000n],
      [`user:${client.userId}:CLIENT_BALANCE`, 250_000n],
    ]);
    const audit = await t.db.auditLog.findMany({ where: { targetType: "FundingRequest", targetId: request.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.userId,
      action: "funding.confirm",
      reason: "Found on the Meezan statement, 20 Nov",
      ip: "203.0.113.7",
      data: {
        outcome: "confirm",
        before: { status: "PENDING", rejectionReason: null },
        after: {
          status: "CONFIRMED",
          rejectionReason: null,
          amountPaisa: "250000",
          userId: client.userId,
          orderId: null,
          orderFunded: false,
        },
      },
    });

    for (const again of [confirmFunding, rejectFunding]) {
      await expect(again(t.db, admin, { fundingRequestId: request.id, reason: "Second look" }, walletOnlyFunding)).rejects.toMatchObject({
        code: "INVALID_STATE",
        messageKey: "payments:errors.funding.alreadyDecided",
      });
    }
    await expect(cancelFunding(t.db, client, request.id)).rejects.toMatchObject({ messageKey: "payments:errors.funding.notCancellable" });
    expect(await wallet()).toBe(start + 250_000n);
    expect(await t.db.auditLog.count({ where: { targetId: request.id } })).toBe(1);
  });

  it("a rejection needs a reason, moves nothing and shows the reason to the client", async () => {
    const start = await wallet();
    const { request } = await submitManualFunding(
      t.db,
      client,
      { amountPaisa: 40_000n, rail: "RAAST", reference: ref() },
      walletOnlyFunding,
    );
    for (const reason of ["", "  ", "no", undefined, "x".repeat(501)]) {
      await expect(rejectFunding(t.db, admin, { fundingRequestId: request.id, reason } as never)).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { reason: { key: expect.stringMatching(/^payments:errors\.funding\.reason(Required|TooLong)$/) as unknown } },
      });
      // Confirming is an admin decision too: it needs its reason (the statement line) just the same.
      await expect(confirmFunding(t.db, admin, { fundingRequestId: request.id, reason } as never, walletOnlyFunding)).rejects.toMatchObject(
        {
          code: "BAD_INPUT",
          fields: { reason: { key: expect.stringMatching(/^payments:errors\.funding\.reason(Required|TooLong)$/) as unknown } },
        },
      );
    }
    expect(await t.db.fundingRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true } })).toEqual({
      status: "PENDING",
    });
    expect(await t.db.auditLog.count({ where: { targetId: request.id } })).toBe(0);
    const decided = await rejectFunding(t.db, admin, { fundingRequestId: request.id, reason: "No such transfer on our statement" });
    expect(decided.request).toMatchObject({ status: "REJECTED", rejectionReason: "No such transfer on our statement" });
    expect(await wallet()).toBe(start);
    expect(await t.db.ledgerTransaction.count({ where: { fundingRequestId: request.id } })).toBe(0);
    expect(await t.db.auditLog.findFirst({ where: { targetId: request.id } })).toMatchObject({
      action: "funding.reject",
      actorId: admin.userId,
      reason: "No such transfer on our statement",
      data: {
        before: { status: "PENDING", rejectionReason: null },
        after: { status: "REJECTED", rejectionReason: "No such transfer on our statement", amountPaisa: "40000", orderFunded: false },
      },
    });
  });

  it("only admins decide, and unknown requests are not found", async () => {
    const { request } = await submitManualFunding(
      t.db,
      client,
      { amountPaisa: 9_900n, rail: "RAAST", reference: ref() },
      walletOnlyFunding,
    );
    await expect(
      confirmFunding(
        t.db,
        { userId: client.userId, isAdmin: false },
        { fundingRequestId: request.id, reason: "Mine, promise" },
        walletOnlyFunding,
      ),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // A caller claiming admin rights the database does not grant is refused too.
    await expect(
      rejectFunding(t.db, { userId: stranger.userId, isAdmin: true }, { fundingRequestId: request.id, reason: "Trust me" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      confirmFunding(t.db, admin, { fundingRequestId: "no-such-request", reason: "Checking" }, walletOnlyFunding),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(confirmFunding(t.db, admin, { fundingRequestId: "", reason: "Checking" }, walletOnlyFunding)).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    expect((await t.db.fundingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  });

  it("a suspended admin decides nothing until the suspension is lifted", async () => {
    const other = { ...(await createPerson(t.db, "Second Admin", { isAdmin: true })), isAdmin: true as const };
    const { request } = await submitManualFunding(
      t.db,
      client,
      { amountPaisa: 5_000n, rail: "RAAST", reference: ref() },
      walletOnlyFunding,
    );
    await setTestUserSuspended(t.db, other.userId, true);
    await expect(
      confirmFunding(t.db, other, { fundingRequestId: request.id, reason: "Found it" }, walletOnlyFunding),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rejectFunding(t.db, other, { fundingRequestId: request.id, reason: "Not found" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await t.db.fundingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");

    await setTestUserSuspended(t.db, other.userId, false);
    const decided = await rejectFunding(t.db, other, { fundingRequestId: request.id, reason: "Not on our statement" });
    expect(decided.request).toMatchObject({ status: "REJECTED" });
  });

  it("the owner may cancel a pending request; anyone else is told it does not exist", async () => {
    const { request } = await submitManualFunding(
      t.db,
      client,
      { amountPaisa: 7_700n, rail: "JAZZCASH", reference: ref() },
      walletOnlyFunding,
    );
    await expect(cancelFunding(t.db, stranger, request.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelFunding(t.db, client, "missing")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await cancelFunding(t.db, client, request.id)).toMatchObject({ status: "CANCELLED" });
    await expect(cancelFunding(t.db, client, request.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(
      confirmFunding(t.db, admin, { fundingRequestId: request.id, reason: "Late find" }, walletOnlyFunding),
    ).rejects.toMatchObject({
      messageKey: "payments:errors.funding.alreadyDecided",
    });
  });

  it("sandbox funding confirms at once with a generated reference", async () => {
    const start = await wallet();
    const started = await fundWithSandbox(t.db, client, { amountPaisa: 120_000n }, walletOnlyFunding);
    expect(started).toMatchObject({ moved: true, orderFunded: false });
    expect(started.request).toMatchObject({ status: "CONFIRMED", amountPaisa: 120_000n });
    expect(started.request.providerReference).toMatch(/^SBX-[0-9A-F]{16}$/);
    expect(await wallet()).toBe(start + 120_000n);
    for (const amountPaisa of [0n, -1n, 1.5]) {
      await expect(fundWithSandbox(t.db, client, { amountPaisa } as never, walletOnlyFunding)).rejects.toMatchObject({ code: "BAD_INPUT" });
    }
    expect(await wallet()).toBe(start + 120_000n);
  });

  it("sandbox funding is refused with the production configuration unless enabled", async () => {
    const before = await t.db.fundingRequest.count();
    const production = createSandboxProvider(parsePaymentsEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/hunar" }));
    await expect(fundWithSandbox(t.db, client, { amountPaisa: 50_000n }, walletOnlyFunding, production)).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "payments:errors.funding.sandboxDisabled",
    });
    expect(await t.db.fundingRequest.count()).toBe(before);
    const demo = createSandboxProvider(parsePaymentsEnv({ NODE_ENV: "production", PAYMENTS_SANDBOX: "true" }));
    expect((await fundWithSandbox(t.db, client, { amountPaisa: 50_000n }, walletOnlyFunding, demo)).moved).toBe(true);
  });

  it("runs inside a caller's transaction when handed one, and goes with its rollback", async () => {
    const reference = ref();
    const start = await wallet();
    await expect(
      t.db.$transaction(async (tx) => {
        await submitManualFunding(tx, client, { amountPaisa: 1_000n, rail: "IBAN", reference }, walletOnlyFunding);
        await fundWithSandbox(tx, client, { amountPaisa: 2_000n }, walletOnlyFunding);
        expect(await tx.fundingRequest.count({ where: { providerReference: reference } })).toBe(1);
        throw new Error("the caller changed its mind");
      }),
    ).rejects.toThrow("the caller changed its mind");
    expect(await t.db.fundingRequest.count({ where: { providerReference: reference } })).toBe(0);
    expect(await wallet()).toBe(start);
  });

  it("names the platform's receiving account for every rail", () => {
    expect(platformReceivingAccounts().map((a) => a.rail)).toEqual(["IBAN", "RAAST", "JAZZCASH", "EASYPAISA"]);
    expect(platformReceivingAccounts()[0]?.accountNumber).toMatch(/^PK\d{2}[A-Z]{4}\d{16}$/);
  });

  it("leaves every cached balance equal to its entries", async () => {
    expect(await findBalanceMismatches(t.db)).toEqual([]);
  });
});

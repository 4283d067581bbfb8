import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBalanceMismatches, getAccountBalance, getUserBalances } from "../ledger/balances.ts";
import { createPerson } from "../testing/payment-fixtures.ts";
import { addPayoutMethod } from "./add-payout-method.ts";
import { cancelPayout } from "./cancel-payout.ts";
import { listMyPayouts } from "./list-my-payouts.ts";
import { listPayoutQueue } from "./list-payout-queue.ts";
import { markPayoutPaid } from "./mark-payout-paid.ts";
import {
  createPayoutWorld,
  makeAvailable,
  newRequestKey,
  PAYOUT_MINIMUM_PAISA,
  type PayoutWorld,
  VALID_IBAN,
} from "./payout-test-world.ts";
import { rejectPayout } from "./reject-payout.ts";
import { removePayoutMethod } from "./remove-payout-method.ts";
import { requestPayout } from "./request-payout.ts";

const KEY = "payments:errors.payouts";

describe.each(testDbKinds())("payouts on %s", (kind) => {
  let testDb: TestDb;
  let world: PayoutWorld;
  let ibanId: string;
  let walletId: string;
  let strangerMethodId: string;
  const db = () => testDb.db;
  const balances = () => getUserBalances(db(), world.freelancer.userId);
  const snapshot = async () => ({
    balances: await balances(),
    requests: await db().payoutRequest.count(),
    transactions: await db().ledgerTransaction.count(),
    audits: await db().auditLog.count(),
  });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createPayoutWorld(db());
    ibanId = (
      await addPayoutMethod(db(), world.freelancer, {
        rail: "IBAN",
        accountTitle: "Ayesha Khan",
        accountNumber: VALID_IBAN,
        bankName: "SCB",
      })
    ).id;
    walletId = (
      await addPayoutMethod(db(), world.freelancer, { rail: "JAZZCASH", accountTitle: "Ayesha Khan", accountNumber: "03001234567" })
    ).id;
    strangerMethodId = (
      await addPayoutMethod(db(), world.stranger, { rail: "EASYPAISA", accountTitle: "Bilal Ahmed", accountNumber: "03451234567" })
    ).id;
    await makeAvailable(db(), world.freelancer.userId, 500_000n);
    await makeAvailable(db(), world.stranger.userId, 300_000n);
  });
  afterAll(async () => {
    expect(await findBalanceMismatches(db())).toEqual([]);
    await testDb.close();
  });

  it("a withdrawal moves available to clearing with the method's details copied, once per request key", async () => {
    const requestKey = newRequestKey();
    const request = await requestPayout(db(), world.freelancer, { payoutMethodId: ibanId, amountPaisa: 120_000n, requestKey });
    expect(request).toMatchObject({
      status: "REQUESTED",
      amountPaisa: 120_000n,
      rail: "IBAN",
      accountTitle: "Ayesha Khan",
      accountNumber: VALID_IBAN,
      replayed: false,
    });
    expect(await balances()).toMatchObject({ available: 380_000n, clearing: 120_000n });
    const posting = await db().ledgerTransaction.findUniqueOrThrow({
      where: { idempotencyKey: `payout:${world.freelancer.userId}:${requestKey}` },
      include: { entries: { include: { account: true } } },
    });
    expect(posting).toMatchObject({ kind: "PAYOUT_REQUESTED", payoutRequestId: request.id, createdById: world.freelancer.userId });
    expect(posting.entries.map((e) => [e.account.type, e.amountPaisa]).sort()).toEqual([
      ["FREELANCER_AVAILABLE", -120_000n],
      ["PAYOUT_CLEARING", 120_000n],
    ]);

    const before = await snapshot();
    const replay = await requestPayout(db(), world.freelancer, { payoutMethodId: walletId, amountPaisa: 60_000n, requestKey });
    expect(replay).toMatchObject({ id: request.id, amountPaisa: 120_000n, replayed: true });
    expect(await snapshot()).toEqual(before);
    await cancelPayout(db(), world.freelancer, request.id);
  });

  it("bad amounts, other people's and removed methods are refused and move nothing", async () => {
    const before = await snapshot();
    const attempt = (input: Record<string, unknown>, who = world.freelancer) =>
      requestPayout(db(), who, { payoutMethodId: walletId, amountPaisa: 150_000n, requestKey: newRequestKey(), ...input });
    for (const amountPaisa of [0n, -100n, 1.5, 60_000, "60000", null]) {
      await expect(attempt({ amountPaisa })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { amountPaisa: { key: `${KEY}.amountInvalid` } },
      });
    }
    await expect(attempt({ amountPaisa: PAYOUT_MINIMUM_PAISA - 1n })).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: `${KEY}.belowMinimum`,
      params: { minimumPaisa: "100000", minimum: "Rs\u00a01,000" },
      fields: { amountPaisa: { key: `${KEY}.belowMinimum` } },
    });
    await expect(attempt({ amountPaisa: 500_001n })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: `${KEY}.insufficientFunds`,
      params: { availablePaisa: "500000", available: "Rs\u00a05,000" },
    });
    await expect(attempt({ payoutMethodId: strangerMethodId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: `${KEY}.methodNotFound`,
    });
    await expect(attempt({ payoutMethodId: ibanId }, world.stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attempt({ requestKey: "short" })).rejects.toMatchObject({ fields: { requestKey: { key: `${KEY}.requestKeyInvalid` } } });
    const doomed = await addPayoutMethod(db(), world.freelancer, {
      rail: "EASYPAISA",
      accountTitle: "Ayesha Khan",
      accountNumber: "03459999999",
    });
    await removePayoutMethod(db(), world.freelancer, doomed.id);
    const afterRemoval = await snapshot();
    await expect(attempt({ payoutMethodId: doomed.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(afterRemoval);
    expect(afterRemoval.balances).toEqual(before.balances);
    expect(afterRemoval.requests).toBe(before.requests);
  });

  it("an admin marks a payout paid with a reference: the money leaves, audited; once only", async () => {
    const request = await requestPayout(db(), world.freelancer, {
      payoutMethodId: ibanId,
      amountPaisa: 100_000n,
      requestKey: newRequestKey(),
    });
    const externalBefore = await getAccountBalance(db(), { type: "EXTERNAL_PAYOUTS" });
    await expect(markPayoutPaid(db(), world.freelancer, { payoutRequestId: request.id, reference: "FT2611220001" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // A caller that merely claims to be an admin is refused by the database's flag.
    await expect(
      markPayoutPaid(db(), { userId: world.stranger.userId, isAdmin: true }, { payoutRequestId: request.id, reference: "FT2611220001" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      rejectPayout(db(), { userId: world.stranger.userId, isAdmin: true }, { payoutRequestId: request.id, reason: "Not an admin" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(markPayoutPaid(db(), world.admin, { payoutRequestId: request.id, reference: "a b" })).rejects.toMatchObject({
      fields: { reference: { key: `${KEY}.referenceInvalid` } },
    });
    const paid = await markPayoutPaid(db(), world.admin, {
      payoutRequestId: request.id,
      reference: " ft2611220001 ",
      reason: "Sent by IBFT",
    });
    expect(paid).toMatchObject({ id: request.id, status: "PAID", providerReference: "FT2611220001" });
    expect(paid.processedAt).toBeInstanceOf(Date);
    expect(await balances()).toMatchObject({ available: 400_000n, clearing: 0n });
    expect(await getAccountBalance(db(), { type: "EXTERNAL_PAYOUTS" })).toBe(externalBefore + 100_000n);
    const audit = await db().auditLog.findMany({ where: { targetType: "PayoutRequest", targetId: request.id } });
    expect(audit).toMatchObject([
      {
        action: "payout.pay",
        actorId: world.admin.userId,
        reason: "Sent by IBFT",
        data: {
          before: { status: "REQUESTED", providerReference: null, rejectionReason: null, processedAt: null },
          after: {
            status: "PAID",
            providerReference: "FT2611220001",
            rejectionReason: null,
            processedAt: paid.processedAt?.toISOString(),
            amountPaisa: "100000",
            userId: world.freelancer.userId,
          },
        },
      },
    ]);

    const before = await snapshot();
    await expect(markPayoutPaid(db(), world.admin, { payoutRequestId: request.id, reference: "FT2611220002" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: `${KEY}.alreadyDecided`,
    });
    await expect(rejectPayout(db(), world.admin, { payoutRequestId: request.id, reason: "Too late" })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(cancelPayout(db(), world.freelancer, request.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(markPayoutPaid(db(), world.admin, { payoutRequestId: "nope", reference: "FT2611220002" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("a bank reference settles one payout per rail: reusing it is a CONFLICT", async () => {
    const again = await requestPayout(db(), world.freelancer, {
      payoutMethodId: ibanId,
      amountPaisa: 100_000n,
      requestKey: newRequestKey(),
    });
    const before = await snapshot();
    await expect(markPayoutPaid(db(), world.admin, { payoutRequestId: again.id, reference: "FT2611220001" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: `${KEY}.referenceUsed`,
      fields: { reference: { key: `${KEY}.referenceUsed` } },
    });
    expect(await snapshot()).toEqual(before);
    // The same id on another rail is another provider's number.
    const wallet = await requestPayout(db(), world.freelancer, {
      payoutMethodId: walletId,
      amountPaisa: 100_000n,
      requestKey: newRequestKey(),
    });
    await expect(markPayoutPaid(db(), world.admin, { payoutRequestId: wallet.id, reference: "FT2611220001" })).resolves.toMatchObject({
      status: "PAID",
    });
    const paidWithoutNote = await markPayoutPaid(db(), world.admin, { payoutRequestId: again.id, reference: "FT2611220003", reason: "  " });
    expect(paidWithoutNote.status).toBe("PAID");
    // Without a note the bank reference is the reason on the audit row: it is why the admin could mark it paid.
    expect((await db().auditLog.findFirstOrThrow({ where: { targetId: again.id } })).reason).toBe("FT2611220003");
  });

  it("a rejection needs a reason, returns the money and is audited", async () => {
    const request = await requestPayout(db(), world.freelancer, {
      payoutMethodId: walletId,
      amountPaisa: 100_000n,
      requestKey: newRequestKey(),
    });
    const before = await snapshot();
    await expect(rejectPayout(db(), world.admin, { payoutRequestId: request.id, reason: "  " })).rejects.toMatchObject({
      fields: { reason: { key: `${KEY}.reasonRequired` } },
    });
    await expect(rejectPayout(db(), world.admin, { payoutRequestId: request.id })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(rejectPayout(db(), world.stranger, { payoutRequestId: request.id, reason: "Not mine" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await snapshot()).toEqual(before);
    const rejected = await rejectPayout(db(), world.admin, { payoutRequestId: request.id, reason: "Account title does not match" });
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionReason: "Account title does not match" });
    expect((await balances()).available).toBe(before.balances.available + 100_000n);
    expect(await db().auditLog.findFirstOrThrow({ where: { targetId: request.id } })).toMatchObject({
      action: "payout.reject",
      reason: "Account title does not match",
      data: {
        before: { status: "REQUESTED", rejectionReason: null },
        after: { status: "REJECTED", rejectionReason: "Account title does not match", providerReference: null, amountPaisa: "100000" },
      },
    });
  });

  it("only the owner cancels a waiting payout, and the money returns", async () => {
    const request = await requestPayout(db(), world.freelancer, {
      payoutMethodId: walletId,
      amountPaisa: 100_000n,
      requestKey: newRequestKey(),
    });
    const before = await snapshot();
    await expect(cancelPayout(db(), world.stranger, request.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: `${KEY}.notFound`,
    });
    await expect(cancelPayout(db(), world.admin, request.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
    await expect(cancelPayout(db(), world.freelancer, request.id)).resolves.toMatchObject({ status: "CANCELLED" });
    expect((await balances()).available).toBe(before.balances.available + 100_000n);
    expect((await balances()).clearing).toBe(0n);
    await expect(cancelPayout(db(), world.freelancer, request.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("the admin queue lists waiting payouts oldest first with who and where; users see their own history", async () => {
    const person = await createPerson(db(), "Queue Person");
    const method = await addPayoutMethod(db(), person, {
      rail: "IBAN",
      accountTitle: "Queue Person",
      accountNumber: VALID_IBAN,
      bankName: "Meezan",
    });
    await makeAvailable(db(), person.userId, 200_000n);
    const first = await requestPayout(db(), person, { payoutMethodId: method.id, amountPaisa: 100_000n, requestKey: newRequestKey() });
    const second = await requestPayout(db(), world.stranger, {
      payoutMethodId: strangerMethodId,
      amountPaisa: 120_000n,
      requestKey: newRequestKey(),
    });
    const queue = await listPayoutQueue(db());
    expect(queue.map((item) => item.id)).toEqual([first.id, second.id]);
    expect(queue[0]).toMatchObject({
      amountPaisa: 100_000n,
      freelancer: { id: person.userId, displayName: "Queue Person" },
      rail: "IBAN",
      accountTitle: "Queue Person",
      accountNumber: VALID_IBAN,
      bankName: "Meezan",
    });
    await rejectPayout(db(), world.admin, { payoutRequestId: first.id, reason: "Please add your own IBAN" });
    expect((await listPayoutQueue(db())).map((item) => item.id)).toEqual([second.id]);

    const mine = await listMyPayouts(db(), world.freelancer.userId);
    expect(mine.map((p) => p.status)).toEqual(["CANCELLED", "REJECTED", "PAID", "PAID", "PAID", "CANCELLED"]);
    expect(mine.find((p) => p.status === "REJECTED")).toMatchObject({ rejectionReason: "Account title does not match" });
    expect(
      mine
        .filter((p) => p.providerReference)
        .map((p) => p.providerReference)
        .sort(),
    ).toEqual(["FT2611220001", "FT2611220001", "FT2611220003"]);
    expect(await listMyPayouts(db(), person.userId)).toMatchObject([{ id: first.id, status: "REJECTED" }]);
  });
});

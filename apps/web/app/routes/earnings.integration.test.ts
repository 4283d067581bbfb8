import type { Db } from "@hunar/db/client";
import { seedFeeSchedule } from "@hunar/db/seed";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import { postTransaction } from "@hunar/payments/ledger/post-transaction";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { createPerson } from "@hunar/payments/testing/payment-fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { formPost, get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as adminAction, loader as adminLoader } from "./admin-payouts.tsx";
import { action as earningsAction, loader as earningsLoader } from "./earnings.tsx";
import { action as methodsAction, loader as methodsLoader } from "./payout-methods.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

/** Cleared earnings, as the clearance sweep leaves them. */
async function giveEarnings(db: Db, userId: string, amountPaisa: bigint) {
  await withMoneyTransaction(db, (tx) =>
    postTransaction(tx, {
      idempotencyKey: `route-test-earnings:${userId}:${crypto.randomUUID()}`,
      kind: "ADJUSTMENT",
      lines: [
        { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -amountPaisa },
        { account: { type: "FREELANCER_AVAILABLE", userId }, amountPaisa },
      ],
    }),
  );
}

describe.each(testDbKinds())("earnings pages on %s", (kind) => {
  const t = useTestDb(kind);
  let context: Context;
  let freelancer: { userId: string; cookie: string };
  let stranger: { userId: string; cookie: string };
  let admin: { userId: string; cookie: string };

  const person = async (name: string, isAdmin = false) => {
    const { userId } = await createPerson(t.db, name, { isAdmin });
    return { userId, cookie: await sessionCookie(t.db, userId) };
  };
  const addMethod = (who: { cookie: string }, fields: Record<string, string>) =>
    run(
      methodsAction,
      formPost("/earnings/payout-methods", { intent: "add", accountTitle: "Ayesha Khan", bankName: "", ...fields }, { cookie: who.cookie }),
      context,
    );
  const withdraw = (who: { cookie: string }, fields: Record<string, string>) =>
    run(
      earningsAction,
      formPost("/earnings", { intent: "withdraw", requestKey: crypto.randomUUID(), ...fields }, { cookie: who.cookie }),
      context,
    );

  beforeAll(async () => {
    await seedFeeSchedule(t.db);
    context = testContext(t.db).context;
    freelancer = await person("Ayesha Khan");
    stranger = await person("Bilal Ahmed");
    admin = await person("Hunar Admin", true);
    await giveEarnings(t.db, freelancer.userId, 1_000_000n);
  });

  it("adds a JazzCash wallet, withdraws once for a double submit, and the admin pays it with a reference", async () => {
    const added = await addMethod(freelancer, { rail: "JAZZCASH", accountNumber: "0300-1234567" });
    expect(added).toMatchObject({ status: 302, location: "/earnings/payout-methods?done=added" });
    const page = await run(earningsLoader, get("/earnings", freelancer.cookie), context);
    const dashboard = page.body as {
      methods: { id: string; accountNumber: string }[];
      requestKey: string;
      payoutMinimumPaisa: number;
      monthly: unknown[];
    };
    expect(dashboard.methods).toMatchObject([{ accountNumber: "03001234567" }]);
    expect(dashboard.payoutMinimumPaisa).toBe(100_000);
    expect(dashboard.monthly).toHaveLength(12);

    // The same rendered form posted twice (a double click, a resubmitted page): one payout.
    const fields = { payoutMethodId: dashboard.methods[0]!.id, amount: "2,500.50", requestKey: dashboard.requestKey };
    for (let i = 0; i < 2; i++)
      expect(await withdraw(freelancer, fields)).toMatchObject({ status: 302, location: "/earnings?done=requested" });
    const requests = await t.db.payoutRequest.findMany({ where: { userId: freelancer.userId } });
    expect(requests.map((r) => r.amountPaisa)).toEqual([250_050n]);
    expect(await getUserBalances(t.db, freelancer.userId)).toMatchObject({ available: 749_950n, clearing: 250_050n });

    const queue = await run(adminLoader, get("/admin/payouts", admin.cookie), context);
    expect((queue.body as { queue: { id: string }[] }).queue.map((q) => q.id)).toContain(requests[0]!.id);
    const paid = await run(
      adminAction,
      formPost("/admin/payouts", { intent: "pay", payoutRequestId: requests[0]!.id, reference: "JC-55501" }, { cookie: admin.cookie }),
      context,
    );
    expect(paid).toMatchObject({ status: 302, location: "/admin/payouts?done=paid" });
    const after = await run(earningsLoader, get("/earnings", freelancer.cookie), context);
    expect((after.body as { payouts: unknown[] }).payouts).toMatchObject([
      { status: "PAID", providerReference: "JC-55501", amountPaisa: 250_050n },
    ]);
  });

  it.each([
    ["0", "errors:amountPositive"],
    ["-1500", "errors:amountPositive"],
    ["1500.555", "errors:amountPrecision"],
    ["fifteen hundred", "errors:amountInvalid"],
    ["", "errors:amountRequired"],
  ])("refuses the amount %j with %s and moves nothing", async (amount, key) => {
    const [method] = await t.db.payoutMethod.findMany({ where: { userId: freelancer.userId, deletedAt: null } });
    const before = await getUserBalances(t.db, freelancer.userId);
    const result = await withdraw(freelancer, { payoutMethodId: method!.id, amount });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ form: "withdraw", values: { amount }, errors: { fields: { amount: { key } } } });
    expect(await getUserBalances(t.db, freelancer.userId)).toEqual(before);
  });

  it("says so when the amount is below the minimum or above the balance", async () => {
    const [method] = await t.db.payoutMethod.findMany({ where: { userId: freelancer.userId, deletedAt: null } });
    const small = await withdraw(freelancer, { payoutMethodId: method!.id, amount: "999.99" });
    expect(small).toMatchObject({
      status: 400,
      body: { errors: { fields: { amountPaisa: { key: "payments:errors.payouts.belowMinimum" } } } },
    });
    const big = await withdraw(freelancer, { payoutMethodId: method!.id, amount: "1000000" });
    expect(big.status).toBe(409);
    expect(big.body).toMatchObject({ errors: { fields: { amountPaisa: { key: "payments:errors.payouts.insufficientFunds" } } } });
  });

  it("refuses an IBAN with a wrong check digit and a wallet number of the wrong length, storing nothing", async () => {
    const before = await t.db.payoutMethod.count();
    const iban = await addMethod(freelancer, { rail: "IBAN", accountNumber: "PK36SCBL0000001123456703" });
    expect(iban).toMatchObject({
      status: 400,
      body: { form: "add", errors: { fields: { accountNumber: { key: "payments:errors.payouts.ibanChecksum" } } } },
    });
    const wallet = await addMethod(freelancer, { rail: "EASYPAISA", accountNumber: "0345-12345" });
    expect(wallet).toMatchObject({
      status: 400,
      body: { errors: { fields: { accountNumber: { key: "payments:errors.payouts.walletNumberLength" } } } },
    });
    const rail = await addMethod(freelancer, { rail: "PAYPAL", accountNumber: "0345-1234567" });
    expect(rail).toMatchObject({ status: 400, body: { errors: { fields: { rail: { key: "payments:errors.payouts.railInvalid" } } } } });
    expect(await t.db.payoutMethod.count()).toBe(before);
  });

  it("treats someone else's payout method and payout as not found, and nothing moves", async () => {
    const [method] = await t.db.payoutMethod.findMany({ where: { userId: freelancer.userId, deletedAt: null } });
    await giveEarnings(t.db, stranger.userId, 500_000n);
    const before = await getUserBalances(t.db, stranger.userId);
    const theft = await withdraw(stranger, { payoutMethodId: method!.id, amount: "2000" });
    expect(theft).toMatchObject({ status: 404, body: { errors: { form: { key: "payments:errors.payouts.methodNotFound" } } } });
    for (const intent of ["remove", "makeDefault"]) {
      const change = await run(
        methodsAction,
        formPost("/earnings/payout-methods", { intent, payoutMethodId: method!.id }, { cookie: stranger.cookie }),
        context,
      );
      expect(change).toMatchObject({ status: 404, body: { form: "change" } });
    }
    const mine = await withdraw(freelancer, { payoutMethodId: method!.id, amount: "1500" });
    expect(mine.status).toBe(302);
    const payout = await t.db.payoutRequest.findFirstOrThrow({ where: { userId: freelancer.userId, status: "REQUESTED" } });
    const cancel = await run(
      earningsAction,
      formPost("/earnings", { intent: "cancel", payoutRequestId: payout.id }, { cookie: stranger.cookie }),
      context,
    );
    expect(cancel).toMatchObject({ status: 404, body: { form: "cancel" } });
    expect(await getUserBalances(t.db, stranger.userId)).toEqual(before);
    expect((await t.db.payoutMethod.findUniqueOrThrow({ where: { id: method!.id } })).deletedAt).toBeNull();
    expect((await t.db.payoutRequest.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("REQUESTED");

    const own = await run(
      earningsAction,
      formPost("/earnings", { intent: "cancel", payoutRequestId: payout.id }, { cookie: freelancer.cookie }),
      context,
    );
    expect(own).toMatchObject({ status: 302, location: "/earnings?done=cancelled" });
  });

  it("keeps the payout queue to admins, needs a reason to reject, and refuses foreign origins", async () => {
    const forbidden = await run(adminLoader, get("/admin/payouts", freelancer.cookie), context);
    expect(forbidden.status).toBe(403);
    const [method] = await t.db.payoutMethod.findMany({ where: { userId: freelancer.userId, deletedAt: null } });
    expect((await withdraw(freelancer, { payoutMethodId: method!.id, amount: "1200" })).status).toBe(302);
    const payout = await t.db.payoutRequest.findFirstOrThrow({ where: { userId: freelancer.userId, status: "REQUESTED" } });
    const byFreelancer = await run(
      adminAction,
      formPost("/admin/payouts", { intent: "pay", payoutRequestId: payout.id, reference: "SELF-1234" }, { cookie: freelancer.cookie }),
      context,
    );
    expect(byFreelancer.status).toBe(403);
    const crossSite = await run(
      adminAction,
      formPost(
        "/admin/payouts",
        { intent: "reject", payoutRequestId: payout.id, reason: "x" },
        { cookie: admin.cookie, origin: "https://evil.example" },
      ),
      context,
    );
    expect(crossSite.status).toBe(403);
    const noReason = await run(
      adminAction,
      formPost("/admin/payouts", { intent: "reject", payoutRequestId: payout.id, reason: " " }, { cookie: admin.cookie }),
      context,
    );
    expect(noReason).toMatchObject({
      status: 400,
      body: { payoutRequestId: payout.id, errors: { fields: { reason: { key: "payments:errors.payouts.reasonRequired" } } } },
    });
    const noReference = await run(
      adminAction,
      formPost("/admin/payouts", { intent: "pay", payoutRequestId: payout.id, reference: "" }, { cookie: admin.cookie }),
      context,
    );
    expect(noReference).toMatchObject({
      status: 400,
      body: { errors: { fields: { reference: { key: "payments:errors.payouts.referenceInvalid" } } } },
    });
    expect((await t.db.payoutRequest.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("REQUESTED");

    const rejected = await run(
      adminAction,
      formPost(
        "/admin/payouts",
        { intent: "reject", payoutRequestId: payout.id, reason: "Account title does not match" },
        { cookie: admin.cookie },
      ),
      context,
    );
    expect(rejected).toMatchObject({ status: 302, location: "/admin/payouts?done=rejected" });
    const again = await run(
      adminAction,
      formPost("/admin/payouts", { intent: "pay", payoutRequestId: payout.id, reference: "FT-0001" }, { cookie: admin.cookie }),
      context,
    );
    expect(again).toMatchObject({ status: 409, body: { errors: { form: { key: "payments:errors.payouts.alreadyDecided" } } } });
    const unknown = await run(
      adminAction,
      formPost("/admin/payouts", { intent: "approve", payoutRequestId: payout.id }, { cookie: admin.cookie }),
      context,
    );
    expect(unknown.status).toBe(400);
  });

  it("sends signed-out visitors to log in", async () => {
    for (const [loader, path] of [
      [earningsLoader, "/earnings"],
      [methodsLoader, "/earnings/payout-methods"],
    ] as const) {
      const result = await run(loader, get(path), context);
      expect(result).toMatchObject({ status: 302, location: `/login?redirectTo=${encodeURIComponent(path)}` });
    }
  });
});

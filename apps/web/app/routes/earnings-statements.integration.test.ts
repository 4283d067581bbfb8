import type { Db } from "@hunar/db/client";
import { seedFeeSchedule } from "@hunar/db/seed";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { postTransaction } from "@hunar/payments/ledger/post-transaction";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { markPayoutPaid } from "@hunar/payments/payouts/mark-payout-paid";
import { createPerson } from "@hunar/payments/testing/payment-fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { formPost, get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as earningsAction } from "./earnings.tsx";
import { loader as csvLoader } from "./earnings-statement-csv.tsx";
import { loader as statementLoader } from "./earnings-statements.tsx";
import { action as methodsAction } from "./payout-methods.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

/** This month in Pakistan (UTC+5), where statements are kept. */
function thisMonth() {
  const pkt = new Date(Date.now() + 5 * 3_600_000);
  return { year: pkt.getUTCFullYear(), month: pkt.getUTCMonth() + 1 };
}

async function giveEarnings(db: Db, userId: string, amountPaisa: bigint) {
  await withMoneyTransaction(db, (tx) =>
    postTransaction(tx, {
      idempotencyKey: `statement-test:${userId}:${crypto.randomUUID()}`,
      kind: "ADJUSTMENT",
      lines: [
        { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -amountPaisa },
        { account: { type: "FREELANCER_AVAILABLE", userId }, amountPaisa },
      ],
    }),
  );
}

describe.each(testDbKinds())("earnings statements on %s", (kind) => {
  const t = useTestDb(kind);
  let context: Context;
  let freelancer: { userId: string; cookie: string };
  let stranger: { userId: string; cookie: string };

  beforeAll(async () => {
    await seedFeeSchedule(t.db);
    context = testContext(t.db).context;
    const made = await createPerson(t.db, "Ayesha Khan");
    freelancer = { userId: made.userId, cookie: await sessionCookie(t.db, made.userId) };
    const other = await createPerson(t.db, "Bilal Ahmed");
    stranger = { userId: other.userId, cookie: await sessionCookie(t.db, other.userId) };
    await t.db.profile.update({ where: { userId: freelancer.userId }, data: { cnic: "35202-1234567-1", ntn: "1234567-8" } });
    await giveEarnings(t.db, freelancer.userId, 800_000n);
    // A payout made through the pages and paid by an admin.
    const add = formPost(
      "/earnings/payout-methods",
      { intent: "add", rail: "EASYPAISA", accountTitle: "Ayesha Khan", accountNumber: "0345-7654321", bankName: "" },
      { cookie: freelancer.cookie },
    );
    expect((await run(methodsAction, add, context)).status).toBe(302);
    const method = await t.db.payoutMethod.findFirstOrThrow({ where: { userId: freelancer.userId } });
    const withdraw = formPost(
      "/earnings",
      { intent: "withdraw", payoutMethodId: method.id, amount: "3210.75", requestKey: crypto.randomUUID() },
      { cookie: freelancer.cookie },
    );
    expect((await run(earningsAction, withdraw, context)).status).toBe(302);
    const payout = await t.db.payoutRequest.findFirstOrThrow({ where: { userId: freelancer.userId } });
    const admin = await createPerson(t.db, "Hunar Admin", { isAdmin: true });
    await markPayoutPaid(t.db, { userId: admin.userId, isAdmin: true }, { payoutRequestId: payout.id, reference: "EP-31337" });
  });

  it("shows this month's statement with the payout and the holder's own CNIC and NTN", async () => {
    const { year, month } = thisMonth();
    const page = await run(statementLoader, get(`/earnings/statements?year=${year}&month=${month}`, freelancer.cookie), context);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      periodValid: true,
      statement: {
        year,
        month,
        holder: { displayName: "Ayesha Khan", cnic: "35202-1234567-1", ntn: "1234567-8" },
        totals: { paidOutPaisa: 321_075n },
        months: [],
      },
    });
    const entries = (page.body as { statement: { entries: { kind: string; amountPaisa: bigint; payoutAccount: unknown }[] } }).statement
      .entries;
    // Money out is negative, and the sent payout carries the reference the admin entered.
    expect(entries.find((entry) => entry.kind === "PAYOUT_REQUESTED")).toMatchObject({ amountPaisa: -321_075n, payoutReference: null });
    expect(entries.find((entry) => entry.kind === "PAYOUT_PAID")).toMatchObject({
      amountPaisa: -321_075n,
      payoutAccount: { rail: "EASYPAISA", accountNumberEnding: "4321" },
      payoutReference: "EP-31337",
    });

    const yearPage = await run(statementLoader, get(`/earnings/statements?year=${year}`, freelancer.cookie), context);
    const months = (yearPage.body as { statement: { months: { month: number; paidOutPaisa: bigint }[] } }).statement.months;
    expect(months).toHaveLength(12);
    expect(months.find((row) => row.month === month)?.paidOutPaisa).toBe(321_075n);
  });

  it("shows someone else only their own (empty) statement, without the freelancer's CNIC", async () => {
    const { year, month } = thisMonth();
    const page = await run(statementLoader, get(`/earnings/statements?year=${year}&month=${month}`, stranger.cookie), context);
    expect(page.body).toMatchObject({
      statement: { holder: { displayName: "Bilal Ahmed", cnic: null, ntn: null }, totals: { paidOutPaisa: 0n }, entries: [] },
    });
  });

  it.each(["year=abc", "year=2025&month=13", "year=99999", "month=7"])(
    "answers the bad period %s with this month and a notice, not an error",
    async (query) => {
      const page = await run(statementLoader, get(`/earnings/statements?${query}`, freelancer.cookie), context);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ periodValid: false, statement: thisMonth() });
    },
  );

  it("downloads the month as a UTF-8 CSV file named after the period, in the reader's language", async () => {
    const { year, month } = thisMonth();
    const response = await csvLoader({
      request: get(`/earnings/statements.csv?year=${year}&month=${month}&lng=en`, freelancer.cookie),
      context,
      params: {},
    } as never);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="hunar-statement-${year}-${String(month).padStart(2, "0")}.csv"`,
    );
    const csv = await response.text();
    const rows = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(rows.find((row) => row.includes("3210.75"))).toContain("Ayesha Khan");
    expect(rows.find((row) => row.includes("EP-31337"))).toMatch(
      /^\d{4}-\d{2}-\d{2},Payout sent to your account,,Easypaisa · Ayesha Khan · ••••4321,EP-31337,,,,-3210\.75$/,
    );

    const urdu = await csvLoader({
      request: get(`/earnings/statements.csv?year=${year}&lng=ur`, freelancer.cookie),
      context,
      params: {},
    } as never);
    expect(urdu.headers.get("Content-Disposition")).toBe(`attachment; filename="hunar-statement-${year}.csv"`);
    expect(await urdu.text()).toMatch(/[\u0600-\u06FF]/);
  });

  it("sends signed-out visitors to log in instead of a file", async () => {
    const result = await run(csvLoader, get("/earnings/statements.csv?year=2026"), context);
    expect(result).toMatchObject({ status: 302 });
    expect(result.location).toMatch(/^\/login\?redirectTo=/);
  });
});

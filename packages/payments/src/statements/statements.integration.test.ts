import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPayoutMethod } from "../payouts/add-payout-method.ts";
import { markPayoutPaid } from "../payouts/mark-payout-paid.ts";
import { rejectPayout } from "../payouts/reject-payout.ts";
import { requestPayout } from "../payouts/request-payout.ts";
import { getEarningsStatement } from "./get-earnings-statement.ts";
import { getRevenueReport } from "./get-revenue-report.ts";
import { monthlyNetEarnings } from "./monthly-net-earnings.ts";
import { pktMonthKey } from "./pakistan-time.ts";
import { statementCsv } from "./statement-csv.ts";
import { createStatementWorld, CSV_TITLE, type StatementWorld } from "./statement-test-world.ts";

const KEY = "payments:errors.statements";
const zeroTotals = { grossPaisa: 0n, feesPaisa: 0n, netEarnedPaisa: 0n, paidOutPaisa: 0n, adjustmentsPaisa: 0n };

describe.each(testDbKinds())("earnings statements on %s", (kind) => {
  let testDb: TestDb;
  let w: StatementWorld;
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    w = await createStatementWorld(db());
  });
  afterAll(() => testDb.close());

  it("a year: one line per movement in Pakistani date order, totals and months by hand", async () => {
    const s = await getEarningsStatement(db(), w.freelancer.userId, { year: w.year });
    expect(s.holder).toEqual({ displayName: "Ayesha Khan", city: "Lahore", cnic: "35202-1234567-1", ntn: "1234567-8" });
    expect(s.lines.map((l) => [l.kind, l.orderNumber, l.grossPaisa, l.feePaisa, l.netPaisa, l.amountPaisa])).toEqual([
      ["ESCROW_RELEASED", w.orderA.number, 1_000_000n, 50_000n, 950_000n, 950_000n],
      ["EARNINGS_CLEARED", w.orderA.number, 0n, 0n, 0n, 950_000n],
      ["ESCROW_RELEASED", w.orderB.number, 333_333n, 16_667n, 316_666n, 316_666n],
      ["EARNINGS_CLEARED", w.orderB.number, 0n, 0n, 0n, 316_666n],
      ["ESCROW_RELEASED", w.orderC.number, 100_000n, 5_000n, 95_000n, 95_000n],
    ]);
    expect(s.lines[4]?.orderTitle).toBe(CSV_TITLE);
    expect(s.totals).toEqual({
      grossPaisa: 1_433_333n,
      feesPaisa: 71_667n,
      netEarnedPaisa: 1_361_666n,
      paidOutPaisa: 0n,
      adjustmentsPaisa: 0n,
    });
    expect(s.months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `${w.year}-${String(i + 1).padStart(2, "0")}`));
    const byMonth = Object.fromEntries(s.months.map(({ month, ...totals }) => [month.slice(5), totals]));
    expect(byMonth["03"]).toEqual({ ...zeroTotals, grossPaisa: 1_000_000n, feesPaisa: 50_000n, netEarnedPaisa: 950_000n });
    expect(byMonth["05"]).toEqual(zeroTotals);
    expect(byMonth["06"]).toEqual({ ...zeroTotals, grossPaisa: 333_333n, feesPaisa: 16_667n, netEarnedPaisa: 316_666n });
    expect(byMonth["07"]).toEqual({ ...zeroTotals, grossPaisa: 100_000n, feesPaisa: 5_000n, netEarnedPaisa: 95_000n });
  });

  it("a month: the release at 01:00 on 1 June Pakistan time is June's, not May's", async () => {
    const may = await getEarningsStatement(db(), w.freelancer.userId, { year: w.year, month: 5 });
    expect(may.lines).toEqual([]);
    expect(may.months).toEqual([{ month: `${w.year}-05`, ...zeroTotals }]);
    const june = await getEarningsStatement(db(), w.freelancer.userId, { year: w.year, month: 6 });
    expect(june.lines.map((l) => l.kind)).toEqual(["ESCROW_RELEASED", "EARNINGS_CLEARED"]);
    expect(june.from.toISOString()).toBe(`${w.year}-05-31T19:00:00.000Z`);
    expect(june.totals.netEarnedPaisa).toBe(316_666n);
  });

  it("payouts show up with where the money went, signed (money out negative) and with the transfer reference; paid out counts only what was sent", async () => {
    const method = await addPayoutMethod(db(), w.freelancer, {
      rail: "IBAN",
      accountTitle: "Ayesha Khan",
      accountNumber: "PK36SCBL0000001123456702",
    });
    const paid = await requestPayout(db(), w.freelancer, {
      payoutMethodId: method.id,
      amountPaisa: 1_000_000n,
      requestKey: "statement-paid-1",
    });
    await markPayoutPaid(db(), { userId: w.admin.userId, isAdmin: true }, { payoutRequestId: paid.id, reference: "FT-STATEMENT-1" });
    const rejected = await requestPayout(db(), w.freelancer, {
      payoutMethodId: method.id,
      amountPaisa: 200_000n,
      requestKey: "statement-rejected-1",
    });
    await rejectPayout(db(), { userId: w.admin.userId, isAdmin: true }, { payoutRequestId: rejected.id, reason: "Wrong title" });
    const [year, month] = pktMonthKey(paid.createdAt).split("-").map(Number) as [number, number];
    const s = await getEarningsStatement(db(), w.freelancer.userId, { year, month });
    expect(s.lines.map((l) => [l.kind, l.amountPaisa, l.payoutAccount?.accountNumberEnding, l.payoutReference])).toEqual([
      ["PAYOUT_REQUESTED", -1_000_000n, "6702", null],
      ["PAYOUT_PAID", -1_000_000n, "6702", "FT-STATEMENT-1"],
      ["PAYOUT_REQUESTED", -200_000n, "6702", null],
      ["PAYOUT_REJECTED", 200_000n, "6702", null],
    ]);
    expect(s.totals).toEqual({ ...zeroTotals, paidOutPaisa: 1_000_000n });
    const csv = statementCsv(s, "en").split("\r\n");
    expect(csv[1]).toMatch(
      /^\d{4}-\d{2}-\d{2},Payout requested: set aside from your available balance,,Bank account \(IBAN\) · Ayesha Khan · ••••6702,,,,,-10000\.00$/,
    );
    expect(csv[2]).toMatch(
      /^\d{4}-\d{2}-\d{2},Payout sent to your account,,Bank account \(IBAN\) · Ayesha Khan · ••••6702,FT-STATEMENT-1,,,,-10000\.00$/,
    );
    expect(csv[4]).toMatch(/,Payout not sent: returned to your balance,.*,2000\.00$/);
    const ur = statementCsv(s, "ur").split("\r\n");
    expect(ur[2]).toMatch(
      /^\d{4}-\d{2}-\d{2},رقم آپ کے اکاؤنٹ میں بھیج دی گئی,,بینک اکاؤنٹ \(IBAN\) · Ayesha Khan · ••••6702,FT-STATEMENT-1,,,,-10000\.00$/,
    );
  });

  it("the year's CSV: localized header, ISO dates, plain rupee amounts, the awkward title quoted", async () => {
    const s = await getEarningsStatement(db(), w.freelancer.userId, { year: w.year });
    const en = statementCsv(s, "en");
    expect(
      en.startsWith("\uFEFFDate,Type,Order number,Description,Transfer reference,Gross (PKR),Fee (PKR),Net (PKR),Amount (PKR)\r\n"),
    ).toBe(true);
    const rows = en.slice(1).trimEnd().split("\r\n");
    expect(rows).toHaveLength(6);
    expect(rows[1]).toBe(
      `${w.year}-03-10,Earnings from order,${w.orderA.number},Logo for a Lahore bakery,,10000.00,500.00,9500.00,9500.00`,
    );
    expect(rows[3]).toBe(`${w.year}-06-01,Earnings from order,${w.orderB.number},Logo for a Lahore bakery,,3333.33,166.67,3166.66,3166.66`);
    expect(rows[5]).toBe(
      `${w.year}-07-05,Earnings from order,${w.orderC.number},"Logo, ""Bakery"" — لاہور کی بیکری کا لوگو",,1000.00,50.00,950.00,950.00`,
    );
    const ur = statementCsv(s, "ur");
    expect(ur.startsWith("\uFEFFتاریخ,قسم,آرڈر نمبر,تفصیل,ٹرانسفر کا حوالہ,کل رقم (روپے),فیس (روپے),خالص رقم (روپے),رقم (روپے)\r\n")).toBe(
      true,
    );
    expect(ur).toContain(`${w.year}-03-17,کمائی نکالنے کے لیے دستیاب ہوئی,${w.orderA.number},Logo for a Lahore bakery,,,,,9500.00`);
  });

  it("other people's money is not in the statement; bad periods are BAD_INPUT", async () => {
    const other = await getEarningsStatement(db(), w.other.userId, { year: w.year });
    expect(other.lines.map((l) => l.netPaisa)).toEqual([475_000n]);
    const client = await getEarningsStatement(db(), w.client.userId, { year: w.year });
    expect(client.lines).toEqual([]);
    for (const period of [{ year: 1999 }, { year: 2026.5 }, { year: "2026" }, { year: 2026, month: 13 }, { year: 2026, month: 0 }]) {
      await expect(getEarningsStatement(db(), w.freelancer.userId, period as { year: number })).rejects.toMatchObject({
        code: "BAD_INPUT",
      });
    }
    await expect(getEarningsStatement(db(), w.freelancer.userId, { year: 2026, month: 13 })).rejects.toMatchObject({
      fields: { month: { key: `${KEY}.monthInvalid` } },
    });
    await expect(getEarningsStatement(db(), "no-such-user", { year: 2026 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("monthly net earnings for the chart, zero months included", async () => {
    const year = await monthlyNetEarnings(db(), w.freelancer.userId, { now: new Date(`${w.year}-12-15T12:00:00.000Z`) });
    expect(year).toHaveLength(12);
    expect(year.filter((m) => m.netPaisa !== 0n)).toEqual([
      { month: `${w.year}-03`, netPaisa: 950_000n },
      { month: `${w.year}-06`, netPaisa: 316_666n },
      { month: `${w.year}-07`, netPaisa: 95_000n },
    ]);
    expect(year[0]?.month).toBe(`${w.year}-01`);
    // "now" is 1 August 01:00 in Pakistan (31 July 20:00 UTC): August is the current month.
    const three = await monthlyNetEarnings(db(), w.freelancer.userId, { months: 3, now: new Date(`${w.year}-07-31T20:00:00.000Z`) });
    expect(three).toEqual([
      { month: `${w.year}-06`, netPaisa: 316_666n },
      { month: `${w.year}-07`, netPaisa: 95_000n },
      { month: `${w.year}-08`, netPaisa: 0n },
    ]);
    const acrossYears = await monthlyNetEarnings(db(), w.freelancer.userId, {
      months: 4,
      now: new Date(`${w.year + 1}-01-10T00:00:00.000Z`),
    });
    expect(acrossYears.map((m) => m.month)).toEqual([`${w.year}-10`, `${w.year}-11`, `${w.year}-12`, `${w.year + 1}-01`]);
    expect(await monthlyNetEarnings(db(), w.client.userId, { months: 2, now: new Date() })).toHaveLength(2);
    await expect(monthlyNetEarnings(db(), w.freelancer.userId, { months: 0 })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("platform revenue by month: client fees, freelancer fees and adjustments", async () => {
    const report = await getRevenueReport(db(), { year: w.year });
    const byMonth = Object.fromEntries(report.months.map(({ month, ...values }) => [month.slice(5), values]));
    const row = (client: bigint, freelancer: bigint, adjustments: bigint) => ({
      clientFeesPaisa: client,
      freelancerFeesPaisa: freelancer,
      adjustmentsPaisa: adjustments,
      totalPaisa: client + freelancer + adjustments,
    });
    expect(byMonth["03"]).toEqual(row(30_000n, 75_000n, 0n));
    expect(byMonth["05"]).toEqual(row(6_667n, 0n, 0n));
    expect(byMonth["06"]).toEqual(row(4_000n, 16_667n, 0n));
    expect(byMonth["07"]).toEqual(row(0n, 5_000n, 0n));
    expect(byMonth["08"]).toEqual(row(0n, 0n, 0n));
    expect(byMonth["09"]).toEqual(row(0n, 0n, -1_500n));
    expect(report.totals).toEqual(row(40_667n, 96_667n, -1_500n));
    expect(report.months).toHaveLength(12);
    await expect(getRevenueReport(db(), { year: 3000 })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });
});

import { describe, expect, it } from "vitest";
import type { EarningsStatement } from "./get-earnings-statement.ts";
import { csvField, formulaSafe, rupeesCell, statementCsv } from "./statement-csv.ts";
import type { StatementLine } from "./statement-lines.ts";

function line(overrides: Partial<StatementLine>): StatementLine {
  return {
    transactionId: "t1",
    date: new Date("2026-03-31T20:30:00.000Z"),
    kind: "ESCROW_RELEASED",
    orderNumber: 1042,
    orderTitle: "Logo",
    payoutAccount: null,
    payoutReference: null,
    grossPaisa: 0n,
    feePaisa: 0n,
    netPaisa: 0n,
    amountPaisa: 0n,
    ...overrides,
  };
}

function statement(lines: StatementLine[]): EarningsStatement {
  const zero = { grossPaisa: 0n, feesPaisa: 0n, netEarnedPaisa: 0n, paidOutPaisa: 0n, adjustmentsPaisa: 0n };
  return {
    userId: "u1",
    year: 2026,
    month: 3,
    from: new Date("2026-02-28T19:00:00.000Z"),
    to: new Date("2026-03-31T19:00:00.000Z"),
    holder: { displayName: "Ayesha", city: null, cnic: null, ntn: null },
    lines,
    totals: zero,
    months: [{ month: "2026-03", ...zero }],
  };
}

describe("statement CSV", () => {
  it("amounts are exact rupees with two decimals, negative ones too", () => {
    expect([0n, 5n, 100n, 123_456n, -150n, 90_071_992_547_409_931n].map(rupeesCell)).toEqual([
      "0.00",
      "0.05",
      "1.00",
      "1234.56",
      "-1.50",
      "900719925474099.31",
    ]);
  });

  it("quotes per RFC 4180 and defuses formulas in text", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(formulaSafe('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(formulaSafe("-2+3")).toBe("'-2+3");
    expect(formulaSafe("لوگو")).toBe("لوگو");
  });

  it("writes a BOM, the header, one CRLF row per line; dates are Pakistani calendar days", () => {
    const csv = statementCsv(
      statement([
        line({ orderTitle: 'Menu, "Urdu" — مینو', grossPaisa: 100_000n, feePaisa: 5_000n, netPaisa: 95_000n, amountPaisa: 95_000n }),
        line({ kind: "ADJUSTMENT", orderNumber: null, orderTitle: null, amountPaisa: -250n, date: new Date("2026-03-05T00:00:00.000Z") }),
        line({ orderTitle: "=1+1", kind: "EARNINGS_CLEARED", amountPaisa: 95_000n }),
      ]),
      "en",
    );
    expect(csv).toBe(
      "\uFEFFDate,Type,Order number,Description,Transfer reference,Gross (PKR),Fee (PKR),Net (PKR),Amount (PKR)\r\n" +
        '2026-04-01,Earnings from order,1042,"Menu, ""Urdu"" — مینو",,1000.00,50.00,950.00,950.00\r\n' +
        "2026-03-05,Adjustment,,,,,,,-2.50\r\n" +
        "2026-04-01,Earnings cleared for withdrawal,1042,'=1+1,,,,,950.00\r\n",
    );
  });

  it("words a payout as the printed statement does, signed, with its transfer reference in its own column", () => {
    const account = { rail: "RAAST" as const, accountTitle: "Ayesha Khan", accountNumberEnding: "4567" };
    const csv = statementCsv(
      statement([
        line({ kind: "PAYOUT_REQUESTED", orderNumber: null, orderTitle: null, payoutAccount: account, amountPaisa: -500_000n }),
        line({
          kind: "PAYOUT_PAID",
          orderNumber: null,
          orderTitle: null,
          payoutAccount: account,
          payoutReference: "=RAAST-9",
          amountPaisa: -500_000n,
        }),
      ]),
      "en",
    ).split("\r\n");
    expect(csv[1]).toBe("2026-04-01,Payout requested: set aside from your available balance,,Raast · Ayesha Khan · ••••4567,,,,,-5000.00");
    expect(csv[2]).toBe("2026-04-01,Payout sent to your account,,Raast · Ayesha Khan · ••••4567,'=RAAST-9,,,,-5000.00");
  });
});

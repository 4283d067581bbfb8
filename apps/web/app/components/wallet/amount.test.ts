import { describe, expect, it } from "vitest";
import { bpsToPercentText, parsePercentToBps, parseRupeesToPaisa } from "./amount.ts";

describe("parseRupeesToPaisa", () => {
  it("reads whole rupees as typed, with separators and Urdu digits, into exact paisa", () => {
    expect(parseRupeesToPaisa("5000")).toEqual({ ok: true, value: 500_000n });
    expect(parseRupeesToPaisa(" 2,500 ")).toEqual({ ok: true, value: 250_000n });
    expect(parseRupeesToPaisa("۳۰۰۰")).toEqual({ ok: true, value: 300_000n });
    expect(parseRupeesToPaisa("100.00")).toEqual({ ok: true, value: 10_000n });
    expect(parseRupeesToPaisa("100000000")).toEqual({ ok: true, value: 10_000_000_000n });
  });

  it("refuses empty, zero, negative, fractional, exponent and absurd amounts with the matching message", () => {
    const key = (text: string) => {
      const parsed = parseRupeesToPaisa(text);
      return parsed.ok ? null : parsed.error.key;
    };
    expect(key("")).toBe("wallet:errors.amountRequired");
    expect(key("0")).toBe("wallet:errors.amountPositive");
    expect(key("-50")).toBe("wallet:errors.amountPositive");
    expect(key("10.5")).toBe("wallet:errors.amountWholeRupees");
    expect(key("1e5")).toBe("wallet:errors.amountWholeRupees");
    expect(key("Rs 500")).toBe("wallet:errors.amountWholeRupees");
    expect(key("100000001")).toBe("wallet:errors.amountTooBig");
  });
});

describe("percentages and basis points", () => {
  it("turns up to two decimals of a percent into basis points and back", () => {
    expect(parsePercentToBps("2")).toEqual({ ok: true, value: 200 });
    expect(parsePercentToBps("4.5")).toEqual({ ok: true, value: 450 });
    expect(parsePercentToBps("0.25")).toEqual({ ok: true, value: 25 });
    expect(parsePercentToBps("100")).toEqual({ ok: true, value: 10_000 });
    for (const bad of ["100.01", "4.555", "-1", "", "five"]) expect(parsePercentToBps(bad).ok, bad).toBe(false);
    expect([200, 450, 25, 10_000, 1].map(bpsToPercentText)).toEqual(["2", "4.5", "0.25", "100", "0.01"]);
  });
});

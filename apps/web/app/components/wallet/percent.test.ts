import { describe, expect, it } from "vitest";
import { bpsToPercentText, parsePercentToBps } from "./percent.ts";

describe("percentages and basis points", () => {
  it("turns up to two decimals of a percent into basis points and back", () => {
    expect(parsePercentToBps("2")).toEqual({ ok: true, value: 200 });
    expect(parsePercentToBps("4.5")).toEqual({ ok: true, value: 450 });
    expect(parsePercentToBps("0.25")).toEqual({ ok: true, value: 25 });
    expect(parsePercentToBps("100")).toEqual({ ok: true, value: 10_000 });
    expect(parsePercentToBps("۲٫۵")).toEqual({ ok: true, value: 250 });
    for (const bad of ["100.01", "4.555", "-1", "", "five"]) expect(parsePercentToBps(bad).ok, bad).toBe(false);
    expect([200, 450, 25, 10_000, 1].map(bpsToPercentText)).toEqual(["2", "4.5", "0.25", "100", "0.01"]);
  });
});

import { describe, expect, it } from "vitest";
import { calculateFees } from "./calculate-fees.ts";

const launch = { freelancerFeeBps: 500, clientFeeBps: 200, minimumFeePaisa: 0 };

describe("calculateFees", () => {
  it("takes 5% from the freelancer and 2% on top from the client at launch rates", () => {
    expect(calculateFees(500_000, launch)).toEqual({
      subtotalPaisa: 500_000,
      clientFeePaisa: 10_000,
      freelancerFeePaisa: 25_000,
      totalPaisa: 510_000,
      freelancerNetPaisa: 475_000,
    });
  });

  it("rounds half up to the paisa", () => {
    // 2% of 25 paisa is 0.5 -> 1; 5% of 10 paisa is 0.5 -> 1; 5% of 9 is 0.45 -> 0.
    expect(calculateFees(25, launch).clientFeePaisa).toBe(1);
    expect(calculateFees(10, launch).freelancerFeePaisa).toBe(1);
    expect(calculateFees(9, launch).freelancerFeePaisa).toBe(0);
    // 5% of 1,234,567 = 61,728.35 -> 61,728; 2% = 24,691.34 -> 24,691.
    const odd = calculateFees(1_234_567, launch);
    expect([odd.freelancerFeePaisa, odd.clientFeePaisa]).toEqual([61_728, 24_691]);
  });

  it("applies the minimum fee to a non-zero rate only", () => {
    const rates = { freelancerFeeBps: 500, clientFeeBps: 0, minimumFeePaisa: 5_000 };
    const small = calculateFees(20_000, rates);
    expect(small.freelancerFeePaisa).toBe(5_000);
    expect(small.clientFeePaisa).toBe(0);
    expect(calculateFees(1_000_000, rates).freelancerFeePaisa).toBe(50_000);
  });

  it("never takes more than the subtotal from the freelancer", () => {
    const breakdown = calculateFees(3_000, { freelancerFeeBps: 500, clientFeeBps: 200, minimumFeePaisa: 5_000 });
    expect(breakdown.freelancerFeePaisa).toBe(3_000);
    expect(breakdown.freelancerNetPaisa).toBe(0);
    expect(breakdown.clientFeePaisa).toBe(5_000);
    expect(breakdown.totalPaisa).toBe(8_000);
  });

  it("keeps the parts consistent for many amounts", () => {
    for (let subtotal = 0; subtotal < 50_000; subtotal += 137) {
      const b = calculateFees(subtotal, { freelancerFeeBps: 750, clientFeeBps: 250, minimumFeePaisa: 100 });
      expect(b.totalPaisa).toBe(b.subtotalPaisa + b.clientFeePaisa);
      expect(b.freelancerNetPaisa + b.freelancerFeePaisa).toBe(subtotal);
      expect(b.freelancerNetPaisa).toBeGreaterThanOrEqual(0);
      for (const part of Object.values(b)) expect(Number.isInteger(part)).toBe(true);
    }
  });

  it("refuses amounts and rates that are not whole paisa or basis points", () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 40]) {
      expect(() => calculateFees(bad, launch)).toThrow(expect.objectContaining({ messageKey: "payments:errors.fees.invalidAmount" }));
    }
    for (const rates of [
      { ...launch, clientFeeBps: 10_001 },
      { ...launch, freelancerFeeBps: 2.5 },
      { ...launch, minimumFeePaisa: -1 },
    ]) {
      expect(() => calculateFees(1_000, rates)).toThrow(expect.objectContaining({ messageKey: "payments:errors.fees.invalidRates" }));
    }
  });
});

import { describe, expect, it } from "vitest";
import { splitClientFee } from "./split-client-fee.ts";

describe("splitClientFee", () => {
  it("shares the fee in proportion to the milestone amounts", () => {
    expect(splitClientFee(2_000, [60_000, 40_000])).toEqual([1_200, 800]);
  });

  it("always adds up to the fee exactly, the leftover paisa going to the largest remainders", () => {
    expect(splitClientFee(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitClientFee(10, [3, 3, 4])).toEqual([3, 3, 4]);
    for (const [fee, amounts] of [
      [999, [333_333, 333_333, 333_334]],
      [1, [50, 50]],
      [12_345, [7, 100_000, 99_993, 5]],
    ] as const) {
      const shares = splitClientFee(fee, amounts);
      expect(shares.reduce((sum, share) => sum + share, 0)).toBe(fee);
      expect(shares.every((share) => share >= 0)).toBe(true);
    }
  });

  it("gives every share zero when there is no fee", () => {
    expect(splitClientFee(0, [500, 700])).toEqual([0, 0]);
  });

  it("refuses amounts that are not positive whole paisa and a negative fee", () => {
    for (const [fee, amounts] of [
      [-1, [100]],
      [10, []],
      [10, [0, 100]],
      [10, [1.5, 100]],
      [1.2, [100]],
    ] as const) {
      expect(() => splitClientFee(fee, amounts)).toThrow(expect.objectContaining({ code: "BAD_INPUT" }));
    }
  });
});

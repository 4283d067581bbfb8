import { describe, expect, it } from "vitest";
import { parseRupees } from "./rupee-amount.ts";

describe("parseRupees", () => {
  it.each([
    ["2500", 250_000n],
    ["2,500", 250_000n],
    ["2500.5", 250_050n],
    ["2500.05", 250_005n],
    [" Rs 1,000.99 ", 100_099n],
    ["۲۵۰۰", 250_000n],
    ["٢٥٠٠٫٥٠", 250_050n],
    [".5", 50n],
    ["0.01", 1n],
    ["12345678.99", 1_234_567_899n],
  ])("reads %j as %s paisa", (input, paisa) => {
    expect(parseRupees(input)).toEqual({ paisa });
  });

  it.each([
    ["", "amountRequired"],
    ["   ", "amountRequired"],
    ["abc", "amountInvalid"],
    ["1e3", "amountInvalid"],
    ["12.3.4", "amountInvalid"],
    [".", "amountInvalid"],
    ["Infinity", "amountInvalid"],
    ["0x10", "amountInvalid"],
    ["10.001", "amountPrecision"],
    ["0.999", "amountPrecision"],
    ["0", "amountPositive"],
    ["0.00", "amountPositive"],
    ["-500", "amountPositive"],
    ["100000000.01", "amountTooLarge"],
  ])("refuses %j with %s", (input, key) => {
    expect(parseRupees(input)).toEqual({ error: { key: `earnings:errors.${key}` } });
  });
});

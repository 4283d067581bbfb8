import { describe, expect, it } from "vitest";
import { parseRupees, rupeesText } from "./money.ts";
import { normaliseNumberText } from "./number-text.ts";

describe("parseRupees", () => {
  it.each([
    ["2500", 250_000n],
    ["2,500", 250_000n],
    ["2500.5", 250_050n],
    ["2500.05", 250_005n],
    [" Rs 1,000.99 ", 100_099n],
    ["PKR 700", 70_000n],
    ["۲۵۰۰ روپے", 250_000n],
    ["۲۵۰۰", 250_000n],
    ["٢٥٠٠٫٥٠", 250_050n],
    [".5", 50n],
    ["0.01", 1n],
    ["12345678.99", 1_234_567_899n],
    ["100000000", 10_000_000_000n],
  ])("reads %j as %s paisa", (input, paisa) => {
    expect(parseRupees(input)).toEqual({ ok: true, paisa });
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
    expect(parseRupees(input)).toEqual({ ok: false, error: { key: `errors:${key}` } });
  });

  it("reads whole rupees, with separators and Urdu digits, into exact paisa when paisa are not allowed", () => {
    const whole = (text: string) => parseRupees(text, { wholeRupees: true });
    expect(whole("5000")).toEqual({ ok: true, paisa: 500_000n });
    expect(whole(" 2,500 ")).toEqual({ ok: true, paisa: 250_000n });
    expect(whole("۳۰۰۰")).toEqual({ ok: true, paisa: 300_000n });
    expect(whole("100.00")).toEqual({ ok: true, paisa: 10_000n });
    expect(whole("100000000")).toEqual({ ok: true, paisa: 10_000_000_000n });
    expect(whole("10.5")).toEqual({ ok: false, error: { key: "errors:amountWholeRupees" } });
    expect(whole("1e5")).toEqual({ ok: false, error: { key: "errors:amountInvalid" } });
    expect(whole("100000001")).toEqual({ ok: false, error: { key: "errors:amountTooLarge" } });
  });

  it("accepts zero but not a negative amount when zero is allowed, and takes a lower maximum", () => {
    expect(parseRupees("0", { allowZero: true, wholeRupees: true })).toEqual({ ok: true, paisa: 0n });
    expect(parseRupees("-5", { allowZero: true })).toEqual({ ok: false, error: { key: "errors:amountNegative" } });
    expect(parseRupees("1,000.01", { maxPaisa: 100_000n })).toEqual({ ok: false, error: { key: "errors:amountTooLarge" } });
  });
});

describe("rupeesText", () => {
  it("writes paisa as the rupees a person types, for refilling a form", () => {
    expect([250_000n, 250_050n, 250_005n, 1, 0].map(rupeesText)).toEqual(["2500", "2500.50", "2500.05", "0.01", "0"]);
    for (const paisa of [1n, 99n, 250_050n, 10_000_000_000n]) expect(parseRupees(rupeesText(paisa))).toEqual({ ok: true, paisa });
  });
});

describe("normaliseNumberText", () => {
  it("turns Urdu and Arabic digits and separators into plain ASCII number text", () => {
    expect(normaliseNumberText(" ۵,۰۰۰ ")).toBe("5000");
    expect(normaliseNumberText("٢٬٥٠٠٫٥")).toBe("2500.5");
    expect(normaliseNumberText("1\u00a0000")).toBe("1000");
    expect(normaliseNumberText("five")).toBe("five");
  });
});

import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "./errors.ts";

const raw = (originalCode: string) => ({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode } } } });

describe("isUniqueViolation", () => {
  it("knows a model query's P2002 and raw SQL's P2010 carrying 23505", () => {
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    expect(isUniqueViolation(raw("23505"))).toBe(true);
  });

  it("is false for any other failure", () => {
    expect(isUniqueViolation(raw("40001"))).toBe(false);
    expect(isUniqueViolation({ code: "P2025" })).toBe(false);
    expect(isUniqueViolation(new Error("23505"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});

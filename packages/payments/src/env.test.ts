import { describe, expect, it } from "vitest";
import { DEMO_RECEIVING_ACCOUNTS, parsePaymentsEnv } from "./env.ts";

describe("payments environment", () => {
  it("turns the sandbox on by default outside production", () => {
    expect(parsePaymentsEnv({ NODE_ENV: "development" }).sandboxEnabled).toBe(true);
    expect(parsePaymentsEnv({ NODE_ENV: "test" }).sandboxEnabled).toBe(true);
    expect(parsePaymentsEnv({ NODE_ENV: "development", PAYMENTS_SANDBOX: "false" }).sandboxEnabled).toBe(false);
  });

  it("in production offers the sandbox only on a demo deployment or when set to exactly true", () => {
    const real = { NODE_ENV: "production", DATABASE_URL: "postgres://db/hunar" };
    expect(parsePaymentsEnv(real).sandboxEnabled).toBe(false);
    expect(parsePaymentsEnv({ ...real, PAYMENTS_SANDBOX: "" }).sandboxEnabled).toBe(false);
    expect(parsePaymentsEnv({ ...real, PAYMENTS_SANDBOX: "false" }).sandboxEnabled).toBe(false);
    expect(parsePaymentsEnv({ ...real, PAYMENTS_SANDBOX: "true" }).sandboxEnabled).toBe(true);
    // An unset NODE_ENV counts as production: the safe side.
    expect(parsePaymentsEnv({ DATABASE_URL: "postgres://db/hunar" }).sandboxEnabled).toBe(false);
    // The embedded demo (`pnpm start` on a fresh clone) can be completed; without demo data it cannot.
    expect(parsePaymentsEnv({ NODE_ENV: "production" }).sandboxEnabled).toBe(true);
    expect(parsePaymentsEnv({ NODE_ENV: "production", SEED_DEMO: "0" }).sandboxEnabled).toBe(false);
    expect(parsePaymentsEnv({ NODE_ENV: "production", PAYMENTS_SANDBOX: "false" }).sandboxEnabled).toBe(false);
    expect(parsePaymentsEnv({ ...real, SEED_DEMO: "1" }).sandboxEnabled).toBe(true);
    expect(() => parsePaymentsEnv({ NODE_ENV: "production", PAYMENTS_SANDBOX: "yes" })).toThrow();
  });

  it("has no gateway secret unless one is set, and refuses a short one", () => {
    expect(parsePaymentsEnv({}).gatewaySecret).toBeNull();
    const secret = "x".repeat(32);
    expect(parsePaymentsEnv({ PAYMENTS_GATEWAY_SECRET: secret }).gatewaySecret).toBe(secret);
    expect(() => parsePaymentsEnv({ PAYMENTS_GATEWAY_SECRET: "short" })).toThrow();
  });

  it("uses demo receiving accounts by default and checks configured ones", () => {
    expect(parsePaymentsEnv({}).receivingAccounts).toEqual(DEMO_RECEIVING_ACCOUNTS);
    const configured = parsePaymentsEnv({
      PLATFORM_ACCOUNT_TITLE: "Hunar Pvt Ltd",
      PLATFORM_IBAN: "pk36 scbl 0000 0011 2345 6702",
      PLATFORM_RAAST_ID: "0300-1234567",
      PLATFORM_JAZZCASH: "0301 2345678",
      PLATFORM_EASYPAISA: "03451234567",
    }).receivingAccounts;
    expect(configured).toEqual({
      accountTitle: "Hunar Pvt Ltd",
      iban: "PK36SCBL0000001123456702",
      raastId: "03001234567",
      jazzcash: "03012345678",
      easypaisa: "03451234567",
    });
    expect(() => parsePaymentsEnv({ PLATFORM_IBAN: "PK36SCBL0000001123456703" })).toThrow();
    expect(() => parsePaymentsEnv({ PLATFORM_IBAN: "GB82WEST12345698765432" })).toThrow();
    expect(() => parsePaymentsEnv({ PLATFORM_JAZZCASH: "12345" })).toThrow();
  });
});

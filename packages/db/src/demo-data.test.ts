import { describe, expect, it } from "vitest";
import { isDemoEnvironment } from "./demo-data.ts";

describe("demo deployment rule", () => {
  it("is a demo on the embedded database unless SEED_DEMO=0", () => {
    expect(isDemoEnvironment({})).toBe(true);
    expect(isDemoEnvironment({ DATABASE_URL: "" })).toBe(true);
    expect(isDemoEnvironment({ SEED_DEMO: "0" })).toBe(false);
  });

  it("is not a demo on PostgreSQL unless SEED_DEMO=1", () => {
    expect(isDemoEnvironment({ DATABASE_URL: "postgres://db/hunar" })).toBe(false);
    expect(isDemoEnvironment({ DATABASE_URL: "postgres://db/hunar", SEED_DEMO: "1" })).toBe(true);
  });

  it("refuses a SEED_DEMO it does not understand", () => {
    expect(() => isDemoEnvironment({ SEED_DEMO: "yes" })).toThrow(/SEED_DEMO/);
  });
});

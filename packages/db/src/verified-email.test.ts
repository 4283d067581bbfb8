import { describe, expect, it } from "vitest";
import { assertEmailVerified, isEmailVerified, verifiedEmailSql } from "./verified-email.ts";

describe("the verified-email rule", () => {
  it("says an account is verified once emailVerifiedAt is set, on a row and in SQL", () => {
    expect(isEmailVerified({ emailVerifiedAt: null })).toBe(false);
    expect(isEmailVerified({ emailVerifiedAt: new Date() })).toBe(true);
    expect(verifiedEmailSql("sender").sql).toBe(`sender."emailVerifiedAt" IS NOT NULL`);
    expect(() => verifiedEmailSql(`u"; --`)).toThrow(/not an SQL alias/);
  });

  it("refuses an unverified account with one error everyone shows the same way", () => {
    expect(() => assertEmailVerified({ emailVerifiedAt: null })).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", messageKey: "errors:emailNotVerified" }),
    );
    expect(() => assertEmailVerified({ emailVerifiedAt: new Date() })).not.toThrow();
  });
});

import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { describe, expect, it } from "vitest";
import { accountLink } from "./account-links.ts";
import { ACCOUNT_TOKEN_LIFETIME_MS, accountTokenHash, generateAccountToken } from "./account-token.ts";
import { linkToken } from "./testing/account-mail.ts";

describe("account tokens", () => {
  it("are 32 random bytes in base32, stored as their SHA-256", () => {
    const token = generateAccountToken();
    expect(token).toMatch(/^[a-z2-7]{52}$/);
    expect(generateAccountToken()).not.toBe(token);
    expect(accountTokenHash(token)).toBe(encodeHexLowerCase(sha256(new TextEncoder().encode(token))));
  });

  it("work for an hour (reset), a day (verification) and a week (undoing an address change)", () => {
    expect(ACCOUNT_TOKEN_LIFETIME_MS).toEqual({
      RESET_PASSWORD: 3_600_000,
      VERIFY_EMAIL: 86_400_000,
      CHANGE_EMAIL: 86_400_000,
      RESTORE_EMAIL: 604_800_000,
    });
  });

  it("open the page of their purpose on the configured origin", () => {
    expect(accountLink("https://hunar.pk", "RESET_PASSWORD", "abc234")).toBe("https://hunar.pk/reset-password?token=abc234");
    expect(accountLink("https://hunar.pk/", "CHANGE_EMAIL", "abc234")).toBe("https://hunar.pk/confirm-email?token=abc234");
    expect(linkToken("Open: https://hunar.pk/restore-email?token=abc234 now", "/restore-email")).toBe("abc234");
  });
});

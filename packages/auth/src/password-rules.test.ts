import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordProblem } from "./common-passwords.ts";
import { PASSWORD_MAX, matchesIdentity } from "./password-rules.ts";

describe("password rules", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("chai-at-Lahore-4pm")).toBeNull();
  });

  it("wants at least 8 characters, counted as characters not UTF-16 units", () => {
    expect(passwordProblem("Ab3$xyz")).toEqual({ key: "errors:passwordTooShort", params: { min: 8 } });
    // Seven Urdu letters plus an emoji (two UTF-16 units) is 8 characters.
    expect(passwordProblem("پاکستانی😀")).toBeNull();
  });

  it("caps the length", () => {
    expect(passwordProblem("x".repeat(PASSWORD_MAX))).toBeNull();
    expect(passwordProblem("x".repeat(PASSWORD_MAX + 1))).toEqual({
      key: "errors:passwordTooLong",
      params: { max: PASSWORD_MAX },
    });
  });

  it("refuses breached passwords whatever their case", () => {
    expect(isCommonPassword("password1")).toBe(true);
    expect(passwordProblem("Password1")).toEqual({ key: "errors:passwordCommon" });
    expect(passwordProblem("QWERTYUIOP")).toEqual({ key: "errors:passwordCommon" });
  });

  it("refuses the account's email, its local part or the person's name", () => {
    const identity = { email: "ayesha.khan@example.pk", name: "Ayesha Khan" };
    expect(passwordProblem("Ayesha.Khan@example.pk", identity)).toEqual({ key: "errors:passwordMatchesIdentity" });
    expect(passwordProblem("ayesha.khan", identity)).toEqual({ key: "errors:passwordMatchesIdentity" });
    expect(passwordProblem("AyeshaKhan", identity)).toEqual({ key: "errors:passwordMatchesIdentity" });
    expect(matchesIdentity("ayesha khan", identity)).toBe(true);
    expect(matchesIdentity("ayesha-khan-designs", identity)).toBe(false);
  });
});

import { AppError } from "@hunar/core/app-error";
import { describe, expect, it } from "vitest";
import { parseInput, validateInput } from "@hunar/core/parse-input";
import { EMAIL_MAX, NAME_MAX, ZChangePassword, ZLogIn, ZSignUp } from "./validation.ts";

const valid = { name: "Ayesha Khan", email: "ayesha@example.pk", password: "chai-at-Lahore-4pm", intent: "WORK", locale: "ur" };

function fieldsOf(schema: Parameters<typeof validateInput>[0], input: unknown) {
  const result = validateInput(schema, input);
  return result.ok ? {} : result.fields;
}

describe("ZSignUp", () => {
  it("normalises the email (trim, lower-case) and the name (trim)", () => {
    const parsed = parseInput(ZSignUp, { ...valid, email: "  Ayesha@Example.PK ", name: "  Ayesha Khan " });
    expect(parsed.email).toBe("ayesha@example.pk");
    expect(parsed.name).toBe("Ayesha Khan");
  });

  it("keys every problem by its form field, as an errors: i18n key", () => {
    expect(fieldsOf(ZSignUp, {})).toEqual({
      name: { key: "errors:required" },
      email: { key: "errors:required" },
      password: { key: "errors:required" },
      intent: { key: "errors:intentInvalid" },
      locale: { key: "errors:localeInvalid" },
    });
    expect(fieldsOf(ZSignUp, { ...valid, email: "not-an-email", password: "short", intent: "STEAL", locale: "fr" })).toEqual({
      email: { key: "errors:emailInvalid" },
      password: { key: "errors:passwordTooShort", params: { min: 8 } },
      intent: { key: "errors:intentInvalid" },
      locale: { key: "errors:localeInvalid" },
    });
  });

  it("limits lengths and says the limit", () => {
    expect(fieldsOf(ZSignUp, { ...valid, name: "n".repeat(NAME_MAX + 1) })).toEqual({
      name: { key: "errors:tooLong", params: { max: NAME_MAX } },
    });
    expect(fieldsOf(ZSignUp, { ...valid, email: `${"a".repeat(EMAIL_MAX)}@example.pk` })).toEqual({
      email: { key: "errors:tooLong", params: { max: EMAIL_MAX } },
    });
  });

  it("refuses a password equal to the email or name", () => {
    expect(fieldsOf(ZSignUp, { ...valid, password: "AYESHA@example.pk" })).toEqual({
      password: { key: "errors:passwordMatchesIdentity" },
    });
  });

  it("throws BAD_INPUT with the fields from parseInput", () => {
    try {
      parseInput(ZSignUp, { ...valid, email: "x" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("BAD_INPUT");
      expect((error as AppError).fields).toEqual({ email: { key: "errors:emailInvalid" } });
    }
  });
});

describe("ZLogIn and ZChangePassword", () => {
  it("needs both login fields", () => {
    expect(fieldsOf(ZLogIn, { email: "", password: "" })).toEqual({
      email: { key: "errors:required" },
      password: { key: "errors:required" },
    });
  });

  it("wants a new password that differs from the current one", () => {
    expect(fieldsOf(ZChangePassword, { currentPassword: "chai-at-Lahore-4pm", newPassword: "chai-at-Lahore-4pm" })).toEqual({
      newPassword: { key: "errors:passwordUnchanged" },
    });
  });
});

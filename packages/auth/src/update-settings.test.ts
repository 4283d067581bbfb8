import { describe, expect, it } from "vitest";
import { validateInput } from "@hunar/core/parse-input";
import { ZAccountSettings } from "./update-settings.ts";
import { NAME_MAX } from "./validation.ts";

describe("ZAccountSettings", () => {
  it("trims the display name and accepts both languages", () => {
    expect(validateInput(ZAccountSettings, { displayName: "  Bilal  ", preferredLocale: "en" })).toEqual({
      ok: true,
      data: { displayName: "Bilal", preferredLocale: "en" },
    });
  });

  it("keys problems by field as errors: i18n keys", () => {
    expect(validateInput(ZAccountSettings, { displayName: " ", preferredLocale: "fr" })).toEqual({
      ok: false,
      fields: { displayName: { key: "errors:required" }, preferredLocale: { key: "errors:localeInvalid" } },
    });
    expect(validateInput(ZAccountSettings, { displayName: "x".repeat(NAME_MAX + 1), preferredLocale: "ur" })).toEqual({
      ok: false,
      fields: { displayName: { key: "errors:tooLong", params: { max: NAME_MAX } } },
    });
  });
});

import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, negotiateLocale } from "./negotiate.ts";

describe("negotiateLocale", () => {
  it("defaults to Urdu when nothing says otherwise", () => {
    expect(negotiateLocale({})).toBe("ur");
    expect(negotiateLocale({ acceptLanguage: "fr-FR,de;q=0.8" })).toBe("ur");
  });

  it("prefers ?lng= over the cookie, the cookie over the user setting, the setting over the browser", () => {
    const all = { query: "en", cookie: "ur", userSetting: "en", acceptLanguage: "ur" };
    expect(negotiateLocale(all)).toBe("en");
    expect(negotiateLocale({ ...all, query: null })).toBe("ur");
    expect(negotiateLocale({ ...all, query: null, cookie: null })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "en-GB,en;q=0.9" })).toBe("en");
  });

  it("ignores unsupported or malformed explicit values", () => {
    expect(negotiateLocale({ query: "fr", cookie: "xx", userSetting: "", acceptLanguage: "en" })).toBe("en");
    expect(negotiateLocale({ query: "EN" })).toBe("en");
  });
});

describe("localeFromAcceptLanguage", () => {
  it("honours q-values over order", () => {
    expect(localeFromAcceptLanguage("en;q=0.5, ur;q=0.9")).toBe("ur");
    expect(localeFromAcceptLanguage("ur;q=0.4,en-US;q=0.6")).toBe("en");
  });

  it("keeps header order for equal q-values", () => {
    expect(localeFromAcceptLanguage("en-PK, ur-PK")).toBe("en");
    expect(localeFromAcceptLanguage("ur-PK, en-PK")).toBe("ur");
  });

  it("skips unsupported languages and refused ranges (q=0)", () => {
    expect(localeFromAcceptLanguage("pa-PK, ur;q=0.8, en;q=0.7")).toBe("ur");
    expect(localeFromAcceptLanguage("ur;q=0, en;q=0.1")).toBe("en");
    expect(localeFromAcceptLanguage("*")).toBeUndefined();
    expect(localeFromAcceptLanguage("")).toBeUndefined();
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
    expect(localeFromAcceptLanguage("en;q=abc")).toBeUndefined();
  });
});

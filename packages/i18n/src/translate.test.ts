import { describe, expect, it } from "vitest";
import { dir } from "./config.ts";
import { createI18n } from "./instance.ts";
import { resources } from "./resources.ts";
import { createT } from "./translate.ts";

describe("createT", () => {
  it("translates into each language with interpolation", () => {
    expect(createT("en")("common:footer.copyright", { year: 2026 })).toBe("© 2026 Hunar");
    expect(createT("ur")("common:footer.copyright", { year: 2026 })).toBe("© 2026 ہنر");
  });

  it("uses the common namespace by default and other namespaces by prefix", () => {
    expect(createT("en")("appName")).toBe("Hunar");
    expect(createT("en")("account:fields.passwordHint", { min: 8 })).toContain("8 characters");
  });

  it("does not escape interpolated values (React escapes them)", () => {
    expect(createT("en")("searchPage.resultsFor", { query: "<b>" })).toBe("Results for “<b>”");
  });
});

describe("createI18n with a browser's resources", () => {
  it("holds only the language it was given", () => {
    const i18n = createI18n("ur", resources.ur);
    expect(i18n.hasResourceBundle("ur", "common")).toBe(true);
    expect(i18n.hasResourceBundle("en", "common")).toBe(false);
    expect(i18n.dir("ur")).toBe(dir("ur"));
  });
});

describe("sizes inside sentences", () => {
  it("writes {{maxMb, megabytes}} with the one file-size formatter, kept in order on Urdu pages", () => {
    const ur = createT("ur")("orders:work.deliver.filesHint", { maxMb: 10, max: 5 });
    expect(ur).toContain("\u206810 MB\u2069");
    expect(ur).not.toMatch(/MB\s*10|\{\{/);
    expect(createT("en")("images:errors.tooLarge", { maxMb: 5 })).toBe("This image is larger than 5 MB. Please choose a smaller one.");
    expect(createT("ur")("images:errors.tooLarge", { maxMb: 5 })).toContain("\u20685 MB\u2069");
  });
});

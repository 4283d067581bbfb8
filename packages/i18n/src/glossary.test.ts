import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GLOSSARY, glossaryViolations } from "./glossary.ts";
import { localeStrings } from "./locale-files.ts";

describe("glossary", () => {
  it("scans every locale file there is (guards the scan itself)", () => {
    const files = readdirSync(new URL("../locales/ur/", import.meta.url)).filter((name) => name.endsWith(".json"));
    expect(new Set(localeStrings("ur").map((entry) => entry.file))).toEqual(new Set(files));
    expect(localeStrings("ur").length).toBeGreaterThan(500);
  });

  it("names every product term in both languages", () => {
    for (const term of [
      "gig",
      "order",
      "escrow",
      "wallet",
      "payout",
      "proposal",
      "milestone",
      "dispute",
      "delivery",
      "revision",
    ] as const) {
      expect(GLOSSARY[term].ur).toMatch(/[\u0600-\u06FF]/);
      expect(GLOSSARY[term].en).toMatch(/[a-z]/);
    }
    for (const term of ["freelancer", "client", "iban", "raast", "jazzcash", "easypaisa"] as const) expect(GLOSSARY[term].ur).toBeTruthy();
  });

  it("matches whole words only", () => {
    expect(glossaryViolations("کوئی گگ کھولیں", "ur")).toEqual(["گگ (use: گِگ)"]);
    expect(glossaryViolations("کوئی گِگ کھولیں", "ur")).toEqual([]);
    expect(glossaryViolations("رقم بینک ٹرانسفر (IBAN) سے بھیجیں", "ur")).toEqual(["بینک ٹرانسفر (IBAN) (use: بینک اکاؤنٹ (IBAN))"]);
    expect(glossaryViolations("Pay by Easy Paisa", "en")).toEqual(["Easy Paisa (use: Easypaisa)"]);
  });

  it.each(["ur", "en"] as const)("no %s string uses a variant the glossary forbids", (language) => {
    const found = localeStrings(language).flatMap(({ file, key, text }) =>
      glossaryViolations(text, language).map((violation) => `${file} ${key}: ${violation}`),
    );
    expect(found).toEqual([]);
  });
});

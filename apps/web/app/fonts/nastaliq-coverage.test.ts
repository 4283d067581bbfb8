import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inNastaliqSubset, isArabicScript } from "./nastaliq-coverage.ts";

const localeDir = new URL("../../../../packages/i18n/locales/ur/", import.meta.url);

/** Every Arabic-script character of the Urdu interface's strings, with one key that uses it. */
function urduInterfaceCharacters(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(localeDir).filter((name) => name.endsWith(".json"))) {
    for (const character of readFileSync(new URL(file, localeDir), "utf8")) {
      if (isArabicScript(character.codePointAt(0) ?? 0) && !found.has(character)) found.set(character, file);
    }
  }
  return found;
}

describe("the Nastaliq subset", () => {
  it("draws every Arabic-script character the Urdu interface uses", () => {
    const characters = urduInterfaceCharacters();
    expect(characters.size).toBeGreaterThan(40);
    const missing = [...characters].filter(([character]) => !inNastaliqSubset(character.codePointAt(0) ?? 0));
    // A new string with a letter outside the subset: add it to NASTALIQ_RANGES and run `pnpm run subset:nastaliq`.
    expect(missing.map(([character, file]) => `${character} U+${(character.codePointAt(0) ?? 0).toString(16)} (${file})`)).toEqual([]);
  });

  it("draws the Urdu letters, the Arabic ones an Arabic keyboard types instead, and both kinds of digits", () => {
    for (const character of "ٹپچڈڑژکگںھہۂۃیےۓ" + "كيهةى" + "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩" + "،؛؟۔") {
      expect(inNastaliqSubset(character.codePointAt(0) ?? 0), character).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { localeStrings } from "./locale-files.ts";

/**
 * Latin words an Urdu string may keep, each for a reason a reader would accept. Everything else
 * is written in Urdu script (file types as جے پیگ، پی ڈی ایف; JazzCash as جاز کیش).
 */
const ALLOWED: Record<string, string> = {
  IBAN: "the account number's own name, printed so on cheque books and bank apps",
  PK: "the first two letters of every Pakistani IBAN, which the reader types",
  CSV: "the downloaded file's type, which the phone or computer shows as .csv",
  PDF: "the browser's print dialog offers “PDF” in its Urdu interface too",
  Ctrl: "the key as it is labelled on the keyboard (Ctrl+P)",
  P: "the key as it is labelled on the keyboard (Ctrl+P)",
};

/** Strings that are not prose: a command line the reader types as it is. */
const EXEMPT_KEYS = new Set(["auth.json adminCreate.usage"]);

/**
 * What a reader types or copies exactly as shown is not prose: an IBAN written in groups
 * (PK36 SCBL 0000 …), an address's scheme (https://), a range of letters to use (a–z).
 */
const EXAMPLES = [/\bPK\d{2}(?: [A-Z0-9]{4})+/g, /\bhttps?:\/\/\S*/g, /\b[a-z]–[a-z]\b/gi];

/** Latin words outside {{interpolations}}, <tags> and examples; a token with a digit is an example too (03XX-XXXXXXX). */
function latinWords(text: string): string[] {
  const prose = EXAMPLES.reduce((rest, example) => rest.replace(example, " "), text)
    .replace(/\{\{[^}]*\}\}/g, " ")
    .replace(/<\/?[\w-]+[^>]*>/g, " ");
  return [...prose.matchAll(/[A-Za-z0-9][A-Za-z0-9+\-_.@']*/g)]
    .map((match) => match[0].replace(/[.']+$/, ""))
    .filter((token) => /[A-Za-z]/.test(token) && !/\d/.test(token))
    .flatMap((token) => token.split("+"))
    .filter((word) => word !== "" && !(word in ALLOWED));
}

describe("Urdu strings are in Urdu", () => {
  it("finds Latin words and leaves interpolations, tags and examples alone", () => {
    expect(latinWords("ہر فائل {{maxMb}} MB تک")).toEqual(["MB"]);
    expect(latinWords("<strong>{{name}}</strong> نے لکھا")).toEqual([]);
    expect(latinWords("مثلاً PK36SCBL0000001123456702 یا 03XX-XXXXXXX")).toEqual([]);
    expect(latinWords("پرنٹ کمانڈ (Ctrl+P) یا IBAN")).toEqual([]);
    expect(latinWords("مثلاً PK36 SCBL 0000 0011 2345 6702، https://example.pk یا (a–z)")).toEqual([]);
    expect(latinWords("تصویر (JPEG، PNG)")).toEqual(["JPEG", "PNG"]);
  });

  it("has no Latin words outside the allow-list", () => {
    const found = localeStrings("ur")
      .filter(({ file, key }) => !EXEMPT_KEYS.has(`${file} ${key}`))
      .flatMap(({ file, key, text }) => latinWords(text).map((word) => `${file} ${key}: ${word}`));
    expect(found).toEqual([]);
  });
});

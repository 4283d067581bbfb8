import { composeIBAN, isValidIBAN } from "ibantools";
import { describe, expect, it } from "vitest";
import { normaliseMobileNumber, validateAccountTitle, validatePayoutAccount } from "./payout-account.ts";

const KEY = "payments:errors.payouts";

// A widely published Standard Chartered Pakistan example; its check digits are 36.
const KNOWN_VALID = "PK36SCBL0000001123456702";

/** The same IBAN with its check digits replaced (still two digits, so only mod-97 can catch it). */
function withCheckDigits(iban: string, digits: string): string {
  return `${iban.slice(0, 2)}${digits}${iban.slice(4)}`;
}

describe("validatePayoutAccount: IBAN", () => {
  it("accepts Pakistani IBANs with valid check digits, in the stored electronic form", () => {
    const composed = composeIBAN({ countryCode: "PK", bban: "MEZN0002110101234567" });
    expect(composed).toMatch(/^PK\d{2}MEZN0002110101234567$/);
    for (const iban of [KNOWN_VALID, composed as string]) {
      expect(validatePayoutAccount("IBAN", iban)).toEqual({ ok: true, accountNumber: iban });
    }
    expect(validatePayoutAccount("IBAN", " pk36 scbl 0000 0011 2345 6702 ")).toEqual({ ok: true, accountNumber: KNOWN_VALID });
  });

  it("refuses a changed check digit, a changed account digit and swapped digits", () => {
    for (const digits of ["37", "35", "63", "00", "99"]) {
      const wrong = withCheckDigits(KNOWN_VALID, digits);
      expect(isValidIBAN(wrong)).toBe(false);
      expect(validatePayoutAccount("IBAN", wrong)).toEqual({ ok: false, error: { key: `${KEY}.ibanChecksum` } });
    }
    expect(validatePayoutAccount("IBAN", "PK36SCBL0000001123456703")).toMatchObject({ error: { key: `${KEY}.ibanChecksum` } });
    expect(validatePayoutAccount("IBAN", "PK36SCBL0000001123456720")).toMatchObject({ error: { key: `${KEY}.ibanChecksum` } });
  });

  it("refuses foreign IBANs, wrong lengths and a bank code with digits, each with its own message", () => {
    expect(validatePayoutAccount("IBAN", "GB82WEST12345698765432")).toEqual({ ok: false, error: { key: `${KEY}.ibanNotPakistani` } });
    expect(validatePayoutAccount("IBAN", "PK36SCBL000000112345670")).toEqual({
      ok: false,
      error: { key: `${KEY}.ibanLength`, params: { length: 24 } },
    });
    const digitBank = composeIBAN({ countryCode: "PK", bban: "SC1L0000001123456702" }) as string;
    expect(isValidIBAN(digitBank)).toBe(true);
    expect(validatePayoutAccount("IBAN", digitBank)).toEqual({ ok: false, error: { key: `${KEY}.ibanFormat` } });
    expect(validatePayoutAccount("IBAN", "")).toEqual({ ok: false, error: { key: `${KEY}.accountNumberRequired` } });
    expect(validatePayoutAccount("IBAN", "PK".padEnd(100, "1"))).toEqual({ ok: false, error: { key: `${KEY}.accountNumberFormat` } });
  });
});

describe("validatePayoutAccount: Raast and mobile wallets", () => {
  it("normalises the ways people write a mobile number to 03XXXXXXXXX", () => {
    for (const written of [
      "03001234567",
      "0300-1234567",
      "+92 300 1234567",
      "+923001234567",
      "923001234567",
      "0092 300 1234567",
      "300 1234567",
      "(0300) 123-4567",
    ]) {
      expect(normaliseMobileNumber(written)).toBe("03001234567");
      for (const rail of ["RAAST", "JAZZCASH", "EASYPAISA"] as const) {
        expect(validatePayoutAccount(rail, written)).toEqual({ ok: true, accountNumber: "03001234567" });
      }
    }
  });

  it("a wallet number of the wrong length gets the length message with the count", () => {
    expect(validatePayoutAccount("JAZZCASH", "0300-123456")).toEqual({
      ok: false,
      error: { key: `${KEY}.walletNumberLength`, params: { digits: 10 } },
    });
    expect(validatePayoutAccount("EASYPAISA", "0345-12345678")).toEqual({
      ok: false,
      error: { key: `${KEY}.walletNumberLength`, params: { digits: 12 } },
    });
    expect(validatePayoutAccount("RAAST", "0300123")).toEqual({ ok: false, error: { key: `${KEY}.raastIdLength`, params: { digits: 7 } } });
  });

  it("refuses landlines, letters and foreign numbers", () => {
    expect(validatePayoutAccount("JAZZCASH", "04235761234")).toEqual({ ok: false, error: { key: `${KEY}.walletNumberFormat` } });
    expect(validatePayoutAccount("EASYPAISA", "0300-12345O7")).toEqual({ ok: false, error: { key: `${KEY}.walletNumberFormat` } });
    expect(validatePayoutAccount("RAAST", "+44 7700 900123")).toMatchObject({ ok: false });
    expect(validatePayoutAccount("RAAST", KNOWN_VALID)).toEqual({ ok: false, error: { key: `${KEY}.raastIdFormat` } });
  });

  it("an unknown rail is refused", () => {
    expect(validatePayoutAccount("PAYPAL" as never, "03001234567")).toEqual({ ok: false, error: { key: `${KEY}.railInvalid` } });
  });
});

describe("validateAccountTitle", () => {
  it("accepts English and Urdu names with spaces, dots, apostrophes and hyphens; collapses spaces", () => {
    expect(validateAccountTitle("  Muhammad   Ali Khan ")).toEqual({ ok: true, accountTitle: "Muhammad Ali Khan" });
    expect(validateAccountTitle("محمد علی خان")).toEqual({ ok: true, accountTitle: "محمد علی خان" });
    expect(validateAccountTitle("عائشہ بی بی")).toMatchObject({ ok: true });
    expect(validateAccountTitle("M. O'Brien-Shah")).toMatchObject({ ok: true });
  });

  it("refuses too short, too long, digits and other scripts", () => {
    expect(validateAccountTitle("Al")).toEqual({ ok: false, error: { key: `${KEY}.accountTitleLength`, params: { min: 3, max: 80 } } });
    expect(validateAccountTitle("A".repeat(81))).toMatchObject({ error: { key: `${KEY}.accountTitleLength` } });
    expect(validateAccountTitle("Ali Khan 2")).toEqual({ ok: false, error: { key: `${KEY}.accountTitleCharacters` } });
    expect(validateAccountTitle("Иван Петров")).toMatchObject({ error: { key: `${KEY}.accountTitleCharacters` } });
    expect(validateAccountTitle("...")).toMatchObject({ error: { key: `${KEY}.accountTitleCharacters` } });
    expect(validateAccountTitle("<b>Ali</b>")).toMatchObject({ error: { key: `${KEY}.accountTitleCharacters` } });
  });
});

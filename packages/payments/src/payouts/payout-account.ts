import type { FieldError } from "@hunar/core/app-error";
import type { PaymentRail } from "@hunar/db/types";
import { electronicFormatIBAN, isValidIBAN } from "ibantools";

const KEY = "payments:errors.payouts";

export type PayoutAccountResult = { ok: true; accountNumber: string } | { ok: false; error: FieldError };

// PK + 2 check digits + 4-letter bank code + 16-digit account: 24 characters (SBP's IBAN format).
const PK_IBAN_LENGTH = 24;
const PK_IBAN_SHAPE = /^PK\d{2}[A-Z]{4}\d{16}$/;
const MOBILE_ACCOUNT = /^03\d{9}$/;

function validateIban(input: string): PayoutAccountResult {
  // electronicFormatIBAN drops the spaces people copy from cheque books and bank apps.
  const iban = (electronicFormatIBAN(input) ?? "").replace(/-/g, "").toUpperCase();
  if (!iban.startsWith("PK")) return { ok: false, error: { key: `${KEY}.ibanNotPakistani` } };
  if (iban.length !== PK_IBAN_LENGTH) {
    return { ok: false, error: { key: `${KEY}.ibanLength`, params: { length: PK_IBAN_LENGTH } } };
  }
  if (!PK_IBAN_SHAPE.test(iban)) return { ok: false, error: { key: `${KEY}.ibanFormat` } };
  // The mod-97 check digits catch a mistyped or swapped digit before money goes to a stranger.
  if (!isValidIBAN(iban)) return { ok: false, error: { key: `${KEY}.ibanChecksum` } };
  return { ok: true, accountNumber: iban };
}

/**
 * A Pakistani mobile number in any of the ways people write it (+92 300 1234567, 923001234567,
 * 0300-1234567, 300 1234567) as the 11 digits wallets and Raast use: 03001234567.
 */
export function normaliseMobileNumber(input: string): string {
  let digits = input.replace(/[\s\-().]/g, "");
  if (digits.startsWith("+92")) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith("0092")) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith("92") && digits.length === 12) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith("3") && digits.length === 10) digits = `0${digits}`;
  return digits;
}

function validateMobile(input: string, rail: "RAAST" | "JAZZCASH" | "EASYPAISA"): PayoutAccountResult {
  const number = normaliseMobileNumber(input);
  const prefix = rail === "RAAST" ? `${KEY}.raastId` : `${KEY}.walletNumber`;
  if (!/^\d+$/.test(number)) return { ok: false, error: { key: `${prefix}Format` } };
  if (number.length !== 11) {
    return { ok: false, error: { key: `${prefix}Length`, params: { digits: number.length } } };
  }
  if (!MOBILE_ACCOUNT.test(number)) return { ok: false, error: { key: `${prefix}Format` } };
  return { ok: true, accountNumber: number };
}

/**
 * Checks an account number for its rail and returns it in the one form we store and compare
 * (so "PK36 SCBL ..." and "pk36scbl..." are the same method), or the field error to show.
 * IBAN: Pakistani, with valid check digits. Raast: the Raast ID, which is the mobile number the
 * account is registered to. JazzCash / Easypaisa: the wallet's mobile number.
 */
export function validatePayoutAccount(rail: PaymentRail, accountNumber: string): PayoutAccountResult {
  if (typeof accountNumber !== "string" || accountNumber.trim() === "") {
    return { ok: false, error: { key: `${KEY}.accountNumberRequired` } };
  }
  if (accountNumber.length > 64) return { ok: false, error: { key: `${KEY}.accountNumberFormat` } };
  switch (rail) {
    case "IBAN":
      return validateIban(accountNumber);
    case "RAAST":
    case "JAZZCASH":
    case "EASYPAISA":
      return validateMobile(accountNumber, rail);
    default:
      return { ok: false, error: { key: `${KEY}.railInvalid` } };
  }
}

const TITLE_MIN = 3;
const TITLE_MAX = 80;

// Latin letters (English names) or Arabic-script letters (Urdu names), plus the marks Urdu
// writers add (zer, zabar, pesh) and the zero-width non-joiner Urdu keyboards insert.
function isTitleCharacter(char: string): boolean {
  if (/[ .'’\-\u200c]/u.test(char)) return true;
  if (/\p{M}/u.test(char)) return true;
  return /\p{L}/u.test(char) && /[\p{Script=Latin}\p{Script=Arabic}]/u.test(char);
}

/** The account holder's name as the bank has it; spaces collapsed. */
export function validateAccountTitle(input: string): { ok: true; accountTitle: string } | { ok: false; error: FieldError } {
  const title = typeof input === "string" ? input.trim().replace(/\s+/g, " ") : "";
  const length = [...title].length;
  if (length < TITLE_MIN || length > TITLE_MAX) {
    return { ok: false, error: { key: `${KEY}.accountTitleLength`, params: { min: TITLE_MIN, max: TITLE_MAX } } };
  }
  if (![...title].every(isTitleCharacter) || !/\p{L}/u.test(title)) {
    return { ok: false, error: { key: `${KEY}.accountTitleCharacters` } };
  }
  return { ok: true, accountTitle: title };
}

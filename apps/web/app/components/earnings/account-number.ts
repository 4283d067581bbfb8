export type PayoutRail = "IBAN" | "RAAST" | "JAZZCASH" | "EASYPAISA";

export const PAYOUT_RAILS: readonly PayoutRail[] = ["IBAN", "RAAST", "JAZZCASH", "EASYPAISA"];

/**
 * An account number as people read it: mobile numbers as 03XX-XXXXXXX, IBANs in groups of four.
 * Stored numbers are normalised (11 digits, or a bare IBAN), so this only adds separators.
 */
export function formatAccountNumber(rail: string, accountNumber: string): string {
  if (/^03\d{9}$/.test(accountNumber)) return `${accountNumber.slice(0, 4)}-${accountNumber.slice(4)}`;
  if (rail === "IBAN" || /^PK\d{2}/i.test(accountNumber)) return accountNumber.replace(/(.{4})(?=.)/g, "$1 ");
  return accountNumber;
}

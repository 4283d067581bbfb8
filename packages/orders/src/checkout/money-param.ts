import { formatMoney } from "@hunar/i18n/format";

/**
 * An amount for an error message ("add Rs 1,250"). Domain code does not know the reader's
 * language, and both locales print PKR identically (Latin digits, "Rs"), so English formatting
 * serves either translation.
 */
export function rupeesParam(paisa: bigint): string {
  return formatMoney(paisa, "en");
}

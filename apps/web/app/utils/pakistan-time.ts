/** Pakistan has no daylight saving time: its wall clock is always UTC+5. */
export const PAKISTAN_OFFSET = "+05:00";

const WRITTEN = /^(\d{4})-(\d{1,2})-(\d{1,2})[T\s]+(\d{1,2}):(\d{2})$/;

/** Urdu (Extended Arabic-Indic) and Arabic-Indic digits read as 0-9. */
function westernDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/**
 * A Pakistan wall-clock time as typed into a DateTimeField ("2026-12-02 14:30", Urdu digits
 * too) or sent by a native datetime-local input ("2026-12-02T14:30"), as an ISO instant with
 * Pakistan's offset; null when it is not a real date and time.
 */
export function pakistanDateTime(text: string): string | null {
  const match = WRITTEN.exec(westernDigits(text.trim()));
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const real =
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day && check.getUTCHours() === hour;
  if (!real || minute > 59) return null;
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${PAKISTAN_OFFSET}`;
}

/**
 * A date as typed into a DateField, with Urdu digits or without leading zeros, as the
 * "YYYY-MM-DD" a native date input sends; anything else is returned as typed, for the domain to
 * refuse in its own words.
 */
export function writtenDate(text: string): string {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(westernDigits(text.trim()));
  if (!match) return text;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

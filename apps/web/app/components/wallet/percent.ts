import { normaliseNumberText } from "@hunar/core/number-text";
import type { Message } from "#app/utils/form-errors.ts";

// Fee rates are typed as percentages and handled as basis points; the text is read digit by
// digit, never through a float. (Typed rupees are @hunar/core/money's parseRupees.)

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: Message };

/** "2.5" (percent) → 250 basis points; at most two decimals, 0–100. */
export function parsePercentToBps(text: string): Parsed<number> {
  const match = /^(\d{1,3})(?:[.](\d{0,2}))?$/.exec(normaliseNumberText(text));
  if (!match) return { ok: false, error: { key: "wallet:errors.percentInvalid" } };
  const bps = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (bps > 10_000) return { ok: false, error: { key: "wallet:errors.percentInvalid" } };
  return { ok: true, value: bps };
}

/** Basis points as the percentage people type ("2.5"), for refilling a form. */
export function bpsToPercentText(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const rest = bps % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

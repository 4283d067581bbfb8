import { normaliseNumberText } from "@hunar/gigs/text-rules";
import type { Message } from "#app/utils/form-errors.ts";

// Amounts are typed in rupees and handled as integer paisa from here on. The text is checked
// character by character, never through a float, so "10.5" or "1e3" cannot slip through.

const PAISA_PER_RUPEE = 100n;
/** Rs 10 crore: far above any real top-up, low enough that a typo of extra zeros is caught. */
const MAX_RUPEES = 100_000_000n;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: Message };

const fail = (key: string): { ok: false; error: Message } => ({ ok: false, error: { key } });

/** "5,000" or "۵۰۰۰" → 500000n paisa; zero, negative, fractional or absurd amounts are refused. */
export function parseRupeesToPaisa(text: string): Parsed<bigint> {
  const normalised = normaliseNumberText(text);
  if (normalised === "") return fail("wallet:errors.amountRequired");
  if (/^-/.test(normalised)) return fail("wallet:errors.amountPositive");
  if (/^\d+[.]\d*$/.test(normalised) && !/^\d+[.]0*$/.test(normalised)) return fail("wallet:errors.amountWholeRupees");
  const whole = /^(\d+)(?:[.]0*)?$/.exec(normalised)?.[1];
  if (whole === undefined) return fail("wallet:errors.amountWholeRupees");
  const rupees = BigInt(whole);
  if (rupees <= 0n) return fail("wallet:errors.amountPositive");
  if (rupees > MAX_RUPEES) return fail("wallet:errors.amountTooBig");
  return { ok: true, value: rupees * PAISA_PER_RUPEE };
}

/** "2.5" (percent) → 250 basis points; at most two decimals, 0–100. */
export function parsePercentToBps(text: string): Parsed<number> {
  const match = /^(\d{1,3})(?:[.](\d{0,2}))?$/.exec(normaliseNumberText(text));
  if (!match) return fail("wallet:errors.percentInvalid");
  const bps = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (bps > 10_000) return fail("wallet:errors.percentInvalid");
  return { ok: true, value: bps };
}

/** Basis points as the percentage people type ("2.5"), for refilling a form. */
export function bpsToPercentText(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const rest = bps % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

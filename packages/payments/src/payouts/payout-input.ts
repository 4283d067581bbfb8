import { z } from "zod";

export const PAYOUTS_KEY = "payments:errors.payouts";
const KEY = PAYOUTS_KEY;

export const PAYOUT_RAILS = ["IBAN", "RAAST", "JAZZCASH", "EASYPAISA"] as const;

export const ZPayoutRail = z.enum(PAYOUT_RAILS, { error: `${KEY}.railInvalid` });

/** Whole paisa as a bigint, more than zero (a number, fractional or not, is refused). */
export const ZPayoutAmount = z.bigint({ error: `${KEY}.amountInvalid` }).refine((value) => value > 0n, `${KEY}.amountInvalid`);

/** The client's own id for one press of "withdraw", so a retried form post cannot pay twice. */
export const ZRequestKey = z.string({ error: `${KEY}.requestKeyInvalid` }).regex(/^[A-Za-z0-9_-]{8,100}$/, `${KEY}.requestKeyInvalid`);

export const ZPayoutId = z
  .string({ error: `${KEY}.notFound` })
  .min(1, `${KEY}.notFound`)
  .max(64, `${KEY}.notFound`);

export const ZDecisionReason = z
  .string({ error: `${KEY}.reasonRequired` })
  .trim()
  .min(3, `${KEY}.reasonRequired`)
  .max(500, `${KEY}.reasonTooLong`);

// Bank and wallet transaction ids as admins copy them from the bank portal: letters, digits and
// a few separators; surrounding spaces are not part of it.
export const ZProviderReference = z
  .string({ error: `${KEY}.referenceInvalid` })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9/_.-]{3,63}$/, `${KEY}.referenceInvalid`);

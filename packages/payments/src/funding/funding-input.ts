import { z } from "zod";

/**
 * Rs 25,000,000: above the largest order total an Int column can hold (the shortfall of any
 * order can be paid), low enough that a typo of several extra zeros is caught.
 */
export const MAX_FUNDING_PAISA = 2_500_000_000n;

export const PAYMENT_RAILS = ["IBAN", "RAAST", "JAZZCASH", "EASYPAISA"] as const;

const KEY = "payments:errors.funding";

/** Whole paisa as a bigint, more than zero and at most MAX_FUNDING_PAISA. */
export const ZFundingAmount = z
  .bigint({ error: `${KEY}.amountInvalid` })
  .refine((value) => value > 0n, `${KEY}.amountInvalid`)
  .refine((value) => value <= MAX_FUNDING_PAISA, `${KEY}.amountTooLarge`);

export const ZRail = z.enum(PAYMENT_RAILS, { error: `${KEY}.railInvalid` });

// Bank and wallet transaction ids as people copy them: letters, digits and dashes. Spaces the
// user pasted around it are not part of it.
export const ZReference = z
  .string({ error: `${KEY}.referenceInvalid` })
  .trim()
  .regex(/^[A-Za-z0-9-]{6,40}$/, `${KEY}.referenceInvalid`);

export const DECISION_REASON_MAX = 500;

export const ZDecisionReason = z
  .string({ error: `${KEY}.reasonRequired` })
  .trim()
  .min(3, `${KEY}.reasonRequired`)
  .max(DECISION_REASON_MAX, `${KEY}.reasonTooLong`);

export const ZId = z.string({ error: "errors:notFound" }).min(1, "errors:notFound").max(64, "errors:notFound");

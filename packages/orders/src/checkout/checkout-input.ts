import { z } from "zod";
import { ZId, ZRail, ZReference } from "@hunar/payments/funding/funding-input";
import { ZRequirementAnswers } from "../requirements/requirement-input.ts";

const KEY = "payments:errors.checkout";

export const REQUIREMENTS_MAX = 5_000;

export const ZTier = z.enum(["BASIC", "STANDARD", "PREMIUM"], { error: `${KEY}.tierInvalid` });

/** More than a gig can offer (gigs allows 5); the quote refuses any id that is not the gig's own. */
const MAX_EXTRA_IDS = 10;

/** The gig extras the client ticked, each once. */
export const ZExtraIds = z
  .array(
    z
      .string({ error: `${KEY}.extraUnavailable` })
      .min(1, `${KEY}.extraUnavailable`)
      .max(64, `${KEY}.extraUnavailable`),
    {
      error: `${KEY}.extraUnavailable`,
    },
  )
  .max(MAX_EXTRA_IDS, `${KEY}.extraUnavailable`)
  .nullish()
  .transform((ids) => [...new Set(ids ?? [])]);

export const ZGigOrderQuoteInput = z.object({ gigId: ZId, tier: ZTier, extraIds: ZExtraIds });
export type GigOrderQuoteInput = z.input<typeof ZGigOrderQuoteInput>;

export const ZPlaceGigOrderInput = ZGigOrderQuoteInput.extend({
  requirements: z
    .string({ error: `${KEY}.requirementsTooLong` })
    .trim()
    .max(REQUIREMENTS_MAX, `${KEY}.requirementsTooLong`)
    .transform((value) => (value === "" ? null : value))
    .nullish(),
  /** Answers to the gig's questions given at checkout; the rest can follow on the order page. */
  answers: ZRequirementAnswers,
});
export type PlaceGigOrderInput = z.input<typeof ZPlaceGigOrderInput>;

export const PAYMENT_METHODS = ["wallet", "sandbox", "manual"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const ZPayOrderInput = z.discriminatedUnion(
  "method",
  [
    z.object({ orderId: ZId, method: z.literal("wallet") }),
    z.object({ orderId: ZId, method: z.literal("sandbox") }),
    z.object({ orderId: ZId, method: z.literal("manual"), rail: ZRail, reference: ZReference }),
  ],
  { error: `${KEY}.methodInvalid` },
);
export type PayOrderInput = {
  orderId: string;
  method: PaymentMethod;
  rail?: z.input<typeof ZRail>;
  reference?: string;
};

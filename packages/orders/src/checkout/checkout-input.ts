import { z } from "zod";
import { ZId, ZRail, ZReference } from "@hunar/payments/funding/funding-input";

const KEY = "payments:errors.checkout";

export const REQUIREMENTS_MAX = 5_000;

export const ZTier = z.enum(["BASIC", "STANDARD", "PREMIUM"], { error: `${KEY}.tierInvalid` });

export const ZGigOrderQuoteInput = z.object({ gigId: ZId, tier: ZTier });
export type GigOrderQuoteInput = z.input<typeof ZGigOrderQuoteInput>;

export const ZPlaceGigOrderInput = ZGigOrderQuoteInput.extend({
  requirements: z
    .string({ error: `${KEY}.requirementsTooLong` })
    .trim()
    .max(REQUIREMENTS_MAX, `${KEY}.requirementsTooLong`)
    .transform((value) => (value === "" ? null : value))
    .nullish(),
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

import { parseInput } from "@hunar/core/parse-input";
import { block, line, wholeNumber } from "@hunar/gigs/text-schemas";
import { z } from "zod";
import { checkMilestonePlan, planToStore, termsError, ZDays, ZMilestonePlan, ZPriceRupees } from "../terms/work-terms.ts";

export const OFFER_REVISIONS_MAX = 20;
export const OFFER_EXPIRY_DAYS_MAX = 30;
export const OFFER_EXPIRY_DAYS_DEFAULT = 7;

const blankIsAbsent = (value: unknown) => (value === "" || value === null ? undefined : value);

/** An optional whole number from a form (blank is absent) whose range message is a proposals one. */
const optionalCount = (min: number, max: number, rangeError: string) =>
  z.preprocess(
    blankIsAbsent,
    wholeNumber(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "notANumber")
      .pipe(
        z
          .number()
          .min(min, { error: termsError(rangeError) })
          .max(max, { error: termsError(rangeError) }),
      )
      .optional(),
  );

// The custom offer form: what the work is, the same price, days and milestone rules as a
// proposal, how many revisions (blank: unlimited) and how many days the client has to accept.
export const ZSendOfferInput = z
  .object({
    conversationId: z
      .string({ error: termsError("offerConversationRequired") })
      .trim()
      .min(1, { error: termsError("offerConversationRequired") })
      .max(64),
    title: line(5, 120),
    description: block(20, 3000),
    priceRupees: ZPriceRupees,
    deliveryDays: ZDays,
    revisions: optionalCount(0, OFFER_REVISIONS_MAX, "revisionsRange").transform((value) => value ?? null),
    expiresInDays: optionalCount(1, OFFER_EXPIRY_DAYS_MAX, "expiryRange").transform((value) => value ?? OFFER_EXPIRY_DAYS_DEFAULT),
    milestones: ZMilestonePlan,
    // The sender's own gig the client asked about (from a request for a custom offer); blank is none.
    gigId: z.preprocess(blankIsAbsent, z.string().trim().max(64).optional()),
  })
  .superRefine(checkMilestonePlan);

export type SendOfferInput = z.output<typeof ZSendOfferInput>;

export function parseOfferInput(raw: unknown): SendOfferInput {
  return parseInput(ZSendOfferInput, raw, { keyPrefix: "gigs:errors." });
}

/** The offer row's terms: rupees become paisa, the plan is stored as JSON like a proposal's. */
export function offerTerms(input: SendOfferInput) {
  return {
    title: input.title,
    description: input.description,
    pricePaisa: input.priceRupees * 100,
    deliveryDays: input.deliveryDays,
    revisions: input.revisions,
    milestonePlan: planToStore(input.milestones),
  };
}

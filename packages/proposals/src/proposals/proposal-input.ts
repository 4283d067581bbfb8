import { parseInput } from "@hunar/core/parse-input";
import { block } from "@hunar/gigs/text-schemas";
import { z } from "zod";
import { checkMilestonePlan, planToStore, termsError, ZDays, ZMilestonePlan, ZPriceRupees } from "../terms/work-terms.ts";

// The proposal form, shared by submit and update. The cover letter follows the gig text rules
// (control characters and markup refused, gigs:errors.* keys); price, days and milestones are the
// work terms every proposal and offer share (terms/work-terms.ts).

export const COVER_LETTER_MIN = 50;
export const COVER_LETTER_MAX = 5000;

export const ZSubmitProposalInput = z
  .object({
    jobId: z
      .string({ error: termsError("jobRequired") })
      .trim()
      .min(1, { error: termsError("jobRequired") })
      .max(64),
    coverLetter: block(COVER_LETTER_MIN, COVER_LETTER_MAX),
    priceRupees: ZPriceRupees,
    deliveryDays: ZDays,
    milestones: ZMilestonePlan,
  })
  .superRefine(checkMilestonePlan);

export type SubmitProposalInput = z.output<typeof ZSubmitProposalInput>;

export function parseProposalInput(raw: unknown): SubmitProposalInput {
  return parseInput(ZSubmitProposalInput, raw, { keyPrefix: "gigs:errors." });
}

/** The row fields of a parsed proposal: rupees become paisa, the milestone plan is stored as JSON. */
export function proposalData(input: SubmitProposalInput) {
  return {
    coverLetter: input.coverLetter,
    bidPaisa: input.priceRupees * 100,
    deliveryDays: input.deliveryDays,
    milestonePlan: planToStore(input.milestones),
  };
}

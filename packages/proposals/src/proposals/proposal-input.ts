import { parseInput } from "@hunar/core/parse-input";
import { block, wholeNumber } from "@hunar/gigs/text-schemas";
import { z } from "zod";

// The proposal form, shared by submit and update. The cover letter follows the gig text rules
// (control characters and markup refused, gigs:errors.* keys); price, days and milestones are
// proposal rules with proposals:errors.* keys.

export const COVER_LETTER_MIN = 50;
export const COVER_LETTER_MAX = 5000;
export const PRICE_MIN_RUPEES = 500;
export const PRICE_MAX_RUPEES = 10_000_000;
export const DELIVERY_DAYS_MAX = 365;
export const MILESTONES_MIN = 2;
export const MILESTONES_MAX = 10;

const proposalError = (name: string): string => `proposals:errors.${name}`;

// The range message is a proposal one, so the bounds are checked after wholeNumber reads the text.
const ZRupees = wholeNumber(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "notANumber").pipe(
  z
    .number()
    .min(PRICE_MIN_RUPEES, { error: proposalError("priceRange") })
    .max(PRICE_MAX_RUPEES, { error: proposalError("priceRange") }),
);

const ZDays = wholeNumber(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "notANumber").pipe(
  z
    .number()
    .min(1, { error: proposalError("daysRange") })
    .max(DELIVERY_DAYS_MAX, { error: proposalError("daysRange") }),
);

// A milestone may be smaller than the least price of a whole proposal, but never zero.
const ZMilestoneRupees = wholeNumber(1, PRICE_MAX_RUPEES, "notANumber").pipe(z.number());

const ZMilestone = z.object({
  title: block(3, 120),
  amountRupees: ZMilestoneRupees,
  dueDays: ZDays,
});

export const ZSubmitProposalInput = z
  .object({
    jobId: z
      .string({ error: proposalError("jobRequired") })
      .trim()
      .min(1, { error: proposalError("jobRequired") })
      .max(64),
    coverLetter: block(COVER_LETTER_MIN, COVER_LETTER_MAX),
    priceRupees: ZRupees,
    deliveryDays: ZDays,
    milestones: z
      .array(ZMilestone, { error: proposalError("milestonesInvalid") })
      .min(MILESTONES_MIN, { error: proposalError("milestonesCount") })
      .max(MILESTONES_MAX, { error: proposalError("milestonesCount") })
      .nullish()
      .transform((list) => list ?? null),
  })
  .superRefine((input, ctx) => {
    const milestones = input.milestones;
    if (milestones === null) return;
    // The contract pays exactly the price; a plan that adds up to anything else is a typo.
    const total = milestones.reduce((sum, milestone) => sum + milestone.amountRupees, 0);
    if (total !== input.priceRupees) {
      ctx.addIssue({ code: "custom", message: proposalError("milestonesTotal"), path: ["milestones"] });
    }
    milestones.forEach((milestone, index) => {
      const previous = milestones[index - 1];
      if (milestone.dueDays > input.deliveryDays) {
        ctx.addIssue({ code: "custom", message: proposalError("milestoneAfterDelivery"), path: ["milestones", index, "dueDays"] });
      } else if (previous !== undefined && milestone.dueDays < previous.dueDays) {
        ctx.addIssue({ code: "custom", message: proposalError("milestonesOrder"), path: ["milestones", index, "dueDays"] });
      }
    });
  });

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
    milestonePlan:
      input.milestones === null
        ? null
        : input.milestones.map((milestone) => ({
            title: milestone.title,
            amountPaisa: milestone.amountRupees * 100,
            dueDays: milestone.dueDays,
          })),
  };
}

const ZStoredPlan = z
  .array(z.object({ title: z.string().min(1), amountPaisa: z.number().int().positive(), dueDays: z.number().int().positive() }))
  .nullable();

/** The milestone plan as proposalData stored it; a row that does not hold one reads as no plan. */
export function readMilestonePlan(json: unknown): { title: string; amountPaisa: number; dueDays: number }[] | null {
  const parsed = ZStoredPlan.safeParse(json ?? null);
  return parsed.success && parsed.data?.length ? parsed.data : null;
}

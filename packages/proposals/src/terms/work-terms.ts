import { block, wholeNumber } from "@hunar/gigs/text-schemas";
import { z } from "zod";

// The terms a freelancer names in a proposal and in a custom offer: a price in rupees, days of
// work and an optional plan of milestones adding up to the price. One set of rules for both,
// with proposals:errors.* keys (the milestone title follows the gig text rules, gigs:errors.*).

export const PRICE_MIN_RUPEES = 500;
export const PRICE_MAX_RUPEES = 10_000_000;
export const DELIVERY_DAYS_MAX = 365;
export const MILESTONES_MIN = 2;
export const MILESTONES_MAX = 10;

export const termsError = (name: string): string => `proposals:errors.${name}`;

// The range message is a proposal one, so the bounds are checked after wholeNumber reads the text.
export const ZPriceRupees = wholeNumber(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "notANumber").pipe(
  z
    .number()
    .min(PRICE_MIN_RUPEES, { error: termsError("priceRange") })
    .max(PRICE_MAX_RUPEES, { error: termsError("priceRange") }),
);

export const ZDays = wholeNumber(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "notANumber").pipe(
  z
    .number()
    .min(1, { error: termsError("daysRange") })
    .max(DELIVERY_DAYS_MAX, { error: termsError("daysRange") }),
);

// A milestone may be smaller than the least price of a whole proposal, but never zero.
const ZMilestoneRupees = wholeNumber(1, PRICE_MAX_RUPEES, "notANumber").pipe(z.number());

const ZMilestone = z.object({
  title: block(3, 120),
  amountRupees: ZMilestoneRupees,
  dueDays: ZDays,
});

export const ZMilestonePlan = z
  .array(ZMilestone, { error: termsError("milestonesInvalid") })
  .min(MILESTONES_MIN, { error: termsError("milestonesCount") })
  .max(MILESTONES_MAX, { error: termsError("milestonesCount") })
  .nullish()
  .transform((list) => list ?? null);

type Plan = z.output<typeof ZMilestonePlan>;

/**
 * The plan's own arithmetic, for a superRefine: the amounts add up exactly to the price (anything
 * else is a typo), and the due days run in order, none after the delivery day.
 */
export function checkMilestonePlan(input: { priceRupees: number; deliveryDays: number; milestones: Plan }, ctx: z.RefinementCtx): void {
  const milestones = input.milestones;
  if (milestones === null) return;
  const total = milestones.reduce((sum, milestone) => sum + milestone.amountRupees, 0);
  if (total !== input.priceRupees) ctx.addIssue({ code: "custom", message: termsError("milestonesTotal"), path: ["milestones"] });
  milestones.forEach((milestone, index) => {
    const previous = milestones[index - 1];
    if (milestone.dueDays > input.deliveryDays) {
      ctx.addIssue({ code: "custom", message: termsError("milestoneAfterDelivery"), path: ["milestones", index, "dueDays"] });
    } else if (previous !== undefined && milestone.dueDays < previous.dueDays) {
      ctx.addIssue({ code: "custom", message: termsError("milestonesOrder"), path: ["milestones", index, "dueDays"] });
    }
  });
}

// A type, not an interface: Prisma's JSON input accepts plain object types only.
export type StoredMilestone = {
  title: string;
  amountPaisa: number;
  dueDays: number;
};

/** The plan as it is stored (JSON on the proposal or the offer): amounts in paisa. */
export function planToStore(plan: Plan): StoredMilestone[] | null {
  return plan === null
    ? null
    : plan.map((milestone) => ({ title: milestone.title, amountPaisa: milestone.amountRupees * 100, dueDays: milestone.dueDays }));
}

const ZStoredPlan = z
  .array(z.object({ title: z.string().min(1), amountPaisa: z.number().int().positive(), dueDays: z.number().int().positive() }))
  .nullable();

/** A stored plan read back; a row that does not hold one reads as no plan. */
export function readMilestonePlan(json: unknown): StoredMilestone[] | null {
  const parsed = ZStoredPlan.safeParse(json ?? null);
  return parsed.success && parsed.data?.length ? parsed.data : null;
}

/** One step of a contract's plan, as a proposal or an offer states it (due days counted from the start). */
export interface PlannedMilestone {
  title: string;
  amountPaisa: number;
  dueDays: number;
}

/**
 * The terms a contract order is made from, whichever way the parties agreed them: a job's
 * proposal the client accepted (PROPOSAL) or a custom offer (OFFER). The caller has checked the
 * terms with its own rules; placeContractOrder checks the parties and the plan's arithmetic.
 */
export interface ContractTerms {
  source: "PROPOSAL" | "OFFER";
  clientId: string;
  freelancerId: string;
  /** In the client's language: the order list and the invoice show it. */
  title: string;
  /** What was agreed, shown on the order page (the job's or the offer's description). */
  requirements: string | null;
  pricePaisa: number;
  deliveryDays: number;
  /** Null means unlimited. */
  revisionsAllowed: number | null;
  /** Null or empty: one unit of work paid in full, like a gig order. */
  milestones: readonly PlannedMilestone[] | null;
  proposalId?: string;
  jobId?: string;
  offerId?: string;
  /** A custom offer made on one of the freelancer's gigs: the order's review counts for that gig. */
  gigId?: string;
}

/**
 * Days of work each milestone gets from its own funding: the plan's due days are counted from the
 * start, so a milestone gets the gap since the previous one, and never less than a day.
 */
export function milestoneDurations(plan: readonly PlannedMilestone[]): number[] {
  return plan.map((milestone, index) => Math.max(1, milestone.dueDays - (plan[index - 1]?.dueDays ?? 0)));
}

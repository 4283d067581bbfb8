import { z } from "zod";

/** The other party's time to give their account before an admin may decide without it. */
export const ANSWER_DAYS = 3;
/** How long after an admin's decision either party may appeal it (once). */
export const APPEAL_DAYS = 7;
/** An open dispute older than this is overdue for a decision: the admin queue marks it. */
export const DECISION_TARGET_DAYS = 5;

export const DESCRIPTION_MIN = 20;
export const STATEMENT_MAX = 5000;
export const DECISION_REASON_MIN = 10;
export const DECISION_REASON_MAX = 2000;
export const MAX_EVIDENCE_FILES = 10;

export const DISPUTE_REASONS = ["NOT_DELIVERED", "NOT_AS_DESCRIBED", "LATE_DELIVERY", "UNRESPONSIVE", "OTHER"] as const;
export const RESOLUTIONS = ["RELEASE", "REFUND", "SPLIT"] as const;

/** Statuses in which the dispute still waits for an outcome: the thread is open and an admin may act. */
export const UNDECIDED = ["OPEN", "UNDER_REVIEW"] as const;
/** Statuses the admin queue holds: waiting for a decision, or for the appeal's. */
export const AWAITING_ADMIN = ["OPEN", "UNDER_REVIEW", "APPEALED"] as const;

const ZId = z.string({ error: "errors:notFound" }).trim().min(1, { error: "errors:notFound" }).max(64, { error: "errors:notFound" });

const ZStatement = (min: number, requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, { error: requiredKey })
    .min(min, { error: "disputes:errors.tooShort" })
    .max(STATEMENT_MAX, { error: "disputes:errors.tooLong" });

const ZFiles = z
  .array(z.string().min(1).max(64), { error: "disputes:errors.files.unknown" })
  .max(MAX_EVIDENCE_FILES, { error: "disputes:errors.files.tooMany" })
  .default([]);

/** Paisa as a whole, non-negative number (forms send rupees; the web layer converts). */
const ZPaisa = z
  .number({ error: "disputes:errors.amountInvalid" })
  .int({ error: "disputes:errors.amountInvalid" })
  .min(0, { error: "disputes:errors.amountNegative" })
  .max(Number.MAX_SAFE_INTEGER, { error: "disputes:errors.amountInvalid" });

export const ZOpenDispute = z.object({
  orderId: ZId,
  reason: z.enum(DISPUTE_REASONS, { error: "disputes:errors.reasonRequired" }),
  description: ZStatement(DESCRIPTION_MIN, "disputes:errors.descriptionRequired"),
  attachmentIds: ZFiles,
});
export type OpenDisputeInput = z.input<typeof ZOpenDispute>;

export const ZPostToDispute = z.object({
  disputeId: ZId,
  statement: ZStatement(1, "disputes:errors.statementRequired"),
  attachmentIds: ZFiles,
});
export type PostToDisputeInput = z.input<typeof ZPostToDispute>;

export const ZProposeSettlement = z.object({ disputeId: ZId, freelancerPaisa: ZPaisa, clientPaisa: ZPaisa });
export type ProposeSettlementInput = z.input<typeof ZProposeSettlement>;

export const ZAnswerSettlement = z.object({
  proposalId: ZId,
  answer: z.enum(["accept", "decline", "withdraw"], { error: "errors:invalid" }),
});
export type AnswerSettlementInput = z.input<typeof ZAnswerSettlement>;

const ZDecisionReason = z
  .string({ error: "disputes:errors.decisionReasonRequired" })
  .trim()
  .min(1, { error: "disputes:errors.decisionReasonRequired" })
  .min(DECISION_REASON_MIN, { error: "disputes:errors.decisionReasonTooShort" })
  .max(DECISION_REASON_MAX, { error: "disputes:errors.decisionReasonTooLong" });

/** An admin's outcome: all to the freelancer, all back, or a split whose two amounts add up to the escrow. */
export const ZDecision = z.object({
  disputeId: ZId,
  resolution: z.enum(RESOLUTIONS, { error: "disputes:errors.resolutionRequired" }),
  freelancerPaisa: ZPaisa.optional(),
  clientPaisa: ZPaisa.optional(),
  reason: ZDecisionReason,
});
export type DecisionInput = z.input<typeof ZDecision>;

export const ZAppeal = z.object({
  disputeId: ZId,
  reason: ZStatement(DECISION_REASON_MIN, "disputes:errors.appealReasonRequired"),
});
export type AppealInput = z.input<typeof ZAppeal>;

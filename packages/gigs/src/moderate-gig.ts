import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import type { AdminActor, GigRef } from "./gig-actor.ts";
import { decideReport } from "./moderate-report.ts";
import { decideRevision } from "./moderate-revision.ts";
import { decideSubmission } from "./moderate-submission.ts";
import type { ModerationDecision, ModerationTarget } from "./moderation-target.ts";
import { parseWith } from "./parse-gig-input.ts";
import { ZModerationReason } from "./validation.ts";

export type { ModerationTarget } from "./moderation-target.ts";

/**
 * Every admin decision is one transaction: lock the gig, check the item is still undecided,
 * change the state, write the audit row. Of two admins deciding at once exactly one wins; the
 * other gets INVALID_STATE (gigs:errors.alreadyDecided).
 */
async function decide(
  db: Db,
  admin: AdminActor,
  target: ModerationTarget,
  decision: ModerationDecision,
  rawReason: unknown,
  now: Date,
): Promise<GigRef> {
  // Callers check too (adminProcedure); this keeps the rule true for any other caller.
  if (!admin.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
  // Every decision has a reason, approvals too: the audit log must say why an admin let a listing through.
  const reason = parseWith(ZModerationReason, rawReason, ["reason"]);
  return db.$transaction(async (tx) => {
    switch (target.kind) {
      case "SUBMISSION":
        return decideSubmission(tx, admin, target.gigId, decision, reason, now);
      case "REVISION":
        return decideRevision(tx, admin, target.revisionId, decision, reason, now);
      case "REPORT":
        return decideReport(tx, admin, target.reportId, decision, reason, now);
    }
  });
}

/**
 * Publish a submission, apply an edit, or keep a reported gig (dismissing the report). The reason
 * goes into the audit log (and onto a dismissed report), not to the freelancer.
 */
export function approveGig(db: Db, admin: AdminActor, target: ModerationTarget, reason: string, now = new Date()): Promise<GigRef> {
  return decide(db, admin, target, "approve", reason, now);
}

/** Reject a submission (final) or an edit, or take a reported gig down; the reason is shown to the freelancer. */
export function rejectGig(db: Db, admin: AdminActor, target: ModerationTarget, reason: string, now = new Date()): Promise<GigRef> {
  return decide(db, admin, target, "reject", reason, now);
}

/** Send a submission or a reported gig back to DRAFT, or an edit back to the freelancer, with a note. */
export function requestGigChanges(db: Db, admin: AdminActor, target: ModerationTarget, reason: string, now = new Date()): Promise<GigRef> {
  return decide(db, admin, target, "requestChanges", reason, now);
}

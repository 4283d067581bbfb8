import { AppError } from "@hunar/core/app-error";
import type { GigRevisionStatus, Tx } from "@hunar/db/types";
import { applyRevisionListing } from "./apply-listing.ts";
import { auditGigDecision } from "./audit.ts";
import type { AdminActor, GigRef } from "./gig-actor.ts";
import { lockGig } from "./lock-gig.ts";
import type { ModerationDecision } from "./moderation-target.ts";

/**
 * A decision on an edit of a published gig. Approving copies the edit onto the gig; rejecting or
 * asking for changes leaves the public listing as it was and tells the freelancer why (they may
 * send another edit either way). The gig's own status (PUBLISHED / PAUSED) does not change.
 */
export async function decideRevision(
  tx: Tx,
  admin: AdminActor,
  revisionId: string,
  decision: ModerationDecision,
  reason: string,
  now: Date,
): Promise<GigRef> {
  const revision = await tx.gigRevision.findUnique({ where: { id: revisionId }, select: { gigId: true, data: true } });
  if (!revision) throw new AppError("NOT_FOUND", "errors:notFound");
  // The gig row is the lock for everything about the gig; the claim below re-checks the state.
  const gig = await lockGig(tx, revision.gigId);
  if (!gig) throw new AppError("NOT_FOUND", "errors:notFound");
  const status: GigRevisionStatus = decision === "approve" ? "APPROVED" : "REJECTED";
  // The freelancer reads rejectionReason; an approval's reason is for the audit log only.
  const rejectionReason = decision === "approve" ? null : reason;
  const claimed = await tx.gigRevision.updateMany({
    where: { id: revisionId, status: "PENDING_REVIEW" },
    data: { status, rejectionReason, reviewedAt: now, reviewedById: admin.userId },
  });
  if (claimed.count !== 1) throw new AppError("INVALID_STATE", "gigs:errors.alreadyDecided");
  if (decision === "approve") {
    await applyRevisionListing(tx, gig, revision.data, { reviewedAt: now, reviewedById: admin.userId });
  }
  await auditGigDecision(tx, admin, {
    action: `gig.revision.${decision}`,
    gigId: gig.id,
    reason,
    data: { revisionId, before: { revisionStatus: "PENDING_REVIEW" }, after: { revisionStatus: status, rejectionReason } },
  });
  return { id: gig.id, slug: gig.slug, status: gig.status };
}

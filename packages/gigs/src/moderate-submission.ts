import { AppError } from "@hunar/core/app-error";
import type { GigStatus, Tx } from "@hunar/db/types";
import { auditGigDecision } from "./audit.ts";
import { type AdminActor, GIG_REF_SELECT, type GigRef } from "./gig-actor.ts";
import { lockGig } from "./lock-gig.ts";
import type { ModerationDecision } from "./moderation-target.ts";

const OUTCOME: Record<ModerationDecision, GigStatus> = {
  approve: "PUBLISHED",
  reject: "REJECTED",
  // Back to the freelancer with the admin's note; they edit and submit again.
  requestChanges: "DRAFT",
};

/** A decision on a gig submitted for review (PENDING_REVIEW); anything else was decided already. */
export async function decideSubmission(
  tx: Tx,
  admin: AdminActor,
  gigId: string,
  decision: ModerationDecision,
  reason: string,
  now: Date,
): Promise<GigRef> {
  const gig = await lockGig(tx, gigId);
  if (!gig) throw new AppError("NOT_FOUND", "errors:notFound");
  if (gig.status !== "PENDING_REVIEW") throw new AppError("INVALID_STATE", "gigs:errors.alreadyDecided");
  const status = OUTCOME[decision];
  // The freelancer reads rejectionReason; an approval's reason is for the audit log only.
  const rejectionReason = decision === "approve" ? null : reason;
  const publishedAt = status === "PUBLISHED" ? (gig.publishedAt ?? now) : gig.publishedAt;
  const updated = await tx.gig.update({
    where: { id: gig.id },
    data: {
      status,
      rejectionReason,
      reviewedAt: now,
      reviewedById: admin.userId,
      publishedAt,
    },
    select: GIG_REF_SELECT,
  });
  await auditGigDecision(tx, admin, {
    action: `gig.${decision}`,
    gigId: gig.id,
    reason,
    data: {
      before: { status: gig.status, publishedAt: gig.publishedAt?.toISOString() ?? null },
      after: { status, rejectionReason, publishedAt: publishedAt?.toISOString() ?? null },
    },
  });
  return updated;
}

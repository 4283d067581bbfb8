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
  reason: string | null,
  now: Date,
): Promise<GigRef> {
  const gig = await lockGig(tx, gigId);
  if (!gig) throw new AppError("NOT_FOUND", "errors:notFound");
  if (gig.status !== "PENDING_REVIEW") throw new AppError("INVALID_STATE", "gigs:errors.alreadyDecided");
  const status = OUTCOME[decision];
  const updated = await tx.gig.update({
    where: { id: gig.id },
    data: {
      status,
      rejectionReason: reason,
      reviewedAt: now,
      reviewedById: admin.userId,
      ...(status === "PUBLISHED" ? { publishedAt: gig.publishedAt ?? now } : {}),
    },
    select: GIG_REF_SELECT,
  });
  await auditGigDecision(tx, admin, {
    action: `gig.${decision}`,
    gigId: gig.id,
    reason,
    data: { from: gig.status, to: status },
  });
  return updated;
}

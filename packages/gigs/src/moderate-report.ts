import { AppError, isAppError } from "@hunar/core/app-error";
import type { GigStatus, Tx } from "@hunar/db/types";
import { applyRevisionListing } from "./apply-listing.ts";
import { auditGigDecision } from "./audit.ts";
import type { AdminActor, GigRef } from "./gig-actor.ts";
import { type LockedGig, lockGig } from "./lock-gig.ts";
import type { ModerationDecision } from "./moderation-target.ts";

const ACTION: Record<ModerationDecision, string> = {
  approve: "gig.report.dismiss",
  reject: "gig.report.takeDown",
  requestChanges: "gig.report.requestChanges",
};

/**
 * A decision on a report about a gig: approve keeps the gig (the report is dismissed), reject
 * takes it down for good (REJECTED), request changes sends it back to DRAFT with the admin's note.
 * Taking action resolves every open report on the gig, since they are about the same listing.
 */
export async function decideReport(
  tx: Tx,
  admin: AdminActor,
  reportId: string,
  decision: ModerationDecision,
  reason: string,
  now: Date,
): Promise<GigRef> {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { targetType: true, targetId: true } });
  if (!report || report.targetType !== "GIG") throw new AppError("NOT_FOUND", "errors:notFound");
  const gig = await lockGig(tx, report.targetId);
  if (!gig) throw new AppError("NOT_FOUND", "errors:notFound");
  const resolution = { resolvedById: admin.userId, resolvedAt: now, resolutionNote: reason };
  const claimed = await tx.report.updateMany({
    where: { id: reportId, status: "OPEN" },
    data: { status: decision === "approve" ? "DISMISSED" : "ACTIONED", ...resolution },
  });
  if (claimed.count !== 1) throw new AppError("INVALID_STATE", "gigs:errors.alreadyDecided");

  let status = gig.status;
  if (decision !== "approve") {
    status = await unpublish(tx, admin, gig, decision === "reject" ? "REJECTED" : "DRAFT", reason, now);
    await tx.report.updateMany({
      where: { targetType: "GIG", targetId: gig.id, status: "OPEN" },
      data: { status: "ACTIONED", ...resolution },
    });
  }
  await auditGigDecision(tx, admin, {
    action: ACTION[decision],
    gigId: gig.id,
    reason,
    data: {
      reportId,
      before: { reportStatus: "OPEN", status: gig.status },
      after: { reportStatus: decision === "approve" ? "DISMISSED" : "ACTIONED", status },
    },
  });
  return { id: gig.id, slug: gig.slug, status };
}

/**
 * Takes a public (or paused) gig off the marketplace. A pending edit is superseded; when the gig
 * goes back to DRAFT the freelancer's latest edit becomes the draft, so their work is not lost.
 */
export async function unpublish(
  tx: Tx,
  admin: AdminActor,
  gig: LockedGig,
  to: GigStatus,
  reason: string | null,
  now: Date,
): Promise<GigStatus> {
  if (gig.status !== "PUBLISHED" && gig.status !== "PAUSED") return gig.status;
  const pending = await tx.gigRevision.findFirst({
    where: { gigId: gig.id, status: "PENDING_REVIEW" },
    select: { id: true, data: true },
  });
  if (pending) {
    await tx.gigRevision.update({ where: { id: pending.id }, data: { status: "SUPERSEDED" } });
    if (to === "DRAFT") await applyIfStillValid(tx, gig, pending.data);
  }
  await tx.gig.update({
    where: { id: gig.id },
    data: { status: to, rejectionReason: reason, reviewedAt: now, reviewedById: admin.userId },
  });
  return to;
}

/** An edit that can no longer be applied (refused before any write) is simply dropped. */
async function applyIfStillValid(tx: Tx, gig: LockedGig, data: unknown): Promise<void> {
  try {
    await applyRevisionListing(tx, gig, data);
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
}

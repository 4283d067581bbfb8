import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { requireVerifiedEmail } from "@hunar/db/verified-email";
import { GIG_REF_SELECT, type GigActor, type GigRef } from "./gig-actor.ts";
import { lockOwnGig } from "./lock-gig.ts";

/**
 * DRAFT → PENDING_REVIEW. A draft is always a complete, valid listing (create and update refuse
 * anything less), so there is nothing more to check here than the state, and that the seller's
 * e-mail is verified (@hunar/db/verified-email).
 */
export async function submitGig(db: Db, actor: GigActor, gigId: string, now: Date = new Date()): Promise<GigRef> {
  return db.$transaction(async (tx) => {
    const gig = await lockOwnGig(tx, actor, gigId);
    if (gig.status !== "DRAFT") throw new AppError("INVALID_STATE", "gigs:errors.notSubmittable");
    await requireVerifiedEmail(tx, actor.userId);
    return tx.gig.update({
      where: { id: gig.id },
      // The admin's note from an earlier "request changes" has been dealt with.
      data: { status: "PENDING_REVIEW", submittedAt: now, rejectionReason: null },
      select: GIG_REF_SELECT,
    });
  });
}

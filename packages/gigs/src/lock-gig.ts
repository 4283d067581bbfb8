import { AppError } from "@hunar/core/app-error";
import type { GigStatus, Tx } from "@hunar/db/types";
import type { GigActor } from "./gig-actor.ts";

export interface LockedGig {
  id: string;
  slug: string;
  freelancerId: string;
  status: GigStatus;
  publishedAt: Date | null;
}

/**
 * Reads a gig and locks its row until the transaction ends. Every state change takes this lock
 * first and then checks the state it found, so two concurrent requests (two admins deciding,
 * an edit racing an approval) run one after the other and the second sees the first's result.
 */
export async function lockGig(tx: Tx, gigId: string): Promise<LockedGig | null> {
  const rows = await tx.$queryRaw<LockedGig[]>`
    SELECT id, slug, "freelancerId", status::text AS status, "publishedAt"
    FROM "Gig" WHERE id = ${gigId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** The actor's own gig, locked: NOT_FOUND when there is none, FORBIDDEN when it is someone else's. */
export async function lockOwnGig(tx: Tx, actor: GigActor, gigId: string): Promise<LockedGig> {
  const gig = await lockGig(tx, gigId);
  if (!gig) throw new AppError("NOT_FOUND", "errors:notFound");
  if (gig.freelancerId !== actor.userId) throw new AppError("FORBIDDEN", "errors:forbidden");
  return gig;
}

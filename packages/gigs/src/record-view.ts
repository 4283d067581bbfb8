import type { Db, Tx } from "@hunar/db/types";

/**
 * Counts a visit to a gig page: one UPDATE, no read first. Only published gigs count, and the
 * owner looking at their own gig does not. Raw SQL so the counter does not touch `updatedAt`
 * (which "my gigs" sorts by and which means "the listing changed").
 */
export async function recordGigView(db: Db | Tx, gigId: string, viewerId: string | null = null): Promise<void> {
  await db.$executeRaw`
    UPDATE "Gig" SET "viewCount" = "viewCount" + 1
    WHERE id = ${gigId} AND status = 'PUBLISHED' AND "freelancerId" IS DISTINCT FROM ${viewerId}`;
}

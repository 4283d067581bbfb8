import type { Db, Tx } from "@hunar/db/types";
import { orderableGigSql } from "./orderable-gig.ts";

/**
 * Counts a visit to a gig page: one UPDATE, no read first. Only orderable gigs count (what buyers
 * can open; an admin looking at a hidden gig is not a visit), and the owner looking at their own
 * gig does not. Raw SQL so the counter does not touch `updatedAt`
 * (which "my gigs" sorts by and which means "the listing changed").
 */
export async function recordGigView(db: Db | Tx, gigId: string, viewerId: string | null = null): Promise<void> {
  await db.$executeRaw`
    UPDATE "Gig" AS g SET "viewCount" = g."viewCount" + 1
    WHERE g."id" = ${gigId} AND ${orderableGigSql("g")} AND g."freelancerId" IS DISTINCT FROM ${viewerId}`;
}

import { createHash } from "node:crypto";
import type { Db, Tx } from "@hunar/db/types";
import { orderableGigSql } from "./orderable-gig.ts";

/** Who is looking: a signed-in user, or the address (as rate limits key it) of someone signed out. */
export interface GigViewer {
  userId: string | null;
  address: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day of `now`, as the `date` column stores it. */
const dayOf = (now: Date) => new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);

/**
 * Whom a view is counted for. An address is stored only hashed with the day, so the table
 * cannot be read back into who looked at what, and yesterday's hashes match nothing today.
 */
function viewerKey(viewer: GigViewer, day: Date): string {
  if (viewer.userId) return `user:${viewer.userId}`;
  const hash = createHash("sha256")
    .update(`${day.toISOString().slice(0, 10)}|${viewer.address}`)
    .digest("base64url");
  return `addr:${hash}`;
}

/**
 * Counts a visit to a gig page, once per viewer per day however often they reload: the
 * (gig, viewer, day) row is inserted or already there, and only an insert adds to viewCount,
 * in one statement. Only orderable gigs count (what buyers can open; an admin looking at a
 * hidden gig is not a visit), and the owner looking at their own gig does not. Raw SQL so the
 * counter does not touch `updatedAt` (which "my gigs" sorts by and which means "the listing
 * changed").
 */
export async function recordGigView(db: Db | Tx, gigId: string, viewer: GigViewer, now = new Date()): Promise<void> {
  const day = dayOf(now);
  await db.$executeRaw`
    WITH counted AS (
      INSERT INTO "GigView" ("gigId", "viewerKey", "day")
      SELECT g."id", ${viewerKey(viewer, day)}, ${day}::date FROM "Gig" AS g
      WHERE g."id" = ${gigId} AND ${orderableGigSql("g")} AND g."freelancerId" IS DISTINCT FROM ${viewer.userId}
      ON CONFLICT DO NOTHING
      RETURNING "gigId"
    )
    UPDATE "Gig" AS g SET "viewCount" = g."viewCount" + 1 FROM counted WHERE g."id" = counted."gigId"`;
}

/** Forgets who looked before yesterday (only today's rows are ever checked); returns how many went. */
export async function pruneGigViews(db: Db, now = new Date()): Promise<number> {
  return db.$executeRaw`DELETE FROM "GigView" WHERE "day" < ${new Date(dayOf(now).getTime() - DAY_MS)}::date`;
}

import type { Db, Tx } from "@hunar/db/types";

/** Whom a gig concerns (its freelancer); null if there is no such gig. */
export async function gigParties(db: Db | Tx, gigId: string): Promise<string[] | null> {
  const gig = await db.gig.findUnique({ where: { id: gigId }, select: { freelancerId: true } });
  return gig ? [gig.freelancerId] : null;
}

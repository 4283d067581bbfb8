import type { Db } from "@hunar/db/client";

/**
 * The name checkout shows beside the package ("by Ayesha Khan"); null if the account is gone.
 * Route modules do not query the database, so the lookup lives here until the orders quote
 * carries the freelancer's name itself.
 */
export async function checkoutFreelancerName(db: Db, freelancerId: string): Promise<string | null> {
  const freelancer = await db.user.findUnique({ where: { id: freelancerId }, select: { displayName: true } });
  return freelancer?.displayName ?? null;
}

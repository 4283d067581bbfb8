import type { Tx } from "@hunar/db/types";

/**
 * Makes sure the user has a profile row and locks it until the transaction ends, so two
 * concurrent additions count the same list (the caps on portfolio items and certificates).
 */
export async function lockProfile(tx: Tx, userId: string): Promise<void> {
  await tx.profile.upsert({ where: { userId }, create: { userId }, update: {}, select: { userId: true } });
  await tx.$queryRaw`SELECT "userId" FROM "Profile" WHERE "userId" = ${userId} FOR UPDATE`;
}

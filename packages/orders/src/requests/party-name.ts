import type { Tx } from "@hunar/db/types";

/** The name a notification calls a party by. */
export async function partyName(tx: Tx, userId: string): Promise<string> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { displayName: true } });
  return user.displayName;
}

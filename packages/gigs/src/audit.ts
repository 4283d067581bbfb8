import type { Prisma, Tx } from "@hunar/db/types";
import type { AdminActor } from "./gig-actor.ts";

/** One audit row per admin decision, written in the decision's own transaction. */
export async function auditGigDecision(
  tx: Tx,
  admin: AdminActor,
  entry: {
    action: string;
    gigId: string;
    reason: string;
    /** The state fields the decision changed, as they were and as they are now. */
    data: { before: Prisma.InputJsonObject; after: Prisma.InputJsonObject } & Prisma.InputJsonObject;
  },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: admin.userId,
      action: entry.action,
      targetType: "Gig",
      targetId: entry.gigId,
      reason: entry.reason,
      data: entry.data,
      ip: admin.ip ?? null,
    },
  });
}

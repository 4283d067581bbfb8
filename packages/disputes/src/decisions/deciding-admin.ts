import { AppError } from "@hunar/core/app-error";
import type { Prisma, Tx } from "@hunar/db/types";

export interface DisputeAdmin {
  userId: string;
  ip?: string | null;
}

/**
 * The admin deciding: their role is read from the database (not from a session that may be
 * stale), and nobody decides a dispute about their own order, even an admin.
 */
export async function assertDecidingAdmin(tx: Tx, admin: DisputeAdmin, order: { clientId: string; freelancerId: string }): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: admin.userId }, select: { isAdmin: true } });
  if (!user?.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
  if (admin.userId === order.clientId || admin.userId === order.freelancerId)
    throw new AppError("FORBIDDEN", "disputes:errors.decide.ownDispute");
}

/** The admin's role only, for reads: FORBIDDEN for anyone else. */
export async function assertAdminRole(db: { user: Tx["user"] }, userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isAdmin: true } });
  if (!user?.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
}

/** The audit row of an admin's action on a dispute, with its reason and what changed. */
export async function auditDispute(
  tx: Tx,
  admin: DisputeAdmin,
  action: string,
  disputeId: string,
  reason: string,
  data: { before: Prisma.InputJsonObject; after: Prisma.InputJsonObject },
): Promise<void> {
  await tx.auditLog.create({
    data: { actorId: admin.userId, action, targetType: "Dispute", targetId: disputeId, reason, data, ip: admin.ip ?? null },
  });
}

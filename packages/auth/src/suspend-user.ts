import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db, Tx } from "@hunar/db/types";
import { z } from "zod";

export const SUSPENSION_REASON_MIN = 10;
export const SUSPENSION_REASON_MAX = 500;

// Who is suspended or restored, and why: the reason is shown to the person when they try to log
// in, and kept in the audit log, so it must say something.
export const ZSuspensionInput = z.object({
  userId: z.string({ error: "errors:required" }).trim().min(1, { error: "errors:required" }).max(64, { error: "errors:notFound" }),
  reason: z
    .string({ error: "auth:suspension.reasonRequired" })
    .trim()
    .min(SUSPENSION_REASON_MIN, { error: "auth:suspension.reasonTooShort" })
    .max(SUSPENSION_REASON_MAX, { error: "auth:suspension.reasonTooLong" }),
});

export interface SuspensionAdmin {
  userId: string;
  ip?: string | null;
}

export interface SuspensionResult {
  userId: string;
  /** Sessions that ended with the suspension (0 on a restore): the caller closes their sockets. */
  sessionsEnded: number;
}

/**
 * An admin suspends an account, with a reason. In one transaction: the admin's role is read from
 * the database (not from their session), the account is locked, marked suspended with the reason,
 * every one of its sessions is deleted, and the audit log records before and after. The active-user
 * rule then hides the person's gigs and refuses their log-ins and sockets; the caller disconnects
 * the sockets already open. Nobody suspends themselves or another admin.
 */
export async function suspendUser(db: Db, admin: SuspensionAdmin, raw: unknown, now = new Date()): Promise<SuspensionResult> {
  const input = parseInput(ZSuspensionInput, raw);
  return db.$transaction(async (tx) => {
    const target = await lockForDecision(tx, admin, input.userId);
    if (target.suspendedAt) throw new AppError("INVALID_STATE", "auth:suspension.alreadySuspended");
    await tx.user.update({ where: { id: target.id }, data: { suspendedAt: now, suspendedReason: input.reason } });
    const { count } = await tx.session.deleteMany({ where: { userId: target.id } });
    await audit(tx, admin, "user.suspend", target.id, input.reason, {
      before: { suspendedAt: null, suspendedReason: null },
      after: { suspendedAt: now.toISOString(), suspendedReason: input.reason, sessionsEnded: count },
    });
    return { userId: target.id, sessionsEnded: count };
  });
}

/** An admin lifts a suspension, with a reason; the person logs in again as before. */
export async function restoreUser(db: Db, admin: SuspensionAdmin, raw: unknown): Promise<SuspensionResult> {
  const input = parseInput(ZSuspensionInput, raw);
  return db.$transaction(async (tx) => {
    const target = await lockForDecision(tx, admin, input.userId);
    if (!target.suspendedAt) throw new AppError("INVALID_STATE", "auth:suspension.notSuspended");
    await tx.user.update({ where: { id: target.id }, data: { suspendedAt: null, suspendedReason: null } });
    await audit(tx, admin, "user.restore", target.id, input.reason, {
      before: { suspendedAt: target.suspendedAt.toISOString(), suspendedReason: target.suspendedReason },
      after: { suspendedAt: null, suspendedReason: null },
    });
    return { userId: target.id, sessionsEnded: 0 };
  });
}

/** The acting admin checked in the database, then the account locked so two decisions queue. */
async function lockForDecision(tx: Tx, admin: SuspensionAdmin, userId: string) {
  const acting = await tx.user.findUnique({ where: { id: admin.userId }, select: { isAdmin: true, suspendedAt: true } });
  if (!acting?.isAdmin || acting.suspendedAt) throw new AppError("FORBIDDEN", "errors:forbidden");
  if (userId === admin.userId) throw new AppError("BAD_INPUT", "auth:suspension.notYourself");
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  const target = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, isAdmin: true, suspendedAt: true, suspendedReason: true },
  });
  if (!target) throw new AppError("NOT_FOUND", "errors:notFound");
  if (target.isAdmin) throw new AppError("FORBIDDEN", "auth:suspension.notAnAdmin");
  return target;
}

async function audit(
  tx: Tx,
  admin: SuspensionAdmin,
  action: string,
  userId: string,
  reason: string,
  data: { before: Record<string, string | number | null>; after: Record<string, string | number | null> },
) {
  await tx.auditLog.create({
    data: { actorId: admin.userId, action, targetType: "User", targetId: userId, reason, data, ip: admin.ip ?? null },
  });
}

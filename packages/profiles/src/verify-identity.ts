import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db, Prisma } from "@hunar/db/types";
import { z } from "zod";

export interface AdminActor {
  userId: string;
  isAdmin: boolean;
  ip?: string | null;
}

export const VERIFIABLE = ["cnic", "pseb"] as const;
export type Verifiable = (typeof VERIFIABLE)[number];

export const VERIFICATION_REASON_MAX = 500;

export const ZSetVerification = z.object({
  userId: z.string({ error: "errors:invalid" }).min(1, { error: "errors:invalid" }).max(64, { error: "errors:invalid" }),
  what: z.enum(VERIFIABLE, { error: "errors:invalid" }),
  verified: z.boolean({ error: "errors:invalid" }),
  // What the admin checked the number against (or why it no longer holds), for the audit log; the
  // same length rule as the other admin decisions' reasons.
  reason: z
    .string({ error: "profiles:errors.verificationReasonRequired" })
    .trim()
    .min(3, { error: "profiles:errors.verificationReasonRequired" })
    .max(VERIFICATION_REASON_MAX, { error: "profiles:errors.verificationReasonTooLong" }),
});

const NUMBER_FIELD = { cnic: "cnic", pseb: "psebNumber" } as const;
const VERIFIED_FIELD = { cnic: "cnicVerifiedAt", pseb: "psebVerifiedAt" } as const;

/**
 * An admin marks a user's CNIC or PSEB number as checked (or takes that back). Only a number the
 * user has given can be verified; the decision is audited in the same transaction.
 */
export async function setVerification(db: Db, admin: AdminActor, raw: unknown, now = new Date()): Promise<{ verifiedAt: Date | null }> {
  if (!admin.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
  const input = parseInput(ZSetVerification, raw);
  return db.$transaction(async (tx) => {
    const profile = await tx.profile.findUnique({
      where: { userId: input.userId },
      select: { cnic: true, psebNumber: true, cnicVerifiedAt: true, psebVerifiedAt: true },
    });
    if (!profile) throw new AppError("NOT_FOUND", "profiles:errors.profileNotFound");
    if (!profile[NUMBER_FIELD[input.what]]) throw new AppError("INVALID_STATE", "profiles:errors.nothingToVerify");
    const field = VERIFIED_FIELD[input.what];
    const verifiedAt = input.verified ? now : null;
    await tx.profile.update({ where: { userId: input.userId }, data: { [field]: verifiedAt }, select: { userId: true } });
    // The number itself stays out of the log: the dates say what changed without copying a CNIC around.
    await tx.auditLog.create({
      data: {
        actorId: admin.userId,
        action: `profile.${input.what}.${input.verified ? "verify" : "unverify"}`,
        targetType: "User",
        targetId: input.userId,
        reason: input.reason,
        data: { before: { [field]: profile[field]?.toISOString() ?? null }, after: { [field]: verifiedAt?.toISOString() ?? null } },
        ip: admin.ip ?? null,
      },
    });
    return { verifiedAt };
  });
}

export interface VerificationRequest {
  userId: string;
  displayName: string;
  handle: string | null;
  cnic: string | null;
  psebNumber: string | null;
  cnicVerifiedAt: Date | null;
  psebVerifiedAt: Date | null;
}

// A number given and not yet verified; shared by the list and the count so the two never disagree.
const WAITING_VERIFICATION: Prisma.ProfileWhereInput = {
  OR: [
    { cnic: { not: null }, cnicVerifiedAt: null },
    { psebNumber: { not: null }, psebVerifiedAt: null },
  ],
};

/** Users with a CNIC or PSEB number that no admin has verified yet, oldest change first. */
export async function listVerificationRequests(db: Db, admin: AdminActor, limit = 50): Promise<VerificationRequest[]> {
  if (!admin.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
  const rows = await db.profile.findMany({
    where: WAITING_VERIFICATION,
    orderBy: [{ updatedAt: "asc" }, { userId: "asc" }],
    take: limit,
    select: {
      userId: true,
      cnic: true,
      psebNumber: true,
      cnicVerifiedAt: true,
      psebVerifiedAt: true,
      user: { select: { displayName: true, handle: true } },
    },
  });
  return rows.map(({ user, ...row }) => ({ ...row, displayName: user.displayName, handle: user.handle }));
}

/** How many users wait for a verification, all of them (the list stops at its limit). */
export async function countVerificationRequests(db: Db, admin: AdminActor): Promise<number> {
  if (!admin.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
  return db.profile.count({ where: WAITING_VERIFICATION });
}

import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { z } from "zod";
import { assertAdminInDb, type UsersAdmin } from "./admin-users.ts";

/** How many of the newest sessions the admin's user page lists. */
export const ADMIN_SESSIONS_SHOWN = 20;

export const ZAdminUserId = z.object({
  userId: z.string({ error: "errors:invalid" }).trim().min(1, { error: "errors:invalid" }).max(64, { error: "errors:notFound" }),
});

export type UserPageInput = z.input<typeof ZAdminUserId>;

/**
 * An account as the admin console shows it, with its sessions that have not expired. A session's
 * id is the hash of the browser's token, so it never leaves this function: the admin sees when each
 * session began, when it ends and where it came from, which is enough to judge and nothing to reuse.
 * The CNIC facts are the profile's, read as they are: verifying stays with the profiles domain.
 */
export async function readAdminUserAccount(db: Db, admin: UsersAdmin, raw: UserPageInput, now = new Date()) {
  const { userId } = parseInput(ZAdminUserId, raw);
  await assertAdminInDb(db, admin);
  const account = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      displayName: true,
      email: true,
      handle: true,
      isAdmin: true,
      intent: true,
      emailVerifiedAt: true,
      createdAt: true,
      suspendedAt: true,
      suspendedReason: true,
      profile: { select: { cnic: true, cnicVerifiedAt: true } },
    },
  });
  if (!account) throw new AppError("NOT_FOUND", "errors:notFound");
  const { profile, ...facts } = account;
  const where = { userId, expiresAt: { gt: now } };
  const [sessions, sessionCount] = await Promise.all([
    db.session.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ADMIN_SESSIONS_SHOWN,
      select: { createdAt: true, expiresAt: true, userAgent: true, ip: true },
    }),
    db.session.count({ where }),
  ]);
  // The number itself stays private to the owner and the verification queue; the page says whether one was given.
  const cnic = { given: Boolean(profile?.cnic), verifiedAt: profile?.cnicVerifiedAt ?? null };
  return { account: facts, cnic, sessions, sessionCount };
}

export type AdminUserAccount = Awaited<ReturnType<typeof readAdminUserAccount>>;

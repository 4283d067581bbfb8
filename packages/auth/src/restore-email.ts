import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/client";
import { claimAccountToken, findUsableAccountToken, issueAccountToken, retireAccountTokens } from "./account-token.ts";
import { invalidateUserSessions } from "./session.ts";
import { isUniqueViolation } from "./unique-violation.ts";
import { emailTakenNow } from "./verify-email.ts";

/**
 * The link the old address got after an e-mail change ("It was not me"): puts that address
 * back, verified, ends every session and every pending link (whoever changed it is out), and
 * returns a fresh reset token so the owner sets a new password at once; the caller closes the
 * account's sockets and sends the browser to the reset page. Restore links are never retired by
 * later changes: someone who changes the address twice must not be able to cancel the first
 * warning. Used once; an unknown, used or expired link is INVALID_STATE `errors:restoreLinkInvalid`.
 */
export async function restoreEmail(db: Db, token: string, now: Date = new Date()): Promise<{ userId: string; resetToken: string }> {
  return db.$transaction(async (tx) => {
    const row = await claimAccountToken(tx, ["RESTORE_EMAIL"], token, now);
    if (!row) throw new AppError("INVALID_STATE", "errors:restoreLinkInvalid");
    try {
      await tx.user.update({ where: { id: row.userId }, data: { email: row.email, emailVerifiedAt: now } });
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTakenNow();
      throw error;
    }
    await invalidateUserSessions(tx, row.userId);
    await retireAccountTokens(tx, row.userId, ["RESET_PASSWORD", "VERIFY_EMAIL", "CHANGE_EMAIL"], now);
    const reset = await issueAccountToken(tx, { userId: row.userId, purpose: "RESET_PASSWORD", email: row.email, now });
    return { userId: row.userId, resetToken: reset.token };
  });
}

/** The address a restore link would put back, while it can still be used (for the page that asks). */
export async function checkRestoreToken(db: Db, token: string, now: Date = new Date()): Promise<{ email: string } | null> {
  const row = await findUsableAccountToken(db, ["RESTORE_EMAIL"], token, now);
  return row ? { email: row.email } : null;
}

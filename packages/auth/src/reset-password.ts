import { AppError, type FieldError, badInput } from "@hunar/core/app-error";
import { validateInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/client";
import { claimAccountToken, findUsableAccountToken, retireAccountTokens } from "./account-token.ts";
import { passwordProblem } from "./common-passwords.ts";
import type { AuthDeps, RequestMeta } from "./deps.ts";
import { hashPassword } from "./password.ts";
import { invalidateUserSessions } from "./session.ts";
import { ZResetPassword } from "./validation.ts";

/** A reset link that is unknown, used, expired, or for an address the account no longer has. */
export const resetLinkInvalid = () => new AppError("INVALID_STATE", "errors:resetLinkInvalid");

/** The account a reset link is for, while it can still be used (the page shows the form or says it expired). */
export async function checkResetToken(db: Db, token: string, now: Date = new Date()): Promise<{ userId: string; email: string } | null> {
  const row = await findUsableAccountToken(db, ["RESET_PASSWORD"], token, now);
  if (!row) return null;
  const user = await db.user.findUnique({ where: { id: row.userId }, select: { email: true } });
  return user?.email === row.email ? { userId: row.userId, email: row.email } : null;
}

/**
 * Sets the new password from a reset link, then ends every session of the account: whoever got
 * in with the old password is out (the caller closes their sockets too). Nobody is signed in: the
 * person logs in with the new password, which also lets their browser offer to save it. Opening
 * the link proved they read this address, so it counts as verified. The link works once; of two
 * requests racing with it, one sets its password and the other is told the link is used.
 */
export async function resetPassword(deps: AuthDeps, rawInput: unknown, meta: RequestMeta): Promise<{ userId: string; email: string }> {
  const now = meta.now ?? new Date();
  const result = validateInput(ZResetPassword, rawInput);
  const token = (rawInput as { token?: unknown } | null)?.token;
  // The link first: the password's own problems matter only on a form that can be used.
  const account = typeof token === "string" ? await checkResetToken(deps.db, token, now) : null;
  if (!account) throw resetLinkInvalid();
  const user = await deps.db.user.findUniqueOrThrow({ where: { id: account.userId }, select: { email: true, displayName: true } });

  const fields: Record<string, FieldError> = result.ok ? {} : { ...result.fields };
  const newPassword = (rawInput as { newPassword?: unknown }).newPassword;
  if (!fields.newPassword && typeof newPassword === "string") {
    const problem = passwordProblem(newPassword, { email: user.email, name: user.displayName });
    if (problem) fields.newPassword = problem;
  }
  if (!result.ok || Object.keys(fields).length > 0) throw badInput(fields);

  const passwordHash = await hashPassword(result.data.newPassword, deps.passwordHashing);
  await deps.db.$transaction(async (tx) => {
    const claimed = await claimAccountToken(tx, ["RESET_PASSWORD"], result.data.token, now);
    if (!claimed || claimed.userId !== account.userId) throw resetLinkInvalid();
    const current = await tx.user.findUniqueOrThrow({ where: { id: claimed.userId }, select: { email: true, emailVerifiedAt: true } });
    if (current.email !== claimed.email) throw resetLinkInvalid();
    await tx.user.update({
      where: { id: claimed.userId },
      data: { passwordHash, ...(current.emailVerifiedAt ? {} : { emailVerifiedAt: now }) },
    });
    await invalidateUserSessions(tx, claimed.userId);
    await retireAccountTokens(tx, claimed.userId, ["RESET_PASSWORD"], now);
  });
  // Failed log-ins before the reset no longer mean anything: the owner proved themselves.
  await deps.limiter.logInSucceeded(account.email, meta.ip);
  return account;
}

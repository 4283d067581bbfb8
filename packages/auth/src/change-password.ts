import { AppError, type FieldError, badInput } from "@hunar/core/app-error";
import { passwordProblem } from "./common-passwords.ts";
import type { AuthDeps, RequestMeta } from "./deps.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { createSession, type Session } from "./session.ts";
import { validateInput } from "@hunar/core/parse-input";
import { ZChangePassword } from "./validation.ts";

/**
 * Replaces the password after checking the current one and ends every session, this one too:
 * whoever might know the old password (or hold a copy of this browser's cookie) loses access.
 * This browser stays signed in with the new session returned, whose token the caller sets.
 */
export async function changePassword(
  deps: AuthDeps,
  current: { userId: string },
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ token: string; session: Session }> {
  const user = await deps.db.user.findUnique({
    where: { id: current.userId },
    select: { email: true, displayName: true, passwordHash: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "errors:unauthenticated");

  const result = validateInput(ZChangePassword, rawInput);
  const fields: Record<string, FieldError> = result.ok ? {} : { ...result.fields };
  const newPassword = (rawInput as { newPassword?: unknown } | null)?.newPassword;
  if (!fields.newPassword && typeof newPassword === "string") {
    const problem = passwordProblem(newPassword, { email: user.email, name: user.displayName });
    if (problem) fields.newPassword = problem;
  }
  if (!result.ok || Object.keys(fields).length > 0) throw badInput(fields);
  const input = result.data;

  // A stolen session must not become a free password-guessing oracle: same limits as login.
  await deps.limiter.beforeLogIn(user.email, meta.ip);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badInput({ currentPassword: { key: "errors:currentPasswordWrong" } });
  }
  await deps.limiter.logInSucceeded(user.email, meta.ip);

  const passwordHash = await hashPassword(input.newPassword, deps.passwordHashing);
  return deps.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: current.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: current.userId } });
    return createSession(tx, current.userId, meta);
  });
}

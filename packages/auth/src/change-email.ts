import { AppError, badInput } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { AuthMailDeps, RequestMeta } from "./deps.ts";
import { verifyPassword } from "./password.ts";
import { sendVerificationLink } from "./send-verification.ts";
import { ZChangeEmail } from "./validation.ts";

/**
 * Asks to move the account to a new address: after the current password (a stolen session
 * alone must not be able to take the account's recovery address), a link goes to the new
 * address, and nothing changes until it is opened (verify-email.ts). The account keeps its
 * address and its verified state meanwhile, so a mistyped address locks nobody out.
 */
export async function requestEmailChange(
  deps: AuthMailDeps,
  current: { userId: string },
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ newEmail: string }> {
  const user = await deps.db.user.findUnique({
    where: { id: current.userId },
    select: { id: true, email: true, displayName: true, preferredLocale: true, passwordHash: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "errors:unauthenticated");
  const input = parseInput(ZChangeEmail, rawInput);
  if (input.newEmail === user.email) throw badInput({ newEmail: { key: "errors:emailUnchanged" } });

  // Same limits as log-in: the password check must not become a guessing oracle.
  await deps.limiter.beforeLogIn(user.email, meta.ip);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badInput({ currentPassword: { key: "errors:currentPasswordWrong" } });
  }
  await deps.limiter.logInSucceeded(user.email, meta.ip);

  const taken = await deps.db.user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
  if (taken) throw badInput({ newEmail: { key: "errors:emailTaken" } });
  await deps.limiter.beforeAccountEmail(user.id, meta.ip);
  await sendVerificationLink(deps, user, { purpose: "CHANGE_EMAIL", to: input.newEmail, ...(meta.now ? { now: meta.now } : {}) });
  return { newEmail: input.newEmail };
}

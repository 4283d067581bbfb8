import { AppError } from "@hunar/core/app-error";
import { activeUserWhere } from "./active-user.ts";
import type { AuthMailDeps, RequestMeta } from "./deps.ts";
import { sendVerificationLink } from "./send-verification.ts";

/** "Send the e-mail again": a new verification link to the account's address, unless it is verified already. */
export async function resendVerificationEmail(
  deps: AuthMailDeps,
  userId: string,
  meta: RequestMeta,
): Promise<{ status: "sent" | "alreadyVerified"; email: string }> {
  const user = await deps.db.user.findFirst({
    where: { id: userId, ...activeUserWhere },
    select: { id: true, email: true, displayName: true, preferredLocale: true, emailVerifiedAt: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "errors:unauthenticated");
  if (user.emailVerifiedAt) return { status: "alreadyVerified", email: user.email };
  await deps.limiter.beforeAccountEmail(user.id, meta.ip);
  await sendVerificationLink(deps, user, { purpose: "VERIFY_EMAIL", to: user.email, ...(meta.now ? { now: meta.now } : {}) });
  return { status: "sent", email: user.email };
}

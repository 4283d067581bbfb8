import { parseInput } from "@hunar/core/parse-input";
import { renderAccountEmail } from "@hunar/notifications/account-email";
import { accountLink } from "./account-links.ts";
import { ACCOUNT_TOKEN_LIFETIME_MS, accountTokenHash, generateAccountToken, markAccountTokenSent } from "./account-token.ts";
import { activeUserSelect, isActiveUser } from "./active-user.ts";
import type { AuthMailDeps, RequestMeta } from "./deps.ts";
import { ZForgotPassword } from "./validation.ts";

/**
 * "Forgot your password?": mails a reset link if an active account has this address, and
 * answers the same either way (the caller shows one message), in the same time: the limits
 * count every address alike, the lookup and the token's hashing happen either way, and the
 * e-mail goes out in the background. What differs is one INSERT, a millisecond at most.
 * A suspended account gets no link: it could not log in with a new password anyway.
 */
export async function requestPasswordReset(deps: AuthMailDeps, rawInput: unknown, meta: RequestMeta): Promise<void> {
  const { email } = parseInput(ZForgotPassword, rawInput);
  await deps.limiter.beforePasswordReset(email, meta.ip);
  const now = meta.now ?? new Date();

  const token = generateAccountToken();
  const tokenHash = accountTokenHash(token);
  const user = await deps.db.user.findUnique({
    where: { email },
    select: { id: true, displayName: true, preferredLocale: true, ...activeUserSelect },
  });
  if (!user || !isActiveUser(user)) return;

  const lifetime = ACCOUNT_TOKEN_LIFETIME_MS.RESET_PASSWORD;
  const row = await deps.db.accountToken.create({
    data: { purpose: "RESET_PASSWORD", userId: user.id, email, tokenHash, expiresAt: new Date(now.getTime() + lifetime), createdAt: now },
    select: { id: true },
  });
  const content = renderAccountEmail(
    { kind: "resetPassword", url: accountLink(deps.siteOrigin, "RESET_PASSWORD", token), minutes: lifetime / 60_000 },
    { displayName: user.displayName, locale: user.preferredLocale },
  );
  deps.mail.send({ to: email, locale: user.preferredLocale, ...content }, { onSent: () => markAccountTokenSent(deps.db, row.id) });
}

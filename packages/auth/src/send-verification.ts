import type { Db } from "@hunar/db/client";
import type { Locale } from "@hunar/i18n/config";
import { renderAccountEmail } from "@hunar/notifications/account-email";
import { accountLink } from "./account-links.ts";
import { ACCOUNT_TOKEN_LIFETIME_MS, issueAccountToken, markAccountTokenSent } from "./account-token.ts";
import type { AccountMailDeps } from "./deps.ts";

const HOUR_MS = 60 * 60 * 1000;

export interface MailRecipient {
  id: string;
  email: string;
  displayName: string;
  preferredLocale: Locale;
}

/**
 * Mails a link that verifies `to`: the account's own address (VERIFY_EMAIL, at sign-up and on
 * request) or the new one it asked for (CHANGE_EMAIL). Returns once the link is stored; the
 * e-mail goes out in the background and its row records when the server accepted it.
 */
export async function sendVerificationLink(
  deps: AccountMailDeps & { db: Db },
  user: MailRecipient,
  options: { purpose: "VERIFY_EMAIL" | "CHANGE_EMAIL"; to: string; now?: Date },
): Promise<void> {
  const { purpose, to } = options;
  const issued = await issueAccountToken(deps.db, { userId: user.id, purpose, email: to, ...(options.now ? { now: options.now } : {}) });
  const url = accountLink(deps.siteOrigin, purpose, issued.token);
  const hours = ACCOUNT_TOKEN_LIFETIME_MS[purpose] / HOUR_MS;
  const content = renderAccountEmail(
    purpose === "VERIFY_EMAIL" ? { kind: "verifyEmail", url, hours } : { kind: "confirmNewEmail", url, hours },
    { displayName: user.displayName, locale: user.preferredLocale },
  );
  deps.mail.send({ to, locale: user.preferredLocale, ...content }, { onSent: () => markAccountTokenSent(deps.db, issued.id) });
}

import type { AccountTokenPurpose } from "@hunar/db/types";

/** The web pages the e-mailed links open (apps/web/app/routes.ts registers them). */
export const ACCOUNT_LINK_PATHS: Record<AccountTokenPurpose, string> = {
  RESET_PASSWORD: "/reset-password",
  VERIFY_EMAIL: "/confirm-email",
  CHANGE_EMAIL: "/confirm-email",
  RESTORE_EMAIL: "/restore-email",
};

/**
 * The absolute link for a token, on the site's own origin. The token rides in the query, not the
 * path: the server's request log records paths, and a live reset link must not end up there.
 */
export function accountLink(siteOrigin: string, purpose: AccountTokenPurpose, token: string): string {
  const url = new URL(ACCOUNT_LINK_PATHS[purpose], siteOrigin);
  url.searchParams.set("token", token);
  return url.toString();
}

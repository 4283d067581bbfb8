import type { AccountTokenPurpose } from "@hunar/db/types";

/** The web pages the e-mailed links open (apps/web/app/routes.ts registers them). */
export const ACCOUNT_LINK_PATHS: Record<AccountTokenPurpose, string> = {
  RESET_PASSWORD: "/reset-password",
  VERIFY_EMAIL: "/verify-email",
  CHANGE_EMAIL: "/verify-email",
  RESTORE_EMAIL: "/restore-email",
};

/** The absolute link for a token, on the site's own origin. */
export function accountLink(siteOrigin: string, purpose: AccountTokenPurpose, token: string): string {
  return new URL(`${ACCOUNT_LINK_PATHS[purpose]}/${token}`, siteOrigin).toString();
}

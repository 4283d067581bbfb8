/**
 * Demo logins, for development and the first-run demo only. Every demo account shares this
 * password; the seed never hashes it itself (the caller passes the hash), and the seed CLI refuses
 * to create demo accounts when NODE_ENV=production, so no known password reaches production.
 * The `.test` domain is reserved (RFC 2606): these addresses can never receive real mail.
 */
export const DEMO_PASSWORD = "hunar-demo-2025";

export const DEMO_EMAIL_DOMAIN = "hunar.test";

export const DEMO_LOGINS = {
  admin: `admin@${DEMO_EMAIL_DOMAIN}`,
  appealsAdmin: `appeals@${DEMO_EMAIL_DOMAIN}`,
  freelancer: `ayesha.khan@${DEMO_EMAIL_DOMAIN}`,
  client: `saad.rehman@${DEMO_EMAIL_DOMAIN}`,
} as const;

/** One line per login, for a server to print at start. */
export function describeDemoLogins(): string[] {
  return [
    `admin       ${DEMO_LOGINS.admin}`,
    `admin       ${DEMO_LOGINS.appealsAdmin} (decides appeals)`,
    `freelancer  ${DEMO_LOGINS.freelancer}`,
    `client      ${DEMO_LOGINS.client}`,
    `password    ${DEMO_PASSWORD} (all demo accounts)`,
  ];
}

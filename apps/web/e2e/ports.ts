/**
 * The loopback ports of one end-to-end run: the app's (E2E_PORT, default 3100), then the mail
 * catcher's SMTP port the app sends to and its HTTP port the tests read the caught mail from, and
 * the port of the clustered server one journey starts on PostgreSQL.
 * Read by the Playwright config and by the test workers alike.
 */
export function e2ePorts(): { app: number; smtp: number; mail: number; cluster: number } {
  const app = Number(process.env.E2E_PORT ?? 3100);
  return { app, smtp: app + 1, mail: app + 2, cluster: app + 3 };
}

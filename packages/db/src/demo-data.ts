// Whether this deployment is a demo: the one rule both the server (seed demo people and orders)
// and payments (offer the sandbox payment) follow, so a demo can always be completed and a real
// site never gets either by accident.

/** SEED_DEMO as set: "1" always, "0" never, unset only on the embedded database. */
export type SeedDemoSetting = "0" | "1" | undefined;

/**
 * Demo data only where nobody can mistake it for a real site: on the embedded database (what
 * `pnpm start` uses on a fresh clone) unless SEED_DEMO=0, or anywhere with SEED_DEMO=1. A real
 * deployment (DATABASE_URL, no SEED_DEMO) gets reference data only, no known password and no
 * sandbox payment.
 */
export function isDemoDeployment(settings: { seedDemo: SeedDemoSetting; embedded: boolean }): boolean {
  if (settings.seedDemo === "1") return true;
  if (settings.seedDemo === "0") return false;
  return settings.embedded;
}

/** The rule applied to an environment (empty values count as unset). */
export function isDemoEnvironment(source: Record<string, string | undefined>): boolean {
  const blank = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());
  const seedDemo = blank(source.SEED_DEMO);
  if (seedDemo !== undefined && seedDemo !== "0" && seedDemo !== "1") throw new Error("SEED_DEMO must be 0 or 1");
  // No DATABASE_URL is exactly when the database is the embedded one (@hunar/db/client).
  return isDemoDeployment({ seedDemo, embedded: blank(source.DATABASE_URL) === undefined });
}

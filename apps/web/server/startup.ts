import { hashPassword } from "@hunar/auth/password";
import { describeTarget, getDb, targetFromEnv, type Db, type DbTarget } from "@hunar/db/client";
import { isDemoDeployment } from "@hunar/db/demo-data";
import { migrate } from "@hunar/db/migrate";
import { DEMO_LOGINS, DEMO_PASSWORD, describeDemoLogins, seedDemo, seedReferenceData } from "@hunar/db/seed";
import { gigImageStorage } from "@hunar/gigs/images/default-storage";
import { seedDemoCovers } from "@hunar/gigs/seed/seed-demo-covers";
import { seedDemoOrders } from "@hunar/orders/seed/seed-demo-orders";
import { seedDemoHiring } from "@hunar/proposals/seed/seed-demo-hiring";
import { seedDemoDisputes } from "@hunar/disputes/seed/seed-demo-disputes";
import type { ServerEnv } from "./env.ts";
import type { Logger } from "./logger.ts";

// Seeding runs as one transaction so a failure leaves nothing half-written; PGlite needs longer
// than Prisma's 5 s default for the whole demo marketplace.
const SEED_TRANSACTION = { maxWait: 60_000, timeout: 300_000 };

export interface PreparedDatabase {
  db: Db;
  /** Demo logins to print, when this database carries the demo accounts. */
  demoLogins: string[] | null;
}

/** The demo rule of @hunar/db/demo-data, for the database this process opens. */
export function wantsDemoData(env: Pick<ServerEnv, "SEED_DEMO">, target: DbTarget): boolean {
  return isDemoDeployment({ seedDemo: env.SEED_DEMO, embedded: target.kind === "pglite" });
}

/** Migrates, opens the process's client, then seeds reference (and maybe demo) data. */
export async function prepareDatabase(env: ServerEnv, log: Logger): Promise<PreparedDatabase> {
  const target = targetFromEnv();
  // Migrations open their own connection; it is closed before the app opens the database,
  // because an embedded PGlite directory has a single owner.
  const { applied } = await migrate(target);
  log.info({ database: describeTarget(target), applied }, applied.length ? "migrations applied" : "database up to date");

  const db = await getDb();
  const demo = wantsDemoData(env, target);
  if (demo && (await db.user.count()) === 0) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const created = await db.$transaction((tx) => seedDemo(tx, { passwordHash }), SEED_TRANSACTION);
    log.info({ created }, "demo data seeded");
    // Real ledger history (escrow, earnings, wallet) for the demo people, through the payments
    // functions, which open their own transactions.
    const ledger = await seedDemoOrders(db);
    log.info({ ledger }, "demo ledger seeded");
  } else {
    await db.$transaction((tx) => seedReferenceData(tx), SEED_TRANSACTION);
  }
  if (demo) {
    // Also for a demo seeded before covers existed: only gigs without any image get one.
    const covers = await seedDemoCovers(db, gigImageStorage());
    if (covers.created > 0) log.info({ covers }, "demo covers drawn");
    // A proposal to weigh and a custom offer in the chat; also for a demo seeded before hiring existed.
    const hiring = await seedDemoHiring(db);
    if (hiring.proposals + hiring.offers > 0) log.info({ hiring }, "demo hiring seeded");
    // A dispute waiting for an admin, on the demo client's website order.
    const disputes = await seedDemoDisputes(db);
    if (disputes.disputes > 0) log.info({ disputes }, "demo dispute seeded");
  }
  const hasDemoAccounts = demo && (await db.user.count({ where: { email: DEMO_LOGINS.admin } })) > 0;
  return { db, demoLogins: hasDemoAccounts ? describeDemoLogins() : null };
}

import { seedCategories } from "./categories.ts";
import type { SeedDb } from "./db-handle.ts";
import { DEMO_EMAIL_DOMAIN } from "./demo-credentials.ts";
import { seedFeeSchedule } from "./fee-schedule.ts";
import { syncRatingAggregates } from "./rating-aggregates.ts";
import { seedDemoGigs } from "./seed-gigs.ts";
import { seedDemoJobs } from "./seed-jobs.ts";
import { seedDemoOrders } from "./seed-orders.ts";
import { seedDemoUsers } from "./seed-users.ts";

export interface SeedDemoOptions {
  /** Hash of DEMO_PASSWORD made by the caller's password hasher; the seed never hashes. */
  passwordHash: string;
  /** Defaults to the reserved DEMO_EMAIL_DOMAIN. */
  emailDomain?: string;
}

/** How many rows of each kind this run created; all zero on a re-run. */
export interface SeedDemoResult {
  categories: number;
  users: number;
  gigs: number;
  orders: number;
  jobs: number;
}

/** Reference data every install needs, production included: categories and the fee schedule. */
export async function seedReferenceData(db: SeedDb): Promise<{ categories: Map<string, string>; feeScheduleId: string }> {
  const categories = await seedCategories(db);
  const { id: feeScheduleId } = await seedFeeSchedule(db);
  return { categories, feeScheduleId };
}

/**
 * Reference data plus the demo marketplace: ~30 accounts, published gigs with reviewed orders,
 * open jobs. Idempotent: every row has a natural or stable key and existing rows are left as
 * they are. Run it inside one transaction (the CLI does) so a failure leaves nothing behind.
 */
export async function seedDemo(db: SeedDb, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const categoriesBefore = await db.category.count();
  const { categories, feeScheduleId } = await seedReferenceData(db);
  const users = await seedDemoUsers(db, {
    passwordHash: options.passwordHash,
    emailDomain: options.emailDomain ?? DEMO_EMAIL_DOMAIN,
  });
  const gigs = await seedDemoGigs(db, { users: users.ids, categories });
  const orders = await seedDemoOrders(db, { users: users.ids, gigs: gigs.gigs, feeScheduleId });
  const jobs = await seedDemoJobs(db, { users: users.ids, categories });
  await syncRatingAggregates(
    db,
    [...gigs.gigs.values()].map((g) => g.id),
  );
  return {
    categories: (await db.category.count()) - categoriesBefore,
    users: users.created,
    gigs: gigs.created,
    orders: orders.created,
    jobs: jobs.created,
  };
}

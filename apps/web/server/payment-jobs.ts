import { clearDueEarnings } from "@hunar/payments/escrow/clear-due-earnings";
import type { Db } from "@hunar/db/client";
import type { Logger } from "./logger.ts";
import { schedulePeriodicJob, type PeriodicJob } from "./periodic-job.ts";

/**
 * Moves released earnings past their clearance period into freelancers' available balances, at
 * startup (a server that was down catches up at once) and every 15 minutes. Every release is
 * cleared under its row lock with an idempotency key, so processes may overlap.
 */
export function schedulePaymentJobs(deps: { db: Db; log: Logger; now?: () => Date }): PeriodicJob {
  return schedulePeriodicJob({
    name: "clearing released earnings",
    firstRunMs: 0,
    everyMs: 15 * 60 * 1000,
    log: deps.log,
    run: async () => {
      const cleared = await clearDueEarnings(deps.db, deps.now?.() ?? new Date());
      if (cleared > 0) deps.log.info({ cleared }, "released earnings cleared");
    },
  });
}

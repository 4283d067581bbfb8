import type { Db } from "@hunar/db/client";
import { sweepOrderTimers } from "@hunar/orders/timers/sweep-order-timers";
import type { Logger } from "./logger.ts";
import { schedulePeriodicJob, type PeriodicJob } from "./periodic-job.ts";

/**
 * The order timers (auto-completion three days after a delivery, the warning a day before it,
 * review windows closing), at startup and every minute: a minute late is the most anyone waits,
 * and a pass with nothing due is three indexed queries. Safe with several processes (see
 * sweepOrderTimers).
 */
export function scheduleOrderJobs(deps: { db: Db; log: Logger; now?: () => Date }): PeriodicJob {
  return schedulePeriodicJob({
    name: "order timers",
    firstRunMs: 0,
    everyMs: 60 * 1000,
    log: deps.log,
    run: async () => {
      const swept = await sweepOrderTimers(deps.db, deps.now?.() ?? new Date(), {
        onError: (orderId, error) => deps.log.error({ err: error, orderId }, "order timer failed for one order"),
        onStepError: (step, error) => deps.log.error({ err: error, step }, "an order timer step failed; the next sweep tries again"),
      });
      if (swept.autoCompleted + swept.warned + swept.reviewsRevealed > 0) deps.log.info(swept, "order timers ran");
    },
  });
}

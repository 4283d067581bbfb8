import type { Db } from "@hunar/db/client";
import { pruneGigViews } from "@hunar/gigs/record-view";
import type { Logger } from "./logger.ts";
import { schedulePeriodicJob, type PeriodicJob } from "./periodic-job.ts";

/**
 * Forgets who viewed which gig before yesterday (views count once per viewer per day, so only
 * today's rows are ever checked), a few minutes after startup and then every hour. Deleting
 * rows nobody reads is safe on any number of processes at once.
 */
export function scheduleGigJobs(deps: { db: Db; log: Logger }): PeriodicJob {
  return schedulePeriodicJob({
    name: "gig view pruning",
    firstRunMs: 5 * 60 * 1000,
    everyMs: 60 * 60 * 1000,
    log: deps.log,
    run: async () => {
      const pruned = await pruneGigViews(deps.db);
      if (pruned > 0) deps.log.info({ pruned }, "old gig views forgotten");
    },
  });
}

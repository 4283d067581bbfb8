import type { Logger } from "./logger.ts";

export interface PeriodicJob {
  /** No further runs; resolves once a run in progress has finished (the database stays open for it). */
  stop(): Promise<void>;
}

/**
 * Runs `run` after `firstRunMs` (0: at once, so a server that was down catches up) and then every
 * `everyMs`, never two runs at a time, logging a failure instead of throwing it. Each process
 * behind a load balancer runs its own jobs: every job here re-checks its rows under a lock, so
 * overlapping runs on two processes are safe. The timers never keep the process alive.
 */
export function schedulePeriodicJob(job: {
  name: string;
  firstRunMs: number;
  everyMs: number;
  log: Logger;
  run: () => Promise<void>;
}): PeriodicJob {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = job
      .run()
      .catch((error: unknown) => job.log.error({ err: error }, `${job.name} failed`))
      .finally(() => {
        running = null;
      });
  };
  const first = job.firstRunMs === 0 ? (tick(), undefined) : setTimeout(tick, job.firstRunMs).unref();
  const every = setInterval(tick, job.everyMs).unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}

import { clearDueEarnings } from "@hunar/payments/escrow/clear-due-earnings";
import type { Db } from "@hunar/db/client";
import type { Logger } from "./logger.ts";

const EVERY_MS = 15 * 60 * 1000;

/**
 * Moves released earnings past their clearance period into freelancers' available balances,
 * once at startup (a server that was down catches up at once) and every 15 minutes. Each process
 * behind a load balancer runs its own sweep; that is safe because every release is cleared under
 * its row lock with an idempotency key. The timer never keeps the process alive; stop() waits
 * for a sweep in progress so the database is not closed under it.
 */
export function schedulePaymentJobs(deps: { db: Db; log: Logger; now?: () => Date }): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const sweep = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        const cleared = await clearDueEarnings(deps.db, deps.now?.() ?? new Date());
        if (cleared > 0) deps.log.info({ cleared }, "released earnings cleared");
      } catch (error) {
        deps.log.error({ err: error }, "clearing released earnings failed");
      } finally {
        running = null;
      }
    })();
  };
  sweep();
  const every = setInterval(sweep, EVERY_MS).unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(every);
      await running;
    },
  };
}

// One sweeper process of sweep.ts (runSweepers): argv is the database URL, the moment to sweep at
// and the moment to warm up at (one sweep). Says ready, waits for "go", sweeps until a sweep does
// nothing and sends what it did.
import { createDb, disposeDb } from "@hunar/db/client";
import { sweepOrderTimers } from "../src/timers/sweep-order-timers.ts";
import { type SweeperMessage, sweepUntilDone } from "./sweepers.ts";

const [url, now, warmUpAt] = process.argv.slice(2);
if (!url || !now || !warmUpAt || !process.send) throw new Error("sweeper-process: started by runSweepers only");
const send = (message: SweeperMessage) => process.send?.(message);

const db = await createDb({ kind: "postgres", url });
try {
  const warmUp = await sweepOrderTimers(db, new Date(warmUpAt));
  await new Promise<void>((resolve) => {
    process.once("message", () => resolve());
    send({ ready: true });
  });
  send({ run: { ...(await sweepUntilDone(db, new Date(now))), warmUp } });
} catch (error) {
  send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
} finally {
  await disposeDb(db);
  process.disconnect();
}

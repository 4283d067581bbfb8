import { fork } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Db } from "@hunar/db/client";
import { type OrderTimerSweep, sweepOrderTimers } from "../src/timers/sweep-order-timers.ts";

export interface SweeperRun {
  sweeps: number;
  autoCompleted: number;
  warned: number;
  reviewsRevealed: number;
  /** Orders a sweep handed to onError (the sweep went on without them). */
  failures: number;
  /** Sweeps that threw (the server's job logs it and tries again a minute later; this goes on at once). */
  sweepErrors: string[];
  /** From the first sweep to the end of the last. */
  wallMs: number;
  /** CPU time the sweeper process used meanwhile (user + system). */
  cpuMs: number;
  /** Each sweep's time, sorted. */
  sweepMs: number[];
  /** What the warm-up sweep did (at a moment only the warm-up orders are due). */
  warmUp: OrderTimerSweep;
}

const MAX_ERRORS_IN_A_ROW = 5;

/**
 * Sweeps with the server's default limits, as its every-minute job would, until a sweep does
 * nothing (or the sweep has thrown five times in a row).
 */
export async function sweepUntilDone(db: Db, now: Date): Promise<Omit<SweeperRun, "warmUp">> {
  const run = {
    sweeps: 0,
    autoCompleted: 0,
    warned: 0,
    reviewsRevealed: 0,
    failures: 0,
    sweepErrors: [] as string[],
    wallMs: 0,
    cpuMs: 0,
    sweepMs: [] as number[],
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  let errorsInARow = 0;
  while (errorsInARow < MAX_ERRORS_IN_A_ROW) {
    const sweepStarted = performance.now();
    try {
      const swept = await sweepOrderTimers(db, now, { onError: () => (run.failures += 1) });
      errorsInARow = 0;
      run.autoCompleted += swept.autoCompleted;
      run.warned += swept.warned;
      run.reviewsRevealed += swept.reviewsRevealed;
      if (swept.autoCompleted + swept.warned + swept.reviewsRevealed === 0) break;
    } catch (error) {
      errorsInARow += 1;
      run.sweepErrors.push(lastLine(error));
    } finally {
      run.sweepMs.push(performance.now() - sweepStarted);
      run.sweeps += 1;
    }
  }
  run.wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  run.cpuMs = (used.user + used.system) / 1000;
  run.sweepMs.sort((a, b) => a - b);
  return run;
}

/** The gist of an error: Prisma's messages end with the reason, after a code frame. */
function lastLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n").at(-1)?.trim() ?? message;
}

export type SweeperMessage = { ready: true } | { run: SweeperRun } | { error: string };

/** Where the sweepers' database sessions were, sampled while they swept (sessions between transactions left out). */
export interface SessionSamples {
  samples: number;
  /** Running a query. */
  running: number;
  /** Waiting for a lock another session holds. */
  lock: number;
  /** In a transaction, waiting for the sweeper process to send the next query. */
  client: number;
  /** I/O, WAL and other waits inside the server. */
  other: number;
}

const APPLICATION = "hunar-bench-sweeper";
const SAMPLE_MS = 50;

async function sampleSessions(observer: Db, until: Promise<unknown>): Promise<SessionSamples> {
  const seen: SessionSamples = { samples: 0, running: 0, lock: 0, client: 0, other: 0 };
  let done = false;
  void until.finally(() => (done = true)).catch(() => undefined);
  while (!done) {
    const sessions = await observer.$queryRaw<{ state: string; waitType: string | null }[]>`
      SELECT state, wait_event_type AS "waitType" FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = ${APPLICATION} AND state <> 'idle'`;
    for (const { state, waitType } of sessions) {
      seen.samples += 1;
      if (waitType === "Lock") seen.lock += 1;
      else if (waitType === "Client") seen.client += 1;
      else if (waitType === null && state === "active") seen.running += 1;
      else seen.other += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
  }
  return seen;
}

/**
 * `count` sweepers, each a process of its own with its own database client, as that many server
 * processes would be: started, connected and warmed up by one sweep at `warmUpAt` (when only
 * orders put there for it are due, so the completion path runs before the clock starts, as in a
 * server that has been up for a while), then all told to go at once; each sweeps at `now` until a
 * sweep does nothing. The wall time runs from the go to the last one done; meanwhile `observer`
 * samples their sessions.
 */
export async function runSweepers(
  url: string,
  count: number,
  now: Date,
  warmUpAt: Date,
  observer: Db,
): Promise<{ runs: SweeperRun[]; wallMs: number; sessions: SessionSamples }> {
  const file = fileURLToPath(new URL("./sweeper-process.ts", import.meta.url));
  const named = new URL(url);
  named.searchParams.set("application_name", APPLICATION);
  const children = Array.from({ length: count }, () =>
    fork(file, [named.toString(), now.toISOString(), warmUpAt.toISOString()], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  const next = (child: (typeof children)[number]) =>
    new Promise<SweeperMessage>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`sweeper exited with ${code}`));
      child.once("exit", onExit);
      child.once("message", (message) => {
        child.off("exit", onExit);
        resolve(message as SweeperMessage);
      });
    });
  try {
    for (const message of await Promise.all(children.map(next))) if (!("ready" in message)) throw new Error(JSON.stringify(message));
    const started = performance.now();
    const done = Promise.all(children.map(next)).then((messages) => ({ messages, wallMs: performance.now() - started }));
    for (const child of children) child.send("go");
    const [{ messages, wallMs }, sessions] = await Promise.all([done, sampleSessions(observer, done)]);
    const runs = messages.map((message) => {
      if (!("run" in message)) throw new Error(JSON.stringify(message));
      return message.run;
    });
    return { runs, wallMs, sessions };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}

import cluster, { type Worker } from "node:cluster";
import type { Logger } from "./logger.ts";

export interface Supervisor {
  /** Asks every worker to shut down (each drains its own requests) and resolves once all have exited. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

export interface SuperviseOptions {
  workers: number;
  log: Logger;
  /** Once, when every first worker listens: the port they share. */
  onListening: (port: number) => void;
  /** The supervisor gave up (a worker failed to start, or workers keep crashing): exit with this code. */
  onGiveUp: (code: number) => void;
}

// A worker that dies while serving is replaced; one that keeps dying is a broken deployment, and
// restarting it forever would only hide that.
const RESTARTS_PER_MINUTE = 10;
const RESTART_DELAY_MS = 1_000;

/**
 * The primary of a cluster: forks the workers (each runs server.js, which sees it is a worker),
 * replaces a worker that dies after it started serving, and stops them all on a signal. A worker
 * that exits before it ever listened failed to start (a bad setting, a port in use), so the
 * whole server stops, as a single process would.
 */
export function superviseWorkers({ workers, log, onListening, onGiveUp }: SuperviseOptions): Supervisor {
  const listened = new WeakSet<Worker>();
  const restarts: number[] = [];
  let listening = 0;
  let stopping = false;

  const fork = () => {
    const worker = cluster.fork();
    worker.once("listening", (address) => {
      listened.add(worker);
      log.info({ worker: worker.process.pid }, "worker listening");
      listening += 1;
      if (listening === workers) onListening(address.port);
    });
  };

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (!listened.has(worker)) {
      log.fatal({ worker: worker.process.pid, code, signal }, "a worker exited before it started serving; stopping");
      stopping = true;
      void stopAll("SIGTERM").then(() => onGiveUp(1));
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && (restarts[0] ?? now) < now - 60_000) restarts.shift();
    if (restarts.length > RESTARTS_PER_MINUTE) {
      log.fatal({ restarts: restarts.length }, "workers keep crashing; stopping");
      stopping = true;
      void stopAll("SIGTERM").then(() => onGiveUp(1));
      return;
    }
    log.error({ worker: worker.process.pid, code, signal }, "a worker died; starting another");
    setTimeout(() => {
      if (!stopping) fork();
    }, RESTART_DELAY_MS).unref();
  });

  const stopAll = async (signal: NodeJS.Signals) => {
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w && !w.isDead()));
    await Promise.all(
      running.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once("exit", () => resolve());
            worker.process.kill(signal);
          }),
      ),
    );
  };

  for (let i = 0; i < workers; i += 1) fork();

  return {
    async stop(signal) {
      stopping = true;
      await stopAll(signal);
    },
  };
}

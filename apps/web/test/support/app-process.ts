import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const webDir = fileURLToPath(new URL("../..", import.meta.url));
const main = fileURLToPath(new URL("./app-process-main.ts", import.meta.url));

export interface AppProcess {
  port: number;
  origin: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown, no goodbye to sockets, Redis or PostgreSQL. Resolves once it is gone. */
  kill(): Promise<void>;
}

const started = new Set<ChildProcess>();

/** Starts the app in a process of its own; rejects if it exits or stays silent for `timeoutMs`. */
export function startAppProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<AppProcess> {
  const child = fork(main, [], {
    cwd: webDir,
    execArgv: ["--import", "tsx"],
    // eslint-disable-next-line no-restricted-properties
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  started.add(child);
  child.once("exit", () => started.delete(child));
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`app process did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once("message", (message) => {
      clearTimeout(timer);
      const { port } = message as { port: number };
      resolve({ port, origin: `http://127.0.0.1:${port}`, child, kill });
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`app process exited before listening (${signal ?? code})`));
    });
  });
}

/** Kills every app process still running (afterAll, also after a failed test). */
export async function killAppProcesses(): Promise<void> {
  await Promise.all(
    [...started].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGKILL");
        }),
    ),
  );
}

import { fork, spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const webDir = fileURLToPath(new URL("..", import.meta.url));

/** Starts a bench fixture server (raw node:http or bare React Router) in its own process. */
export function startFixture(file: string, port: number): Promise<ChildProcess> {
  const child = fork(fileURLToPath(new URL(file, import.meta.url)), [String(port)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`${file} exited with ${code}`)));
  });
}

/** Starts the built production app and waits until /healthz answers. */
export async function startApp(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["server.js"], {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", REDIS_URL: "", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error("app did not become healthy within 180 s");
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FAST_TEST_HASHING } from "@hunar/auth/password";
import type { Db } from "@hunar/db/client";
import type { RunningApp, StartOptions } from "../../server/app.ts";
import type { LoadedApp } from "./app-module.ts";

export interface TestServer {
  origin: string;
  running: RunningApp;
  /** Every log line written so far, parsed. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/** Starts the app on an ephemeral port against a test database, as server.js would. */
export async function startTestServer(
  loaded: LoadedApp,
  db: Db,
  env: Record<string, string> = {},
  options: Pick<StartOptions, "notifications"> = {},
): Promise<TestServer> {
  const logs: Record<string, unknown>[] = [];
  const httpServer = createServer();
  const running = await loaded.app.start(httpServer, {
    clientDir: null,
    db,
    passwordHashing: FAST_TEST_HASHING,
    env: loaded.app.parseServerEnv({ NODE_ENV: "test", LOG_LEVEL: "info", HOST: "127.0.0.1", PORT: "0", ...env }),
    logDestination: { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) },
    ...options,
  });
  httpServer.on("request", running.app);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, running, logs, close: () => running.close() };
}

/** The session token from a response's Set-Cookie headers. */
export function sessionTokenFrom(response: Response): string | null {
  for (const cookie of response.headers.getSetCookie()) {
    const match = /^hunar_session=([^;]+)/.exec(cookie);
    if (match?.[1]) return match[1];
  }
  return null;
}

let accounts = 0;

/** Signs a new account up through tRPC, as the browser would; returns its session cookie. */
export async function signUpThroughApi(server: TestServer): Promise<{ cookie: string; email: string }> {
  accounts += 1;
  const email = `server-test-${process.pid}-${accounts}@example.com`;
  const response = await fetch(`${server.origin}/api/trpc/auth.signUp`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.origin },
    body: JSON.stringify({
      json: { name: "Test Person", email, password: "correct-horse-battery-staple-42", intent: "BOTH", locale: "en" },
    }),
  });
  if (!response.ok) throw new Error(`signUp failed: ${response.status} ${await response.text()}`);
  const token = sessionTokenFrom(response);
  if (!token) throw new Error("signUp set no session cookie");
  return { cookie: `hunar_session=${token}`, email };
}

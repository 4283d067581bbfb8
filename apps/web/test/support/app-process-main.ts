// A whole app process for fault tests (killed with SIGKILL, so it must be a process of its own):
// the real server module loaded through Vite as in development, on an ephemeral port, against the
// database in DATABASE_URL. Tells its parent the port over IPC once it listens.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FAST_TEST_HASHING } from "@hunar/auth/password";
import { createDb } from "@hunar/db/client";
import { loadAppModule } from "./app-module.ts";

// eslint-disable-next-line no-restricted-properties
const { DATABASE_URL, REDIS_URL, PUBLIC_ORIGIN } = process.env;
if (!DATABASE_URL) throw new Error("DATABASE_URL is not set");

const loaded = await loadAppModule();
const db = await createDb({ kind: "postgres", url: DATABASE_URL });
const httpServer = createServer();
const running = await loaded.app.start(httpServer, {
  clientDir: null,
  db,
  passwordHashing: FAST_TEST_HASHING,
  env: loaded.app.parseServerEnv({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    HOST: "127.0.0.1",
    PORT: "0",
    REDIS_URL: REDIS_URL ?? "",
    PUBLIC_ORIGIN: PUBLIC_ORIGIN ?? "",
  }),
});
httpServer.on("request", running.app);
httpServer.listen(0, "127.0.0.1", () => {
  process.send?.({ port: (httpServer.address() as AddressInfo).port });
});
// The parent going away (a crashed test run) takes this process with it.
process.on("disconnect", () => process.exit(0));

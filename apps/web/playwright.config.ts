import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { e2ePorts } from "./e2e/ports.ts";

// End-to-end tests drive Debian's Chromium: Playwright's own browser download is not reachable
// from our machines, and the system browser is what CI installs.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ports = e2ePorts();
const port = ports.app;
const baseURL = `http://127.0.0.1:${port}`;
// A fresh embedded database per run: the tests exercise exactly what `pnpm start` does.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "hunar-e2e-"));

if (!existsSync(chromium)) throw new Error(`Chromium not found at ${chromium}`);

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.e2e.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-quic",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    // First, so it listens before the app sends anything: the SMTP server the app's e-mails go
    // to, which the tests read back over HTTP (e2e/mail.ts).
    {
      command: "node --import tsx ./e2e/mail-catcher.ts",
      url: `http://127.0.0.1:${ports.mail}/healthz`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "node ./server.js",
      url: `${baseURL}/healthz`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        PUBLIC_ORIGIN: baseURL,
        DATA_DIR: dataDir,
        SEED_DEMO: "1",
        LOG_LEVEL: "warn",
        // Rate limits live in this server's memory, so one run's signups never count against the next.
        REDIS_URL: "",
        // Every journey signs up from 127.0.0.1; the production default (10 an hour) would refuse
        // the suite's later sign-ups.
        SIGNUP_LIMIT_PER_IP: "1000",
        DATABASE_URL: "",
        // Every e-mail goes to the mail catcher, and goes out within a fraction of a second.
        SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
        MAIL_FROM: "no-reply@hunar.test",
        NOTIFICATIONS_POLL_MS: "200",
        // Production refuses to send e-mail without a secret for the unsubscribe links.
        NOTIFICATIONS_SECRET: "end-to-end-notifications-secret-not-for-production",
      },
    },
  ],
});

import { createTestDb, type TestDb } from "@hunar/db/testing";
import { parseNotificationsEnv } from "@hunar/notifications/env";
import { type SmtpTestServer, startSmtpTestServer } from "@hunar/notifications/testing/smtp-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAppModule, type LoadedApp } from "./support/app-module.ts";
import { signUpThroughApi, startTestServer } from "./support/test-server.ts";

// The server's one account mail: pages and tRPC send through the SMTP server it was configured
// with, and stopping the server waits for the mail already begun.
describe("account e-mail in the server", () => {
  let loaded: LoadedApp;
  let smtp: SmtpTestServer;
  let testDb: TestDb;

  beforeAll(async () => {
    loaded = await loadAppModule();
    // Slower than everything else shutdown does, so only waiting for the send can see it accepted.
    smtp = await startSmtpTestServer({ replyDelayMs: 5_000 });
    testDb = await createTestDb("pglite");
  }, 60_000);
  afterAll(async () => {
    await testDb.close();
    await smtp.close();
    await loaded.vite.close();
  });

  it("sends the verification e-mail a sign-up began, through the configured SMTP server, before it stops", async () => {
    const config = { ...parseNotificationsEnv({ NODE_ENV: "test" }), smtpUrl: smtp.url };
    const server = await startTestServer(loaded, testDb.db, {}, { notifications: config });
    const { email } = await signUpThroughApi(server);
    // Stopped at once: the send began in the background and has not had to finish yet.
    await server.close();
    const sent = smtp.received.filter((mail) => mail.to.includes(email));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain("/confirm-email?token=");
  });
});

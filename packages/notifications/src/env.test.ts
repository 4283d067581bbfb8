import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SECRET, parseNotificationsEnv } from "./env.ts";

describe("notifications environment", () => {
  it("logs e-mails instead of sending them outside production when SMTP_URL is unset", () => {
    const config = parseNotificationsEnv({ NODE_ENV: "development" });
    expect(config).toMatchObject({ smtpUrl: null, logEmails: true, secret: DEVELOPMENT_SECRET, pollMs: 1000, maxAttempts: 8 });
    expect(parseNotificationsEnv({ NODE_ENV: "development", SMTP_URL: "" }).smtpUrl).toBeNull();
  });

  it("never logs e-mails in production and signs with a random secret when nothing is sent", () => {
    const a = parseNotificationsEnv({ NODE_ENV: "production" });
    expect(a.logEmails).toBe(false);
    expect(a.secret).not.toBe(DEVELOPMENT_SECRET);
    expect(a.secret).not.toBe(parseNotificationsEnv({}).secret);
  });

  it("writes account e-mails (verification and reset links) to the log in a demo without SMTP, never on a real site", () => {
    expect(parseNotificationsEnv({ NODE_ENV: "development", DATABASE_URL: "postgres://db/hunar" }).logAccountEmails).toBe(true);
    expect(parseNotificationsEnv({ NODE_ENV: "production" })).toMatchObject({ logEmails: false, logAccountEmails: true });
    expect(parseNotificationsEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/hunar", SEED_DEMO: "1" }).logAccountEmails).toBe(
      true,
    );
    expect(parseNotificationsEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/hunar" }).logAccountEmails).toBe(false);
    expect(parseNotificationsEnv({ NODE_ENV: "production", SEED_DEMO: "0" }).logAccountEmails).toBe(false);
  });

  it("requires NOTIFICATIONS_SECRET when production sends real e-mail", () => {
    expect(() => parseNotificationsEnv({ NODE_ENV: "production", SMTP_URL: "smtp://mail.example.com:587" })).toThrow(
      /NOTIFICATIONS_SECRET/,
    );
    const secret = "k".repeat(32);
    const config = parseNotificationsEnv({
      NODE_ENV: "production",
      SMTP_URL: "smtps://u:p@mail.example.com:465",
      NOTIFICATIONS_SECRET: secret,
    });
    expect(config).toMatchObject({ smtpUrl: "smtps://u:p@mail.example.com:465", secret, logEmails: false });
  });

  it("refuses a short secret, a non-SMTP URL and out-of-range numbers", () => {
    expect(() => parseNotificationsEnv({ NOTIFICATIONS_SECRET: "short" })).toThrow();
    expect(() => parseNotificationsEnv({ SMTP_URL: "https://mail.example.com" })).toThrow();
    expect(() => parseNotificationsEnv({ NOTIFICATIONS_POLL_MS: "5" })).toThrow();
    expect(() => parseNotificationsEnv({ NOTIFICATIONS_MAX_ATTEMPTS: "0" })).toThrow();
    expect(parseNotificationsEnv({ NOTIFICATIONS_POLL_MS: "250", NOTIFICATIONS_MAX_ATTEMPTS: "3" })).toMatchObject({
      pollMs: 250,
      maxAttempts: 3,
    });
  });
});

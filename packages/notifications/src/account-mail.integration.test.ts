import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderAccountEmail } from "./account-email.ts";
import { accountMailHarness } from "./testing/account-mail-harness.ts";
import { type SmtpTestServer, startSmtpTestServer } from "./testing/smtp-test-server.ts";

const email = (locale: "ur" | "en", to = "sana@example.pk") => ({
  to,
  locale,
  ...renderAccountEmail(
    { kind: "resetPassword", url: "http://hunar.test/reset-password?token=tok", minutes: 60 },
    { displayName: "Sana", locale },
  ),
});

describe("account mail through a real SMTP server", () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(() => smtp.close());
  beforeEach(() => {
    smtp.received.length = 0;
    smtp.refuseNext(0);
  });

  it("sends in the background, from the brand in the reader's language, with no unsubscribe headers, then records it", async () => {
    const harness = accountMailHarness({ smtpUrl: smtp.url });
    const sent: string[] = [];
    harness.mail.send(email("ur"), { onSent: () => Promise.resolve(void sent.push("ur")) });
    harness.mail.send(email("en", "bilal@example.pk"), { onSent: () => Promise.resolve(void sent.push("en")) });
    expect(sent).toEqual([]);
    await harness.mail.idle();
    expect(sent.sort()).toEqual(["en", "ur"]);
    const ur = smtp.received.find((mail) => mail.to[0] === "sana@example.pk")!;
    expect(ur.headers.get("from")).toMatch(/no-reply@hunar\.test/);
    expect(ur.raw).toMatch(/^From: =\?UTF-8\?/m);
    expect(ur.subject).toBe("اپنے ہنر اکاؤنٹ کا نیا پاس ورڈ بنائیں");
    expect(ur.html).toContain('<html lang="ur" dir="rtl">');
    expect(ur.text).toContain("http://hunar.test/reset-password?token=tok");
    expect(ur.headers.get("content-language")).toBe("ur");
    expect(ur.headers.get("auto-submitted")).toBe("auto-generated");
    expect(ur.headers.has("list-unsubscribe")).toBe(false);
    expect(ur.headers.get("message-id")).toMatch(/^<account-[0-9a-f-]{36}@hunar\.test>$/);
    const en = smtp.received.find((mail) => mail.to[0] === "bilal@example.pk")!;
    expect(en.headers.get("from")).toBe("Hunar <no-reply@hunar.test>");
    expect(en.subject).toBe("Reset your Hunar password");
    harness.close();
  });

  it("retries a temporary refusal and gives up at once on a permanent one, recording nothing", async () => {
    const harness = accountMailHarness({ smtpUrl: smtp.url });
    const sent: string[] = [];
    smtp.refuseNext(2, 451);
    const before = smtp.attempts();
    harness.mail.send(email("en"), { onSent: () => Promise.resolve(void sent.push("retried")) });
    await harness.mail.idle();
    expect(smtp.attempts() - before).toBe(3);
    expect(sent).toEqual(["retried"]);
    expect(harness.logs.filter((entry) => entry.level === "warn")).toHaveLength(2);

    smtp.refuseNext(1, 550);
    harness.mail.send(email("en"), { onSent: () => Promise.resolve(void sent.push("refused")) });
    await harness.mail.idle();
    expect(sent).toEqual(["retried"]);
    expect(harness.logs.filter((entry) => entry.level === "error").map((entry) => entry.message)).toEqual(["account e-mail given up"]);
    harness.close();
  });

  it("gives up after three temporary refusals", async () => {
    const harness = accountMailHarness({ smtpUrl: smtp.url });
    smtp.refuseNext(3, 451);
    let recorded = false;
    harness.mail.send(email("en"), { onSent: () => Promise.resolve(void (recorded = true)) });
    await harness.mail.idle();
    expect(recorded).toBe(false);
    expect(smtp.received).toHaveLength(0);
    expect(harness.logs.at(-1)).toMatchObject({ level: "error", details: { attempts: 3 } });
    harness.close();
  });

  it("without SMTP writes the e-mail to the log where told to, and otherwise sends nothing", async () => {
    const logged = accountMailHarness({ smtpUrl: null, logEmails: true });
    logged.mail.send(email("en"));
    await logged.mail.idle();
    expect(logged.mail.transport).toBe("log");
    expect(logged.logs[0]).toMatchObject({ message: "account e-mail (not sent: SMTP_URL is not set)" });
    expect(JSON.stringify(logged.logs[0]!.details)).toContain("reset-password?token=tok");
    const silent = accountMailHarness({ smtpUrl: null });
    expect(silent.mail.transport).toBe("none");
  });
});

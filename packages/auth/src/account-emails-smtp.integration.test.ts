import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { accountMailHarness } from "@hunar/notifications/testing/account-mail-harness";
import { type SmtpTestServer, startSmtpTestServer } from "@hunar/notifications/testing/smtp-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAST_TEST_HASHING } from "./password.ts";
import { createAuthLimiter } from "./rate-limit.ts";
import { checkResetToken } from "./reset-password.ts";
import { requestPasswordReset } from "./request-password-reset.ts";
import { signUp } from "./sign-up.ts";
import { linkToken, TEST_SITE_ORIGIN } from "./testing/account-mail.ts";
import { verifyEmail } from "./verify-email.ts";

const PASSWORD = "chai-at-Lahore-4pm";

describe.each(testDbKinds())("account e-mails as a mail server receives them, on %s", (kind) => {
  const t = useTestDb(kind);
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(() => smtp.close());

  const mailTo = (to: string) => smtp.received.filter((mail) => mail.to.includes(to));

  for (const locale of ["ur", "en"] as const) {
    it(`in ${locale}: the verification and reset e-mails carry working links, in the reader's language and direction`, async () => {
      const harness = accountMailHarness({ smtpUrl: smtp.url });
      const deps = {
        db: t.db,
        limiter: createAuthLimiter({ redis: null, keyPrefix: `test:${crypto.randomUUID()}` }),
        passwordHashing: FAST_TEST_HASHING,
        mail: harness.mail,
        siteOrigin: TEST_SITE_ORIGIN,
      };
      const email = `farzana.${locale}@example.pk`;
      await signUp(deps, { name: "Farzana", email, password: PASSWORD, intent: "HIRE", locale }, { ip: "198.51.100.90" });
      await requestPasswordReset(deps, { email }, { ip: "198.51.100.90" });
      await harness.mail.idle();

      const [verify, reset] = mailTo(email);
      expect(mailTo(email)).toHaveLength(2);
      const expected = {
        ur: { verify: "ہنر کے لیے اپنے ای میل ایڈریس کی تصدیق کریں", reset: "اپنے ہنر اکاؤنٹ کا نیا پاس ورڈ بنائیں", from: /^=\?UTF-8\?/ },
        en: { verify: "Confirm your e-mail address for Hunar", reset: "Reset your Hunar password", from: /^Hunar </ },
      }[locale];
      expect(verify!.subject).toBe(expected.verify);
      expect(reset!.subject).toBe(expected.reset);
      for (const mail of [verify!, reset!]) {
        expect(mail.headers.get("from")).toMatch(expected.from);
        expect(mail.headers.get("content-language")).toBe(locale);
        expect(mail.headers.has("list-unsubscribe")).toBe(false);
        expect(mail.html).toContain(`<html lang="${locale}" dir="${locale === "ur" ? "rtl" : "ltr"}">`);
        expect(mail.text).toContain("Farzana");
      }
      expect(reset!.text).toContain(locale === "ur" ? "60 منٹ" : "60 minutes");

      const verifyToken = linkToken(verify!.text, "/confirm-email")!;
      expect(verify!.html).toContain(`href="${TEST_SITE_ORIGIN}/confirm-email?token=${verifyToken}"`);
      await expect(verifyEmail(deps, verifyToken)).resolves.toEqual({ status: "verified", email });
      const resetToken = linkToken(reset!.text, "/reset-password")!;
      expect(await checkResetToken(t.db, resetToken)).toMatchObject({ email });
      // Recorded as sent once the server took them.
      expect(await t.db.accountToken.count({ where: { email, sentAt: { not: null } } })).toBe(2);
      harness.close();
    });
  }
});

import { describe, expect, it } from "vitest";
import { type AccountEmailContent, type AccountEmailKind, renderAccountEmail } from "./account-email.ts";

const URL_OF = "https://hunar.pk/confirm-email?token=abcdefghijklmnop";
const SAMPLES: Record<AccountEmailKind, AccountEmailContent> = {
  verifyEmail: { kind: "verifyEmail", url: URL_OF, hours: 24 },
  confirmNewEmail: { kind: "confirmNewEmail", url: URL_OF, hours: 24 },
  resetPassword: { kind: "resetPassword", url: "https://hunar.pk/reset-password?token=abcdefghijklmnop", minutes: 60 },
  emailChanged: {
    kind: "emailChanged",
    url: "https://hunar.pk/restore-email?token=abcdefghijklmnop",
    days: 7,
    newEmail: "sana.new@example.pk",
  },
};
const render = (kind: AccountEmailKind, locale: "ur" | "en") =>
  renderAccountEmail(SAMPLES[kind], { displayName: "Ayesha <b>Khan</b>", locale });

/** The words of the translation alone: links, addresses, the name and markup taken out. */
const ownWords = (text: string) =>
  text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/sana\.new@example\.pk/g, " ")
    .replace(/Ayesha (<b>|&lt;b&gt;)Khan(<\/b>|&lt;\/b&gt;)/g, " ")
    .replace(/<head>[\s\S]*<\/head>/, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/g, " ");

describe("account e-mails", () => {
  for (const kind of Object.keys(SAMPLES) as AccountEmailKind[]) {
    it(`${kind}: Urdu is right-to-left and all Urdu; English has no Urdu; the link is in both parts; nothing to unsubscribe from`, () => {
      const ur = render(kind, "ur");
      expect(ur.html).toMatch(/^<!doctype html>\n<html lang="ur" dir="rtl">/);
      expect(ur.html).toContain('<div lang="ur" dir="rtl"');
      for (const part of [ur.subject, ur.text, ur.html]) {
        expect(part).toMatch(/[\u0600-\u06FF]/);
        expect(ownWords(part)).not.toMatch(/[A-Za-z]/);
      }
      const en = render(kind, "en");
      expect(en.html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
      for (const part of [en.subject, en.text, en.html]) expect(ownWords(part)).not.toMatch(/[\u0600-\u06FF]/);
      for (const email of [ur, en]) {
        const url = SAMPLES[kind].url;
        expect(email.text).toContain(url);
        expect(email.html).toContain(`href="${url}"`);
        expect(email.html).toContain(`<bdi dir="ltr">${url}</bdi>`);
        expect(`${email.text}${email.html}`).not.toMatch(/unsubscribe|account\/notifications/i);
      }
    });
  }

  it("says how long the link works and escapes what people typed", () => {
    expect(render("resetPassword", "en").text).toContain("The link works once, for 60 minutes.");
    expect(render("verifyEmail", "ur").text).toContain("24 گھنٹے");
    const changed = render("emailChanged", "en");
    expect(changed.subject).toBe("The e-mail address of your Hunar account was changed");
    expect(changed.text).toContain("is now sana.new@example.pk.");
    expect(changed.html).toContain("<bdi>sana.new@example.pk</bdi>");
    expect(changed.text).toContain("within 7 days");
    expect(changed.html).not.toContain("<b>Khan</b>");
    expect(changed.html).toContain("<bdi>Ayesha &lt;b&gt;Khan&lt;/b&gt;</bdi>");
  });
});

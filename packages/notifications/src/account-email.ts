import type { Locale } from "@hunar/i18n/config";
import { createT } from "@hunar/i18n/translate";
import { emailHtml, escapeHtml, isolate } from "./email-html.ts";
import type { EmailRecipient, RenderedEmail } from "./render-email.ts";

/** The e-mails about an account itself, each with its one link (absolute) and how long it works. */
export type AccountEmailContent =
  | { kind: "verifyEmail"; url: string; hours: number }
  | { kind: "confirmNewEmail"; url: string; hours: number }
  | { kind: "resetPassword"; url: string; minutes: number }
  | { kind: "emailChanged"; url: string; days: number; newEmail: string };

export type AccountEmailKind = AccountEmailContent["kind"];

function paramsOf(content: AccountEmailContent): Record<string, string> {
  const { kind: _kind, url: _url, ...rest } = content;
  return Object.fromEntries(Object.entries(rest).map(([name, value]) => [name, String(value)]));
}

/**
 * An account e-mail in the recipient's language, through the same layout as notifications
 * (direction, fonts, escaping) but without unsubscribe links: nobody can opt out of the link
 * they asked for. The link is also written out, for mail clients that drop the button.
 */
export function renderAccountEmail(content: AccountEmailContent, recipient: EmailRecipient): RenderedEmail {
  const locale: Locale = recipient.locale;
  const t = createT(locale);
  const key = (name: string) => `notifications:account.${content.kind}.${name}`;
  const params = paramsOf(content);
  const htmlParams = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isolate(value)]));
  const subject = t(key("subject"), params);

  const text = [
    t("notifications:email.greeting", { name: recipient.displayName }),
    t(key("body"), params),
    t(key("validity"), params),
    `${t(key("action"))}: ${content.url}`,
    t("notifications:email.signature"),
    t(key("why")),
  ].join("\n\n");

  const html = emailHtml({
    locale,
    subject,
    paragraphs: [
      t("notifications:email.greeting", { name: isolate(recipient.displayName) }),
      t(key("body"), htmlParams),
      t(key("validity"), htmlParams),
    ],
    action: { href: content.url, label: escapeHtml(t(key("action"))) },
    after: [t("notifications:account.linkText", { url: `<bdi dir="ltr">${escapeHtml(content.url)}</bdi>` })],
    signature: escapeHtml(t("notifications:email.signature")),
    footer: { why: escapeHtml(t(key("why"))), links: [] },
  });
  return { subject, text: `${text}\n`, html };
}

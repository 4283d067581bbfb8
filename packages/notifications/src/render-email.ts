import type { Locale } from "@hunar/i18n/config";
import { createT } from "@hunar/i18n/translate";
import { emailHtml, escapeHtml, isolate } from "./email-html.ts";
import { notificationTexts, oneLine } from "./inbox/render-notification.ts";
import type { NotificationKind } from "./kinds.ts";

export const PREFERENCES_PATH = "/account/notifications";

export interface EmailNotification {
  kind: NotificationKind;
  data: unknown;
  link: string | null;
}

export interface EmailRecipient {
  displayName: string;
  locale: Locale;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const mapValues = (params: Record<string, string>, fn: (value: string) => string) =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, fn(value)]));

/**
 * A notification as an e-mail in the recipient's own language: subject, plain text and HTML,
 * every word from the `notifications` namespace and every amount and date through Intl. The
 * stored data is checked against the kind's shape first; a row that does not fit throws.
 */
export function renderNotificationEmail(
  notification: EmailNotification,
  recipient: EmailRecipient,
  urls: { siteOrigin: string; unsubscribeUrl: string },
): RenderedEmail {
  const { locale } = recipient;
  const t = createT(locale);
  const { params, paragraphs: keys, ...texts } = notificationTexts(notification.kind, notification.data, { locale, t });
  const htmlParams = mapValues(params, isolate);
  const label = t(texts.label);
  const actionUrl = new URL(notification.link ?? "/", urls.siteOrigin).toString();
  const preferencesUrl = new URL(PREFERENCES_PATH, urls.siteOrigin).toString();
  const subject = oneLine(t(texts.subject, params));

  const text = [
    t("notifications:email.greeting", { name: recipient.displayName }),
    ...keys.map((key) => t(key, params)),
    t("notifications:email.openText", { url: actionUrl }),
    t("notifications:email.signature"),
    [
      t("notifications:email.why"),
      t("notifications:email.unsubscribeText", { label, url: urls.unsubscribeUrl }),
      t("notifications:email.preferencesText", { url: preferencesUrl }),
    ].join("\n"),
  ].join("\n\n");

  const html = emailHtml({
    locale,
    subject,
    paragraphs: [t("notifications:email.greeting", { name: isolate(recipient.displayName) }), ...keys.map((key) => t(key, htmlParams))],
    action: { href: actionUrl, label: escapeHtml(t("notifications:email.open")) },
    signature: escapeHtml(t("notifications:email.signature")),
    footer: {
      why: escapeHtml(t("notifications:email.why")),
      links: [
        { href: urls.unsubscribeUrl, label: t("notifications:email.unsubscribe", { label: escapeHtml(label) }) },
        { href: preferencesUrl, label: escapeHtml(t("notifications:email.preferences")) },
      ],
    },
  });
  return { subject, text: `${text}\n`, html };
}

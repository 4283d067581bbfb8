import type { Locale } from "@hunar/i18n/config";
import { createT } from "@hunar/i18n/translate";
import { emailHtml, escapeHtml, isolate } from "./email-html.ts";
import { kindDefinition, type NotificationKind } from "./kinds.ts";

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
  const kind = kindDefinition(notification.kind);
  const data = kind.data.parse(notification.data);
  const params = kind.params(data, { locale, t });
  const htmlParams = mapValues(params, isolate);
  const label = t(kind.label);
  const keys = [kind.body, ...(kind.more?.(data) ?? [])];
  const actionUrl = new URL(notification.link ?? "/", urls.siteOrigin).toString();
  const preferencesUrl = new URL(PREFERENCES_PATH, urls.siteOrigin).toString();
  // A subject is one line whatever a title contains.
  const subject = t(kind.subject, params)
    .replace(/[\r\n\t\v\f\u2028\u2029]+/g, " ")
    .trim();

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
      unsubscribe: { href: urls.unsubscribeUrl, label: t("notifications:email.unsubscribe", { label: escapeHtml(label) }) },
      preferences: { href: preferencesUrl, label: escapeHtml(t("notifications:email.preferences")) },
    },
  });
  return { subject, text: `${text}\n`, html };
}

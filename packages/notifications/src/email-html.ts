import { dir, type Locale } from "@hunar/i18n/config";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * A value placed inside a sentence (a name, a gig title, an amount): escaped, and isolated with
 * <bdi> so Latin text or digits inside Urdu (and Urdu inside English) keep their own direction
 * without reordering the sentence around them.
 */
export function isolate(value: string): string {
  return `<bdi>${escapeHtml(value)}</bdi>`;
}

// Mail clients load no web fonts worth relying on: Nastaliq where the reader has it installed,
// then Naskh faces; the generous line height keeps Nastaliq's tall letters from clipping.
const TYPE: Record<Locale, string> = {
  ur: "font-family: 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Noto Naskh Arabic', serif; font-size: 17px; line-height: 2.2;",
  en: "font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; font-size: 16px; line-height: 1.6;",
};

export interface EmailLayout {
  locale: Locale;
  subject: string;
  /** Already escaped HTML paragraphs. */
  paragraphs: string[];
  action: { href: string; label: string };
  /** Already escaped HTML paragraphs after the action button. */
  after?: string[];
  signature: string;
  /** Why this e-mail came, then its links (unsubscribe, settings); account e-mails have none. */
  footer: { why: string; links: { href: string; label: string }[] };
}

const link = (href: string, label: string, style?: string) =>
  `<a href="${escapeHtml(href)}"${style ? ` style="${style}"` : ""}>${label}</a>`;

/** The one e-mail layout: language and direction on <html> and on the body's container. */
export function emailHtml(layout: EmailLayout): string {
  const { locale } = layout;
  const direction = dir(locale);
  const button =
    "display: inline-block; padding: 10px 20px; border-radius: 6px; background: #0f766e; color: #ffffff; text-decoration: none;";
  const muted = "color: #6b7280; font-size: 13px;";
  return [
    "<!doctype html>",
    `<html lang="${locale}" dir="${direction}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(layout.subject)}</title></head>`,
    `<body style="margin: 0; padding: 24px; background: #f9fafb;">`,
    `<div lang="${locale}" dir="${direction}" style="max-width: 560px; margin: 0 auto; padding: 24px; background: #ffffff; text-align: start; color: #111827; ${TYPE[locale]}">`,
    ...layout.paragraphs.map((paragraph) => `<p>${paragraph}</p>`),
    `<p>${link(layout.action.href, layout.action.label, button)}</p>`,
    ...(layout.after ?? []).map((paragraph) => `<p style="${muted}">${paragraph}</p>`),
    `<p>${layout.signature}</p>`,
    `<hr style="border: none; border-top: 1px solid #e5e7eb;">`,
    footerHtml(layout.footer, muted),
    "</div>",
    "</body>",
    "</html>",
  ].join("\n");
}

function footerHtml(footer: EmailLayout["footer"], style: string): string {
  if (footer.links.length === 0) return `<p style="${style}">${footer.why}</p>`;
  return `<p style="${style}">${footer.why}<br>\n${footer.links.map((item) => link(item.href, item.label)).join(" · ")}</p>`;
}

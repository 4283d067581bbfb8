import { createT } from "@hunar/i18n/translate";
import { describe, expect, it } from "vitest";
import { KIND_NAMES, kindDefinition, type NotificationKind } from "./kinds.ts";
import { KIND_SAMPLES } from "./inbox/testing/kind-samples.ts";
import { renderNotificationEmail } from "./render-email.ts";

// Every kind's example (a new kind fails to compile there until it has one); the paid order's
// title carries markup, to show the HTML e-mail escapes what people typed.
const SAMPLES: typeof KIND_SAMPLES = {
  ...KIND_SAMPLES,
  "order.paid": { ...KIND_SAMPLES["order.paid"], title: "Logo <script>alert(1)</script> & brand kit" },
};

const urls = { siteOrigin: "https://hunar.pk", unsubscribeUrl: "https://hunar.pk/notifications/unsubscribe/tok.sig" };
const render = (kind: NotificationKind, locale: "ur" | "en", data: unknown = SAMPLES[kind]) =>
  renderNotificationEmail({ kind, data, link: "/orders/o1" }, { displayName: "Ayesha Khan", locale }, urls);

/** The text with every interpolated value, link and the name taken out: what the translation itself says. */
function ownWords(kind: NotificationKind, locale: "ur" | "en", text: string): string {
  const definition = kindDefinition(kind);
  const values = Object.values(definition.params(definition.data.parse(SAMPLES[kind]), { locale, t: createT(locale) }));
  let rest = text.replace(/https?:\/\/\S+/g, " ");
  const escaped = values.map((value) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  for (const value of [...values, ...escaped, "Ayesha Khan"].filter(Boolean)) rest = rest.split(value).join(" ");
  return rest.replace(/<[^>]+>/g, " ").replace(/&[a-z#0-9]+;/g, " ");
}

describe("notification e-mails", () => {
  for (const kind of KIND_NAMES) {
    it(`${kind}: Urdu e-mails are right-to-left and contain no English`, () => {
      const email = render(kind, "ur");
      expect(email.html).toMatch(/^<!doctype html>\n<html lang="ur" dir="rtl">/);
      expect(email.html).toContain('<div lang="ur" dir="rtl"');
      for (const part of [email.subject, email.text, email.html.replace(/<head>[\s\S]*<\/head>/, "").replace(/style="[^"]*"/g, "")]) {
        expect(part).toMatch(/[\u0600-\u06FF]/);
        expect(ownWords(kind, "ur", part)).not.toMatch(/[A-Za-z]/);
      }
    });

    it(`${kind}: English e-mails are left-to-right and contain no Urdu`, () => {
      const email = render(kind, "en");
      expect(email.html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
      for (const part of [email.subject, email.text, email.html]) expect(ownWords(kind, "en", part)).not.toMatch(/[\u0600-\u06FF]/);
    });
  }

  it("formats money and dates for the reader and links to the site, the kind's unsubscribe link and the settings", () => {
    // Intl puts a no-break space between "Rs" and the amount.
    const plain = (email: { subject: string; text: string }) => ({
      subject: email.subject.replace(/\u00a0/g, " "),
      text: email.text.replace(/\u00a0/g, " "),
    });
    const en = plain(render("order.paid", "en"));
    expect(en.subject).toBe("New order #1042: Logo <script>alert(1)</script> & brand kit");
    expect(en.text).toContain("Rs 5,000 is held in escrow");
    expect(en.text).toContain("Please deliver by 4 December 2026.");
    expect(en.text).toContain("https://hunar.pk/orders/o1");
    expect(en.text).toContain(`Stop e-mails about “New paid orders”: ${urls.unsubscribeUrl}`);
    expect(en.text).toContain("https://hunar.pk/account/notifications");
    const ur = plain(render("order.paid", "ur"));
    expect(ur.text).toContain("4 دسمبر، 2026");
    expect(plain(render("funding.confirmed", "en")).subject).toBe("Rs 12,345.50 added to your Hunar wallet");
  });

  it("escapes what users wrote in the HTML part and isolates it with <bdi>", () => {
    const { html, text } = render("order.paid", "en");
    expect(html).not.toContain("<script>");
    expect(html).toContain("<bdi>Logo &lt;script&gt;alert(1)&lt;/script&gt; &amp; brand kit</bdi>");
    expect(html).toContain("<title>New order #1042: Logo &lt;script&gt;");
    expect(text).toContain("“Logo <script>alert(1)</script> & brand kit”");
  });

  it("adds the paragraphs only some notifications have", () => {
    expect(render("order.cancelled", "en").text).toContain("Reason given: Client asked");
    expect(render("order.cancelled", "en", { ...SAMPLES["order.cancelled"], reason: null }).text).not.toContain("Reason given");
    expect(render("funding.confirmed", "en").text).toContain("The order you were paying for is now paid");
    // The rail's name already says "account": the sentence names it once.
    expect(render("payout.paid", "ur").text).toContain("بینک اکاؤنٹ (IBAN) کے ذریعے آپ کو بھیج دیے ہیں");
    expect(render("payout.paid", "ur").text).not.toMatch(/اکاؤنٹ\s*\(IBAN\)\s*اکاؤنٹ/);
  });

  it("refuses data that does not fit the kind", () => {
    expect(() => render("payout.paid", "en", { ...SAMPLES["payout.paid"], amountPaisa: 25 })).toThrow();
    expect(() => render("order.paid", "ur", {})).toThrow();
  });
});

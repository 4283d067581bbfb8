import type { Locale } from "@hunar/i18n/config";
import { createT } from "@hunar/i18n/translate";
import { describe, expect, it } from "vitest";
import { KIND_NAMES, kindDefinition, type NotificationKind } from "../kinds.ts";
import { renderNotificationEmail } from "../render-email.ts";
import { renderNotification } from "./render-notification.ts";
import { KIND_SAMPLES } from "./testing/kind-samples.ts";

const context = (locale: Locale) => ({ locale, t: createT(locale) });
/** The text without its bidi isolates, as the e-mail's plain text has it. */
const plain = (text: string | undefined) => text?.replace(/[\u2068\u2069]/g, "");
const render = (kind: string, locale: Locale, data: unknown = KIND_SAMPLES[kind as NotificationKind]) =>
  renderNotification({ kind, data }, context(locale));

/** What the translation itself says: the rendered text with every interpolated value taken out. */
function ownWords(kind: NotificationKind, locale: Locale, text: string): string {
  const definition = kindDefinition(kind);
  const values = Object.values(definition.params(definition.data.parse(KIND_SAMPLES[kind]), context(locale)));
  return values.filter(Boolean).reduce((rest, value) => rest.split(value).join(" "), text);
}

describe("rendering a stored notification", () => {
  for (const kind of KIND_NAMES) {
    for (const locale of ["ur", "en"] as const) {
      it(`${kind} in ${locale}: a title and text from the registry, no raw keys or placeholders`, () => {
        const rendered = render(kind, locale);
        expect(rendered).not.toBeNull();
        for (const part of [rendered?.title ?? "", rendered?.text ?? ""]) {
          expect(part.trim()).not.toBe("");
          expect(part).not.toMatch(/notifications:|kinds\.|\{\{|\}\}/);
          const own = ownWords(kind, locale, part);
          if (locale === "ur") {
            expect(own).toMatch(/[\u0600-\u06FF]/);
            expect(own).not.toMatch(/[A-Za-z]/);
          } else {
            expect(own).toMatch(/[A-Za-z]/);
            expect(own).not.toMatch(/[\u0600-\u06FF]/);
          }
        }
      });
    }

    it(`${kind}: the inbox title is the e-mail's subject and the text its paragraphs`, () => {
      const email = renderNotificationEmail(
        { kind, data: KIND_SAMPLES[kind], link: null },
        { displayName: "Ayesha Khan", locale: "en" },
        { siteOrigin: "https://hunar.pk", unsubscribeUrl: "https://hunar.pk/u" },
      );
      const rendered = render(kind, "en");
      expect(plain(rendered?.title)).toBe(email.subject);
      expect(email.text.replace(/\n\n/g, " ")).toContain(plain(rendered?.text));
    });
  }

  it("interpolates the reader's own formats and the paragraphs only some rows have", () => {
    const en = render("funding.confirmed", "en");
    expect(plain(en?.title)?.replace(/\u00a0/g, " ")).toBe("Rs 12,345.50 added to your Hunar wallet");
    expect(en?.text).toContain("The order you were paying for is now paid");
    const cancelled = KIND_SAMPLES["order.cancelled"];
    expect(plain(render("order.cancelled", "en")?.text)).toContain("Reason given: Client asked");
    expect(render("order.cancelled", "en", { ...cancelled, reason: null })?.text).not.toContain("Reason given");
    expect(plain(render("order.cancelled", "ur")?.text)).toContain("1 دسمبر، 2026");
  });

  it("keeps a title on one line whatever a user wrote into it", () => {
    const rendered = render("order.autoCompleted", "en", { orderId: "o1", orderNumber: 7, title: "Logo\r\ndesign" });
    expect(plain(rendered?.title)).toBe("Order #7 completed automatically");
    const paid = render("order.paid", "en", { ...KIND_SAMPLES["order.paid"], title: "Logo\n\ndesign" });
    expect(plain(paid?.title)).toBe("New order #1042: Logo design");
  });

  it("isolates every interpolated value, so Latin names and digits keep their direction inside Urdu", () => {
    const ur = render("order.paid", "ur");
    expect(ur?.title).toContain("\u2068Logo & brand kit\u2069");
    expect(ur?.text).toContain("\u2068Saad Rehman\u2069");
    expect(ur?.text).toContain("\u20681042\u2069");
    expect(plain(ur?.text)).not.toMatch(/[\u2066-\u2069]/);
  });

  it("answers null for a kind it does not know or data that does not fit, instead of throwing", () => {
    expect(render("order.teleported", "en", {})).toBeNull();
    expect(render("payout.paid", "ur", { ...KIND_SAMPLES["payout.paid"], amountPaisa: 25 })).toBeNull();
    expect(render("order.paid", "en", null)).toBeNull();
  });
});

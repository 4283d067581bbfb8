import { randomInt } from "node:crypto";
import { formatMoney } from "@hunar/i18n/format";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { percentSignsAfterDigits } from "./bidi.ts";
import { texts } from "./texts.ts";

type Locale = "ur" | "en";

// Seeded by the e2e server (SEED_DEMO=1): the admin, and a demo logo gig whose Standard package
// costs Rs 7,500; the launch fee schedule charges the client 2% (Rs 150).
const ADMIN = { email: "admin@hunar.test", password: "hunar-demo-2025" };
const GIG = { slug: "modern-logo-for-your-business", titleEn: "I will design a modern, unique logo for your business" };
const STANDARD = { subtotalPaisa: 750_000, clientFeePaisa: 15_000, totalPaisa: 765_000 };

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

/** A JazzCash transaction id as the SMS shows it, unique to this run. */
const jazzCashReference = () => `JC${Date.now()}${randomInt(1000, 9999)}`;

/** Logs out and waits until the page shows it, so the next navigation cannot race the log-out's redirect. */
async function logOut(page: Page, locale: Locale, account: { logOut: (page: Page, locale: Locale) => Promise<void> }): Promise<void> {
  await account.logOut(page, locale);
  await expect(page.getByRole("link", { name: texts(locale, "common")("account.logIn"), exact: true })).toBeVisible();
}

async function openMenuLink(page: Page, locale: Locale, ns: string, key: string): Promise<void> {
  await page.getByLabel(texts(locale, "common")("account.menuLabel")).click();
  await page.getByRole("link", { name: texts(locale, ns)(key), exact: true }).click();
}

const journeys: { locale: Locale; javaScriptEnabled: boolean }[] = [
  { locale: "ur", javaScriptEnabled: true },
  { locale: "en", javaScriptEnabled: true },
  { locale: "en", javaScriptEnabled: false },
];

for (const { locale, javaScriptEnabled } of journeys) {
  test.describe(`client payment in ${locale}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, locale: locale === "ur" ? "ur-PK" : "en-US" });

    test("a new client orders a package, pays by JazzCash transfer, the admin confirms it, the invoice shows the figures", async ({
      page,
      newAccount,
      account,
    }) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      const w = texts(locale, "wallet");
      const payments = texts(locale, "payments");
      const pages = texts(locale, "pages");
      const money = (paisa: number) => formatMoney(paisa, locale);
      const reference = jazzCashReference();

      await account.signUp(page, locale, newAccount);
      await account.verifyEmail(page, locale, newAccount.email);
      await expect(page.getByLabel(texts(locale, "common")("account.menuLabel"))).toBeVisible();

      // The gig page: choose the Standard package and order it.
      await page.goto(`/gigs/${GIG.slug}?lng=${locale}`);
      const standard = page.getByRole("radio").nth(1);
      await standard.check();
      await expect(standard).toHaveAttribute("value", "STANDARD");
      await page.getByRole("button", { name: pages("gig.order"), exact: true }).click();
      await expect(page).toHaveURL(/\/checkout\/[^/?]+\?tier=STANDARD$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(w("checkout.title"));

      // Every line of the quote, formatted as the page formats money.
      await expect(page.locator('[data-figure="subtotal"]')).toHaveText(money(STANDARD.subtotalPaisa));
      await expect(page.locator('[data-figure="client-fee"]')).toHaveText(money(STANDARD.clientFeePaisa));
      await expect(page.locator('[data-figure="total"]')).toHaveText(money(STANDARD.totalPaisa));
      // The fee's rate is drawn "2%", not "%2", inside the label's parentheses.
      expect(await percentSignsAfterDigits(page.locator('div:has(> [data-figure="client-fee"]) > dt'))).toEqual([true]);
      await expect(page.getByText(w("figures.noBidFee"))).toBeVisible();
      // A new client's wallet is empty, so the wallet is not a choice; the whole total is to be sent.
      await expect(page.getByRole("radio", { name: w("pay.wallet") })).toBeDisabled();
      // The e2e server is a demo deployment, so the demo payment is offered and says what it is.
      await expect(page.getByRole("radio", { name: w("pay.sandbox") })).toBeEnabled();

      await page.getByRole("radio", { name: w("pay.manual") }).check();
      const jazzCash = page.getByRole("radio", { name: new RegExp(payments("rails.JAZZCASH")) });
      await jazzCash.check();
      await expect(page.locator('[data-account-number="JAZZCASH"]')).toHaveText(/^03\d{9}$/);
      await expect(page.locator('[data-figure="send-amount"]')).toHaveText(money(STANDARD.totalPaisa));
      await page.getByLabel(w("pay.reference")).fill(reference);
      await page.getByRole("button", { name: fill(w("checkout.submit"), { total: money(STANDARD.totalPaisa) }) }).click();

      // The order waits for the transfer to be confirmed.
      await expect(page).toHaveURL(/\/orders\?done=manual$/);
      await expect(page.getByText(w("orders.done.manual"))).toBeVisible();
      const row = page.getByRole("article").first();
      await expect(row.locator("[data-order-status]")).toHaveText(w("orderStatus.PENDING_PAYMENT"));
      await expect(row).toContainText(fill(w("orders.total"), { amount: money(STANDARD.totalPaisa) }));
      const orderLabel = (await row.getAttribute("aria-label")) ?? "";

      // The admin finds the transfer in the queue and confirms it with a reason.
      await logOut(page, locale, account);
      await account.logIn(page, locale, ADMIN.email, ADMIN.password);
      await expect(page.getByLabel(texts(locale, "common")("account.menuLabel"))).toBeVisible();
      await openMenuLink(page, locale, "wallet", "nav.adminFunding");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(w("adminFunding.title"));
      const item = page.getByRole("form", { name: `${money(STANDARD.totalPaisa)} · ${reference}` });
      await expect(item).toContainText(payments("rails.JAZZCASH"));
      await item.getByLabel(w("adminFunding.reason")).fill(`JazzCash statement line ${reference}`);
      await item.getByRole("button", { name: w("adminFunding.confirm"), exact: true }).click();
      await expect(page.getByText(w("adminFunding.done.confirm"))).toBeVisible();
      await expect(page.getByRole("form", { name: `${money(STANDARD.totalPaisa)} · ${reference}` })).toHaveCount(0);

      // The client sees the order paid into escrow and opens its invoice.
      await logOut(page, locale, account);
      await account.logIn(page, locale, newAccount.email, newAccount.password);
      await expect(page.getByLabel(texts(locale, "common")("account.menuLabel"))).toBeVisible();
      await openMenuLink(page, locale, "wallet", "nav.orders");
      const paid = page.getByRole("article", { name: orderLabel });
      await expect(paid.locator("[data-order-status]")).toHaveText(w("orderStatus.IN_PROGRESS"));
      await paid.getByRole("link", { name: w("orders.invoice") }).click();
      await expect(page).toHaveURL(/\/orders\/[^/]+\/invoice$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        orderLabel.replace(/^.*?(\d+).*$/, (_, n: string) => fill(w("invoice.heading"), { number: n })),
      );
      await expect(page.locator('[data-figure="gross"]')).toHaveText(money(STANDARD.subtotalPaisa));
      await expect(page.locator('[data-figure="client-fee"]')).toHaveText(money(STANDARD.clientFeePaisa));
      await expect(page.locator('[data-figure="total"]')).toHaveText(money(STANDARD.totalPaisa));
      expect(await percentSignsAfterDigits(page.locator('tr:has([data-figure="client-fee"]) > th'))).toEqual([true]);
      await expect(page.locator("[data-order-status]")).toHaveText(w("orderStatus.IN_PROGRESS"));
      await expect(page.getByText(w("invoice.printHint"))).toBeVisible();
      await expect(page.getByRole("button", { name: w("invoice.print") })).toHaveCount(javaScriptEnabled ? 1 : 0);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ur" ? "rtl" : "ltr");
      expect(problems).toEqual([]);
    });
  });
}

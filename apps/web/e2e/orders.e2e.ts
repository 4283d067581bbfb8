import { formatMoney } from "@hunar/i18n/format";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import type { CaughtMail, expectMail } from "./mail.ts";
import { texts } from "./texts.ts";

type Locale = "ur" | "en";

// Seeded by the e2e server (SEED_DEMO=1, a demo deployment, so the demo payment is offered): the
// demo logo gig of Ayesha Khan, Standard Rs 7,500 in 4 days with 4 revisions, one extra (24-hour
// delivery, Rs 2,000) and a required requirement question. The client pays 2% on top; the
// freelancer's fee is 5%. Ayesha reads Urdu (her account's language), whatever the journey's.
const FREELANCER = { email: "ayesha.khan@hunar.test", password: "hunar-demo-2025", name: "Ayesha Khan", locale: "ur" as const };
const GIG = {
  slug: "modern-logo-for-your-business",
  // The extra is named in both languages; each reader sees their own.
  extra: { ur: "24 گھنٹے میں ڈیلیوری", en: "Delivery in 24 hours" },
  question: "آپ کے کاروبار کا نام کیا ہے",
};
const WITH_EXTRA = { subtotalPaisa: 950_000, clientFeePaisa: 19_000, totalPaisa: 969_000, freelancerNetPaisa: 902_500 };

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

async function switchTo(
  page: Page,
  locale: Locale,
  account: {
    logIn: (page: Page, locale: Locale, email: string, password: string) => Promise<void>;
    logOut: (page: Page, locale: Locale) => Promise<void>;
  },
  who: { email: string; password: string },
) {
  await account.logOut(page, locale);
  await expect(page.getByRole("link", { name: texts(locale, "common")("account.logIn"), exact: true })).toBeVisible();
  await account.logIn(page, locale, who.email, who.password);
  await expect(page.getByLabel(texts(locale, "common")("account.menuLabel"))).toBeVisible();
}

interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

/**
 * The e-mails of one kind about this order that one person received (exactly `count`), in their
 * own language: the subject as their locale words it, their name in the greeting, the order
 * page's link at the site's public origin in the text and as the button, and the unsubscribe
 * link at that origin too.
 */
async function expectOrderMail(
  mail: { expectMail: typeof expectMail },
  to: Recipient,
  kind: string,
  values: Record<string, string>,
  links: { origin: string; order: string },
  count = 1,
): Promise<CaughtMail[]> {
  const n = texts(to.locale, "notifications");
  const subject = fill(n(`kinds.${kind}.subject`), values);
  const found = await mail.expectMail(to.email, (caught) => caught.subject === subject, { count });
  for (const caught of found) {
    expect(caught.headers["content-language"], subject).toBe(to.locale);
    expect(caught.text.startsWith(fill(n("email.greeting"), { name: to.name })), `greeting of "${subject}"`).toBe(true);
    expect(caught.text, subject).toContain(fill(n("email.openText"), { url: links.order }));
    expect(caught.html, subject).toContain(`<html lang="${to.locale}" dir="${to.locale === "ur" ? "rtl" : "ltr"}">`);
    expect(caught.html, subject).toContain(`href="${links.order}"`);
    expect(caught.headers["list-unsubscribe"], subject).toContain(`<${links.origin}/notifications/unsubscribe/`);
  }
  return found;
}

/** The freelancer's pending earnings in paisa, read off her earnings page (whole rupees there). */
async function pendingEarnings(page: Page): Promise<number> {
  await page.goto("/earnings");
  const shown = (await page.locator('[data-balance="pending"]').textContent()) ?? "";
  return Number(shown.replace(/[^\d]/g, "")) * 100;
}

const journeys: { locale: Locale; javaScriptEnabled: boolean }[] = [
  { locale: "ur", javaScriptEnabled: true },
  { locale: "en", javaScriptEnabled: true },
  { locale: "en", javaScriptEnabled: false },
];

for (const { locale, javaScriptEnabled } of journeys) {
  test.describe(`an order from checkout to review in ${locale}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, locale: locale === "ur" ? "ur-PK" : "en-US" });

    test("a new client orders with an extra, pays by demo payment, answers; the freelancer delivers, revises; the client accepts; both review", async ({
      page,
      newAccount,
      account,
      mail,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      const w = texts(locale, "wallet");
      const o = texts(locale, "orders");
      const r = texts(locale, "reviews");
      const n = texts(locale, "notifications");
      const pages = texts(locale, "pages");
      const money = (paisa: number) => formatMoney(paisa, locale);
      const client = { email: newAccount.email, password: newAccount.password, name: newAccount.name, locale };

      await account.signUp(page, locale, newAccount);
      await account.verifyEmail(page, locale, newAccount.email);
      await expect(page.getByLabel(texts(locale, "common")("account.menuLabel"))).toBeVisible();

      // Checkout: the Standard package with the extra; the figures follow the choice.
      await page.goto(`/gigs/${GIG.slug}?lng=${locale}`);
      await page.getByRole("radio").nth(1).check();
      await page.getByRole("button", { name: pages("gig.order"), exact: true }).click();
      await expect(page).toHaveURL(/\/checkout\/[^/?]+\?tier=STANDARD/);
      await page.getByRole("checkbox", { name: new RegExp(GIG.extra[locale]) }).check();
      if (!javaScriptEnabled) await page.getByRole("button", { name: w("checkout.updateTotal") }).click();
      await expect(page.locator('[data-figure="total"]')).toHaveText(money(WITH_EXTRA.totalPaisa));
      await page.getByLabel(new RegExp(GIG.question)).fill("Chai Khana Lahore — لوگو اردو اور انگریزی دونوں میں");
      await page.getByRole("radio", { name: w("pay.sandbox") }).check();
      await page.getByRole("button", { name: fill(w("checkout.submit"), { total: money(WITH_EXTRA.totalPaisa) }) }).click();

      // The order page: paid into escrow, the clock running, the answer on record.
      await expect(page).toHaveURL(/\/orders\/[^/?]+\?done=/);
      const orderUrl = new URL(page.url()).pathname;
      const orderNumber = /\d+/.exec((await page.getByRole("heading", { level: 1 }).textContent()) ?? "")?.[0] ?? "";
      expect(orderNumber).not.toBe("");
      const title = (await page.locator("h1 + p").textContent())?.trim() ?? "";
      expect(title).not.toBe("");
      await expect(page.locator("[data-order-status]")).toHaveText(w("orderStatus.IN_PROGRESS"));
      await expect(page.locator('[data-figure="total"]')).toHaveText(money(WITH_EXTRA.totalPaisa));
      await expect(page.locator('[data-clock="due"]')).toBeVisible();
      await expect(page.locator('[data-event="paid"]')).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ur" ? "rtl" : "ltr");

      // The freelancer sees the answer and delivers with a file.
      await switchTo(page, locale, account, FREELANCER);
      const pendingBefore = await pendingEarnings(page);
      await page.goto(orderUrl);
      await expect(page.getByText("Chai Khana Lahore")).toBeVisible();
      await page.getByLabel(o("work.deliver.message")).fill("Three logo concepts, in Urdu and English.");
      await page
        .getByLabel(o("work.deliver.files"))
        .setInputFiles({ name: "concepts.txt", mimeType: "text/plain", buffer: Buffer.from("logo concepts") });
      await page.getByRole("button", { name: o("work.deliver.submit") }).click();
      await expect(page.getByText(o("work.done.deliver"))).toBeVisible();
      await expect(page.getByRole("link", { name: /concepts\.txt/ })).toBeVisible();

      // The client asks for a revision.
      await switchTo(page, locale, account, client);
      await page.goto(orderUrl);
      await expect(page.locator('[data-clock="auto-complete"]')).toBeVisible();
      await page.getByLabel(o("work.review.reason")).fill("Please make the Urdu lettering larger.");
      await page.getByRole("button", { name: o("work.review.requestRevision") }).click();
      await expect(page.getByText(o("work.done.requestRevision"))).toBeVisible();

      // The freelancer delivers again.
      await switchTo(page, locale, account, FREELANCER);
      await page.goto(orderUrl);
      await page.getByLabel(o("work.deliver.message")).fill("Larger Urdu lettering, as asked.");
      await page.getByRole("button", { name: o("work.deliver.redeliver") }).click();
      await expect(page.getByText(o("work.done.deliver"))).toBeVisible();

      // The client accepts and reviews.
      await switchTo(page, locale, account, client);
      await page.goto(orderUrl);
      await page.getByRole("button", { name: o("work.review.accept") }).click();
      await expect(page.getByText(o("work.done.accept"))).toBeVisible();
      await expect(page.locator("[data-order-status]")).toHaveText(w("orderStatus.COMPLETED"));
      for (const legend of [r("panel.overallClient"), r("details.communication"), r("details.quality"), r("details.onTime")]) {
        await page.getByRole("group", { name: legend }).getByRole("radio").nth(4).check();
      }
      await page.getByLabel(r("panel.comment")).fill("Beautiful work, delivered fast.");
      await page.getByRole("button", { name: r("panel.submit") }).click();
      await expect(page.getByText(r("panel.doneReview"))).toBeVisible();

      // The freelancer reviews the client, then both reviews show; her earnings hold the price
      // minus the 5% fee as pending; she was notified of the new order and its steps.
      await switchTo(page, locale, account, FREELANCER);
      await page.goto(orderUrl);
      await expect(page.getByText(r("panel.theirsWaiting"))).toBeVisible();
      await page
        .getByRole("group", { name: r("panel.overallFreelancer") })
        .getByRole("radio")
        .nth(4)
        .check();
      await page.getByRole("button", { name: r("panel.submit") }).click();
      await expect(page.getByText(r("panel.theirsClient"))).toBeVisible();
      await expect(page.getByText("Beautiful work, delivered fast.")).toBeVisible();

      expect(await pendingEarnings(page)).toBe(pendingBefore + WITH_EXTRA.freelancerNetPaisa);
      await page.goto("/notifications");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(n("inbox.title"));
      // New order, revision request, acceptance and the client's review, each naming
      // the order (its number wrapped in direction isolates, as every interpolated value is).
      await expect(page.getByText(new RegExp(`#\u2068?${orderNumber}\u2069?(?!\\d)`))).not.toHaveCount(0);

      // And each was e-mailed to the one person it concerns, in that person's language: Ayesha the
      // new order (its requirements already answered at checkout, so the clock runs and no
      // separate requirements e-mail follows), the revision request, the acceptance and the
      // client's review; the client both deliveries and, once both reviews are in, Ayesha's.
      const links = { origin: baseURL ?? "", order: `${baseURL}${orderUrl}` };
      const number = { number: orderNumber, title };
      const toFreelancer = texts(FREELANCER.locale, "notifications");
      const [paid] = await expectOrderMail(mail, FREELANCER, "order.paid", number, links);
      const paidText = fill(toFreelancer("kinds.order.paid.body"), {
        ...number,
        client: newAccount.name,
        amount: formatMoney(WITH_EXTRA.subtotalPaisa, FREELANCER.locale),
      });
      expect(paid?.text).toContain(paidText);
      expect(paid?.text).not.toContain(toFreelancer("kinds.order.paid.waiting"));
      const revision = await expectOrderMail(mail, FREELANCER, "order.revisionRequested", number, links);
      const [completed] = await expectOrderMail(mail, FREELANCER, "order.completed", number, links);
      expect(completed?.text).toContain(formatMoney(WITH_EXTRA.freelancerNetPaisa, FREELANCER.locale));
      const reviewed = await expectOrderMail(mail, FREELANCER, "review.received", { ...number, author: newAccount.name }, links);
      const deliveries = await expectOrderMail(mail, client, "order.delivered", number, links, 2);
      for (const delivered of deliveries) expect(delivered.text).toContain(FREELANCER.name);
      const reviewedBack = await expectOrderMail(mail, client, "review.received", { ...number, author: FREELANCER.name }, links);
      // Nothing else about this order was e-mailed, to them or to anyone else.
      const expected = [paid, ...revision, completed, ...reviewed, ...deliveries, ...reviewedBack];
      const line = (caught: CaughtMail | undefined) => `${caught?.to.join(", ")}: ${caught?.subject}`;
      const aboutOrder = (await mail.caught()).filter((caught) => caught.text.includes(links.order));
      expect(aboutOrder.map(line).sort()).toEqual(expected.map(line).sort());
      expect(problems).toEqual([]);
    });
  });
}

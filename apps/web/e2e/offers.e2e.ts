import { formatMoney } from "@hunar/i18n/format";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { texts } from "./texts.ts";

// Seeded by the e2e server (SEED_DEMO=1, a demo deployment, so the demo payment is offered): a
// demo freelancer and one of her published gigs, on which a new client asks for a custom offer.
const FREELANCER = { email: "ayesha.khan@hunar.test", password: "hunar-demo-2025" };
const GIG_PATH = "/gigs/modern-logo-for-your-business";

const chat = texts("en", "chat");
const wallet = texts("en", "wallet");

/** Script errors, hydration mismatches and CSP refusals all surface here. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  return problems;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US" });
  return context.newPage();
}

test.describe("a custom offer in chat, in English", () => {
  test("a client asks for a custom offer on a gig; the freelancer answers with two milestones; the client accepts in chat and pays the first", async ({
    browser,
    newAccount,
    account,
  }) => {
    test.setTimeout(120_000);
    const client = await newPage(browser);
    const freelancer = await newPage(browser);
    const problems = [...[client, freelancer].map(watchProblems)];

    await account.signUp(client, "en", newAccount);
    await account.verifyEmail(client, "en", newAccount.email);
    await client.goto(`${GIG_PATH}?lng=en`);
    // No package fits: the client asks for a custom offer from the gig, with a budget and days.
    await client.getByRole("link", { name: chat("offerRequest.link") }).click();
    await client.getByLabel(chat("offerRequest.details")).fill("Could you make a menu card for my restaurant, in two steps?");
    await client.getByLabel(chat("offerRequest.budget")).fill("9,000");
    await client.getByLabel(chat("offerRequest.days")).fill("6");
    await client.getByRole("button", { name: chat("offerRequest.submit") }).click();
    await expect(client).toHaveURL(/\/inbox\/[^/?#]+(#latest)?$/);
    const conversationPath = new URL(client.url()).pathname;
    await expect(client.getByText(chat("system.offerRequested"))).toBeVisible();

    // The freelancer answers the request with firm terms: the form starts from the gig and what was asked.
    await account.logIn(freelancer, "en", FREELANCER.email, FREELANCER.password);
    await expect(freelancer.getByLabel(texts("en", "common")("account.menuLabel"))).toBeVisible();
    await freelancer.goto(`${conversationPath}?lng=en`);
    await expect(freelancer.getByText("Could you make a menu card for my restaurant, in two steps?")).toBeVisible();
    await freelancer.getByRole("link", { name: chat("offerRequest.answer") }).click();
    await expect(freelancer.getByRole("heading", { level: 1 })).toHaveText(chat("offer.newTitle").replace("{{name}}", newAccount.name));
    await expect(freelancer.getByLabel(chat("offer.fields.price"))).toHaveValue("9000");
    await expect(freelancer.getByLabel(chat("offer.fields.deliveryDays"))).toHaveValue("6");
    await freelancer.getByLabel(chat("offer.fields.title")).fill("Menu card for a Lahore restaurant");
    await freelancer
      .getByLabel(chat("offer.fields.description"))
      .fill("A two-sided menu card in Urdu and English, print-ready, with two rounds of changes.");
    await freelancer.getByLabel(chat("offer.fields.revisions"), { exact: true }).fill("2");
    const row = (n: number, field: string) => chat(`offer.fields.milestone.${field}`).replace("{{number}}", String(n));
    await freelancer.getByLabel(row(1, "title")).fill("Layout and sketches");
    await freelancer.getByLabel(row(1, "amountRupees")).fill("4000");
    await freelancer.getByLabel(row(1, "dueDays")).fill("3");
    await freelancer.getByLabel(row(2, "title")).fill("Final print files");
    await freelancer.getByLabel(row(2, "amountRupees")).fill("5000");
    await freelancer.getByLabel(row(2, "dueDays")).fill("6");
    await freelancer.getByRole("button", { name: chat("offer.send") }).click();
    await expect(freelancer).toHaveURL(new RegExp(`${conversationPath}(#latest)?$`));
    await expect(freelancer.getByText(chat("system.offerSent"))).toBeVisible();

    // The card reaches the client's open conversation live, with its terms and the answers on it.
    await expect(client.getByText(chat("system.offerSent"))).toBeVisible();
    const card = client.getByRole("article", { name: chat("offer.heading") });
    await expect(card.getByText("Menu card for a Lahore restaurant")).toBeVisible();
    await expect(card.getByText(chat("offer.status.PENDING"))).toBeVisible();
    await expect(card.getByRole("button", { name: chat("offer.decline") })).toBeVisible();
    // Accepted from the card itself (the full terms are one link away).
    await card.getByRole("button", { name: chat("offer.accept") }).click();

    // Accepted into an order awaiting payment: the first milestone (Rs 4,000 + its fee share) is what is due.
    await expect(client).toHaveURL(/\/orders\/[^/?]+\/pay$/);
    await expect(
      client.getByText(
        texts(
          "en",
          "orders",
        )("milestones.payTitle")
          .replace("{{position}}", "1")
          .replace("{{count}}", "2")
          .replace("{{title}}", "Layout and sketches"),
      ),
    ).toBeVisible();
    await client.getByRole("radio", { name: wallet("pay.sandbox") }).check();
    // Rs 9,000 at the 2% client fee is Rs 180, shared by amount: Rs 80 goes with the Rs 4,000 milestone.
    await client.getByRole("button", { name: wallet("orderPay.submit").replace("{{total}}", formatMoney(408_000, "en")) }).click();
    await expect(client).toHaveURL(/\/orders\/[^/?]+\?done=/);
    await expect(client.locator("[data-order-status]")).toHaveText(wallet("orderStatus.IN_PROGRESS"));
    await expect(client.getByRole("heading", { name: texts("en", "orders")("milestones.heading") })).toBeVisible();

    // The freelancer's conversation shows the acceptance.
    await freelancer.goto(`${conversationPath}?lng=en`);
    await expect(freelancer.getByText(chat("system.offerAccepted"))).toBeVisible();
    expect(problems.flat()).toEqual([]);
  });
});

import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "./fixtures.ts";
import { texts } from "./texts.ts";

// Seeded by the e2e server (SEED_DEMO=1): a demo freelancer and one of her published gigs.
const FREELANCER = { email: "ayesha.khan@hunar.test", password: "hunar-demo-2025" };
const GIG_PATH = "/gigs/modern-logo-for-your-business";

/** A real PNG drawn on the spot, as a phone would hand it over. */
function sketch(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 30, g: 110, b: 160 } } })
    .png()
    .toBuffer();
}

/** Script errors, hydration mismatches and CSP refusals all surface here. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    // The browser's own report of a reconnect attempt while the test holds the page offline.
    if (/^WebSocket connection to .* failed: .*ERR_INTERNET_DISCONNECTED/.test(message.text())) return;
    if (message.type() === "error") problems.push(message.text());
  });
  return problems;
}

async function newPage(browser: Browser, options: { locale: string; javaScriptEnabled?: boolean }): Promise<Page> {
  const context = await browser.newContext({ locale: options.locale, javaScriptEnabled: options.javaScriptEnabled ?? true });
  return context.newPage();
}

test.describe("real-time chat", () => {
  test("a client writes in Urdu from a gig, the freelancer answers in English with an image, both live", async ({
    browser,
    newAccount,
    account,
  }) => {
    test.setTimeout(120_000);
    const urChat = texts("ur", "chat");
    const enChat = texts("en", "chat");

    const client = await newPage(browser, { locale: "ur-PK" });
    const freelancer = await newPage(browser, { locale: "en-US" });
    const clientProblems = watchProblems(client);
    const freelancerProblems = watchProblems(freelancer);

    await account.signUp(client, "ur", newAccount);
    await account.verifyEmail(client, "ur", newAccount.email);
    await account.logIn(freelancer, "en", FREELANCER.email, FREELANCER.password);
    await expect(freelancer.getByLabel(texts("en", "common")("account.menuLabel"))).toBeVisible();
    // The client opens the gig and presses "Contact seller": one click lands in the conversation.
    await client.goto(GIG_PATH);
    await client.getByRole("button", { name: texts("ur", "pages")("gig.contact") }).click();
    await expect(client).toHaveURL(/\/inbox\/[^/?#]+$/);
    await expect(client.locator("html")).toHaveAttribute("dir", "rtl");
    const conversationPath = new URL(client.url()).pathname;

    // The freelancer has the same conversation open before anything is written.
    await freelancer.goto(conversationPath);
    await expect(freelancer.getByRole("heading", { level: 1 })).toHaveText(newAccount.name);
    await expect(freelancer.getByText(enChat("conversation.empty"))).toBeVisible();
    // Marks this document: a reload or a navigation would lose it.
    await freelancer.evaluate(() => Object.assign(window, { __sameDocument: true }));

    // Both pages are connected once the other side shows as online.
    await expect(client.getByText(urChat("conversation.online"))).toBeVisible();
    await expect(freelancer.getByText(enChat("conversation.online"))).toBeVisible();

    const question = "السلام علیکم! کیا آپ میرے کپڑوں کے برانڈ کے لیے اردو اور English دونوں میں logo بنا سکتی ہیں؟";
    await client.getByRole("textbox", { name: urChat("conversation.messageLabel") }).fill(question);
    await client.getByRole("button", { name: urChat("conversation.send") }).click();
    const clientMessages = client.getByRole("region", { name: urChat("conversation.messagesLabel").replace("{{name}}", "Ayesha Khan") });
    await expect(clientMessages.getByText(question)).toBeVisible();
    await expect(client.getByText(urChat("conversation.sending"))).toHaveCount(0);

    // It arrives on the freelancer's open page by itself, with the typed direction kept.
    const freelancerMessages = freelancer.getByRole("region", {
      name: enChat("conversation.messagesLabel").replace("{{name}}", newAccount.name),
    });
    const arrived = freelancerMessages.getByText(question);
    await expect(arrived).toBeVisible();
    await expect(arrived).toHaveAttribute("dir", "auto");

    // She answers in English with a picture of a first sketch; the client sees her typing.
    const answer = "Walaikum assalam! Yes, here is a first sketch with both scripts.";
    const reply = freelancer.getByRole("textbox", { name: enChat("conversation.messageLabel") });
    await reply.pressSequentially("Wa");
    await expect(client.getByText(urChat("conversation.typing").replace("{{name}}", "Ayesha Khan"))).toBeVisible();
    await reply.fill(answer);
    await freelancer
      .getByLabel(enChat("conversation.attach"))
      .setInputFiles({ name: "sketch.png", mimeType: "image/png", buffer: await sketch() });
    await freelancer.getByRole("button", { name: enChat("conversation.send") }).click();
    await expect(freelancerMessages.getByText(answer)).toBeVisible();

    // The client sees the reply and the image without reloading.
    await expect(clientMessages.getByText(answer)).toBeVisible();
    const image = clientMessages.locator('img[src^="/attachments/"]');
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // The client's page is open, so the reply is read: the freelancer sees "Seen" under it.
    const seen = freelancerMessages.getByTestId("seen");
    await expect(seen).toHaveText(enChat("conversation.seen"));
    await expect(freelancerMessages.getByRole("listitem").filter({ hasText: answer }).getByTestId("seen")).toBeVisible();
    expect(await freelancer.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // The client loses the connection and writes anyway: the message waits in the outbox (kept
    // in local storage too), then goes out once when the connection is back.
    await client.context().setOffline(true);
    await expect(client.getByText(urChat("conversation.reconnecting"))).toBeVisible({ timeout: 60_000 });
    const offline = "ٹھیک ہے، میں شام کو دیکھ کر بتاتی ہوں۔";
    await client.getByRole("textbox", { name: urChat("conversation.messageLabel") }).fill(offline);
    await client.getByRole("button", { name: urChat("conversation.send") }).click();
    await expect(clientMessages.getByRole("listitem").filter({ hasText: offline })).toContainText(urChat("conversation.sending"));
    expect(
      await client.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith("hunar:outbox:"))
          .map((key) => localStorage.getItem(key))
          .join(),
      ),
    ).toContain(offline);
    // Meanwhile the seller writes; the client's page misses the live event and fetches it on reconnecting.
    const missed = "Sure. I will also send a version in Nastaliq.";
    await freelancer.getByRole("textbox", { name: enChat("conversation.messageLabel") }).fill(missed);
    await freelancer.getByRole("button", { name: enChat("conversation.send") }).click();
    await expect(freelancerMessages.getByText(missed)).toBeVisible();
    await expect(clientMessages.getByText(missed)).toHaveCount(0);
    await client.context().setOffline(false);
    await expect(clientMessages.getByText(missed)).toBeVisible({ timeout: 30_000 });
    await expect(freelancerMessages.getByText(offline)).toBeVisible({ timeout: 30_000 });
    await expect(client.getByText(urChat("conversation.sending"))).toHaveCount(0);
    await expect(freelancerMessages.getByText(offline)).toHaveCount(1);
    expect(await client.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("hunar:outbox:")))).toEqual([]);
    // Both sides hold the same conversation in the same order, each message once.
    const order = (page: Page) =>
      page.locator("li[data-seq]").evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-seq"))));
    expect(await order(client)).toEqual([1, 2, 3, 4]);
    expect(await order(freelancer)).toEqual([1, 2, 3, 4]);

    // The inbox lists the conversation with the latest message as its preview.
    await freelancer.getByRole("link", { name: enChat("conversation.back") }).click();
    await expect(freelancer).toHaveURL(/\/inbox$/, { timeout: 15_000 });
    await expect(freelancer.getByRole("link").filter({ hasText: newAccount.name })).toContainText(offline);

    expect(clientProblems).toEqual([]);
    expect(freelancerProblems).toEqual([]);
    await client.context().close();
    await freelancer.context().close();
  });

  test("without JavaScript, contacting a seller from her profile, sending and the inbox still work", async ({
    browser,
    newAccount,
    account,
  }) => {
    test.setTimeout(90_000);
    const en = texts("en", "chat");
    const page = await newPage(browser, { locale: "en-US", javaScriptEnabled: false });
    await account.signUp(page, "en", newAccount);
    await account.verifyEmail(page, "en", newAccount.email);

    await page.goto("/u/ayesha-khan");
    await page.getByRole("button", { name: texts("en", "pages")("gig.contact") }).click();
    await expect(page).toHaveURL(/\/inbox\/[^/?#]+$/);
    const conversationPath = new URL(page.url()).pathname;

    // The seller has the conversation open with JavaScript: a form post reaches her live too.
    const freelancer = await newPage(browser, { locale: "en-US" });
    await account.logIn(freelancer, "en", FREELANCER.email, FREELANCER.password);
    await expect(freelancer.getByLabel(texts("en", "common")("account.menuLabel"))).toBeVisible();
    await freelancer.goto(conversationPath);
    // Her page is connected once the server has answered who is online (the client has no socket).
    await expect(freelancer.getByText(en("conversation.offline"), { exact: true })).toBeVisible();

    const text = "Hello Ayesha, can you make a logo for my tea stall in Multan?";
    await page.getByRole("textbox", { name: en("conversation.messageLabel") }).fill(text);
    await page.getByRole("button", { name: en("conversation.send") }).click();
    // The form posted and the page came back with the message on it.
    await expect(page).toHaveURL(/\/inbox\/[^/?#]+#latest$/);
    await expect(
      page.getByRole("region", { name: en("conversation.messagesLabel").replace("{{name}}", "Ayesha Khan") }).getByText(text),
    ).toBeVisible();
    await expect(
      freelancer.getByRole("region", { name: en("conversation.messagesLabel").replace("{{name}}", newAccount.name) }).getByText(text),
    ).toBeVisible();

    // An empty message is refused with a clear error, not sent.
    await page.getByRole("button", { name: en("conversation.send") }).click();
    await expect(page.getByText(en("errors.messageEmpty"))).toBeVisible();

    await page.goto("/inbox");
    await expect(page.getByRole("link").filter({ hasText: "Ayesha Khan" })).toContainText(en("inbox.youWrote").replace("{{text}}", text));
    const search = page.getByRole("search").filter({ has: page.getByLabel(en("inbox.searchLabel")) });
    await search.getByLabel(en("inbox.searchLabel")).fill("tea stall");
    await search.getByRole("button", { name: en("inbox.searchSubmit") }).click();
    await expect(page).toHaveURL(/\/inbox\?q=tea\+stall$/);
    await expect(page.getByRole("link").filter({ hasText: "Ayesha Khan" })).toBeVisible();
    await search.getByLabel(en("inbox.searchLabel")).fill("wedding cards");
    await search.getByRole("button", { name: en("inbox.searchSubmit") }).click();
    await expect(page.getByText(en("inbox.emptySearch").replace("{{query}}", "wedding cards"))).toBeVisible();
    await page.context().close();
    await freelancer.context().close();
  });
});

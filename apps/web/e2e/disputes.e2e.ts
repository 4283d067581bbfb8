import type { Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "./fixtures.ts";
import { texts } from "./texts.ts";

// Seeded by the e2e server (SEED_DEMO=1): the demo client's logo order from Ayesha Khan, funded
// and in progress (demo-orders-plan.ts, key 8), two admins (the second decides appeals) and the
// demo freelancer Usman Tariq, whose only gig is the Flutter app. Everything here is in Urdu.
const PASSWORD = "hunar-demo-2025";
const CLIENT = "saad.rehman@hunar.test";
const FREELANCER = "ayesha.khan@hunar.test";
const ADMIN = "admin@hunar.test";
const APPEALS_ADMIN = "appeals@hunar.test";
const SUSPENDED = { email: "usman.tariq@hunar.test", name: "Usman Tariq", gigTitle: "میں فلٹر میں اینڈرائیڈ اور آئی فون ایپ بناؤں گا" };
const ORDER_ID = "demo-ledger-order-8";

const d = texts("ur", "disputes");
const admin = texts("ur", "admin");
const common = texts("ur", "common");
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

/** A money figure as the page shows it ("Rs 4,275" or with paisa), in paisa. */
function paisaOf(text: string): number {
  const number = text.replace(/[^\d.]/g, "").replace(/^\.+|\.+$/g, "");
  return Math.round(Number(number) * 100);
}

const walletBalance = async (page: Page) => {
  await page.goto("/wallet");
  return paisaOf((await page.locator('[data-figure="wallet-balance"]').textContent()) ?? "");
};
const pendingEarnings = async (page: Page) => {
  await page.goto("/earnings");
  return paisaOf((await page.locator('[data-balance="pending"]').textContent()) ?? "");
};

type Account = {
  logIn(page: Page, locale: "ur", email: string, password: string): Promise<void>;
  logOut(page: Page, locale: "ur"): Promise<void>;
};
const menu = (page: Page) => page.getByLabel(common("account.menuLabel"), { exact: true });

/** Signs in as `email` (out of whoever was signed in first) and waits until the log-in has landed. */
async function switchTo(page: Page, account: Account, email: string): Promise<void> {
  if (await menu(page).isVisible()) await account.logOut(page, "ur");
  await account.logIn(page, "ur", email, PASSWORD);
  await expect(menu(page)).toBeVisible();
}

function evidence(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 200, channels: 3, background: "#1e6f5c" } })
    .png()
    .toBuffer();
}

test.describe("a dispute, in Urdu", () => {
  test("the client disputes with an image, the freelancer answers, an admin splits 60/40, the freelancer appeals and a second admin confirms", async ({
    page,
    account,
  }) => {
    const as = (email: string) => switchTo(page, account, email);

    await test.step("the client opens a dispute from the order page, with a screenshot", async () => {
      await as(CLIENT);
      await page.goto(`/orders/${ORDER_ID}?lng=ur`);
      await page.getByRole("link", { name: d("orderLink.open") }).click();
      await expect(page).toHaveURL(new RegExp(`/orders/${ORDER_ID}/dispute$`));
      await page.getByLabel(d("open.reason")).selectOption({ label: d("reasons.NOT_AS_DESCRIBED") });
      await page.getByLabel(d("open.description")).fill("لوگو میں طے شدہ رنگ نہیں ہیں اور اردو نام بھی شامل نہیں۔ تصویر ساتھ لگا دی ہے۔");
      await page.getByLabel(d("thread.files")).setInputFiles({ name: "screenshot.png", mimeType: "image/png", buffer: await evidence() });
      await page.getByRole("button", { name: d("open.submit") }).click();
      await expect(page).toHaveURL(/\/disputes\/[^/?]+\?done=opened$/);
      await expect(page.getByText(d("done.opened"))).toBeVisible();
      await expect(page.getByRole("link", { name: "screenshot.webp" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    });
    const disputePath = new URL(page.url()).pathname;
    const clientWalletBefore = await walletBalance(page);

    await test.step("the freelancer gives her account", async () => {
      await as(FREELANCER);
      await page.goto(`/orders/${ORDER_ID}`);
      await expect(page.getByText(d("orderLink.frozen"))).toBeVisible();
      await page.getByRole("link", { name: d("orderLink.view") }).click();
      await expect(page).toHaveURL(new RegExp(`${disputePath}$`));
      await page
        .getByLabel(d("thread.answerLabel"))
        .fill("کلائنٹ نے چیٹ میں یہی رنگ منظور کیے تھے؛ اردو نام اگلے مرحلے میں شامل ہونا تھا۔");
      await page.getByRole("button", { name: d("thread.answerSubmit") }).click();
      await expect(page.getByText(d("done.post"))).toBeVisible();
    });
    const pendingBefore = await pendingEarnings(page);

    let freelancerPaisa = 0;
    let clientPaisa = 0;
    await test.step("an admin finds it in the queue and splits it 60/40 with a reason", async () => {
      await as(ADMIN);
      await page.goto("/admin/disputes");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(d("queue.title"));
      await page.locator(`a[href="/admin${disputePath}"]`).click();
      await expect(page.getByRole("link", { name: "screenshot.webp" })).toBeVisible();
      const escrow = Number(await page.locator('input[name="escrowPaisa"]').inputValue());
      freelancerPaisa = Math.round((escrow * 60) / 100);
      clientPaisa = escrow - freelancerPaisa;
      await page.getByLabel(d("decide.split")).check();
      await page.getByLabel(d("split.freelancerLabel")).fill(String(freelancerPaisa / 100));
      await page
        .getByLabel(d("decide.reason"))
        .fill("تین میں سے دو لوگو طے شدہ کے مطابق تھے، اس لیے ساٹھ فیصد فری لانسر کو اور باقی کلائنٹ کو۔");
      await page.getByRole("button", { name: d("decide.submit") }).click();
      await expect(page.getByText(d("done.decide"))).toBeVisible();
      await expect(page.getByText(d("outcome.resolutions.SPLIT"))).toBeVisible();
    });

    await test.step("the audit log shows the decision with the admin's reason", async () => {
      await page.goto("/admin/audit?action=dispute.");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(admin("audit.title"));
      await expect(page.getByText("dispute.decide").first()).toBeVisible();
      await expect(page.getByText("تین میں سے دو لوگو طے شدہ کے مطابق تھے").first()).toBeVisible();
    });

    await test.step("both balances show the split: 40% back in the client's wallet, 60% less the fee pending for the freelancer", async () => {
      await as(CLIENT);
      expect(await walletBalance(page)).toBe(clientWalletBefore + clientPaisa);
      await as(FREELANCER);
      expect(await pendingEarnings(page)).toBe(pendingBefore + freelancerPaisa - Math.round(freelancerPaisa * 0.05));
    });

    await test.step("the freelancer appeals once", async () => {
      await page.goto(disputePath);
      await page.getByLabel(d("outcome.appealReason")).fill("تیسرا لوگو بھی دوسرے دن چیٹ میں بھیج دیا گیا تھا، براہِ کرم دوبارہ دیکھیں۔");
      await page.getByRole("button", { name: d("outcome.appealSubmit") }).click();
      await expect(page.getByText(d("done.appeal"))).toBeVisible();
      await expect(page.getByText(d("outcome.appealWaiting"))).toBeVisible();
      await expect(page.getByRole("button", { name: d("outcome.appealSubmit") })).toHaveCount(0);
    });

    await test.step("the first admin may not decide the appeal; the second confirms the split", async () => {
      await as(ADMIN);
      await page.goto(`/admin${disputePath}`);
      await expect(page.getByRole("button", { name: d("decide.appealSubmit") })).toHaveCount(0);
      await as(APPEALS_ADMIN);
      await page.goto(`/admin${disputePath}`);
      await page.getByLabel(d("decide.split")).check();
      await page.getByLabel(d("split.freelancerLabel")).fill(String(freelancerPaisa / 100));
      await page.getByLabel(d("decide.reason")).fill("چیٹ میں تیسرا لوگو ادھورا تھا؛ پہلا فیصلہ درست ہے۔");
      await page.getByRole("button", { name: d("decide.appealSubmit") }).click();
      await expect(page.getByText(d("done.decideAppeal"))).toBeVisible();
      await expect(page.getByText(fill(d("outcome.appealBy"), { name: "Hunar Appeals" }))).toBeVisible();
    });

    await test.step("the money did not move again: the confirmed split stands", async () => {
      await as(CLIENT);
      expect(await walletBalance(page)).toBe(clientWalletBefore + clientPaisa);
    });
  });

  test("a suspended freelancer cannot log in and is told why; their gig is gone from search", async ({ page, account }) => {
    const reason = "جعلی جائزوں کے ثبوت ملنے پر اکاؤنٹ معطل کیا گیا۔";
    const search = `/search?q=${encodeURIComponent("فلٹر")}&lng=ur`;
    await page.goto(search);
    await expect(page.getByRole("link", { name: SUSPENDED.gigTitle })).toBeVisible();

    await switchTo(page, account, ADMIN);
    await page.goto(`/admin/users?q=${encodeURIComponent("usman.tariq")}`);
    await page.getByRole("link", { name: SUSPENDED.name }).click();
    await page.getByLabel(admin("users.suspend.reasonLabel")).fill(reason);
    await page.getByRole("button", { name: admin("users.suspend.submit") }).click();
    await expect(page.getByText(admin("users.suspended")).first()).toBeVisible();
    await account.logOut(page, "ur");

    await account.logIn(page, "ur", SUSPENDED.email, PASSWORD);
    await expect(page.getByText(reason)).toBeVisible();
    await expect(menu(page)).toHaveCount(0);

    await page.goto(search);
    await expect(page.getByRole("link", { name: SUSPENDED.gigTitle })).toHaveCount(0);

    // Restored, so the rest of the run finds the demo marketplace as it was.
    await switchTo(page, account, ADMIN);
    await page.goto(`/admin/users?q=${encodeURIComponent("usman.tariq")}`);
    await page.getByRole("link", { name: SUSPENDED.name }).click();
    await page.getByLabel(admin("users.restore.reasonLabel")).fill("جائزہ مکمل ہوا، اکاؤنٹ بحال کیا جا رہا ہے۔");
    await page.getByRole("button", { name: admin("users.restore.submit") }).click();
    await expect(page.getByText(admin("users.restore.done"))).toBeVisible();
  });
});
